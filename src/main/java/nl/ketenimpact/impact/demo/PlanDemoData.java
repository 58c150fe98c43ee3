package nl.ketenimpact.impact.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.impact.ContributionKind;
import nl.ketenimpact.impact.internal.Block;
import nl.ketenimpact.impact.internal.Bonus;
import nl.ketenimpact.impact.internal.ContributionInput;
import nl.ketenimpact.impact.internal.ContributionManagement;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.plan.CommitmentInput;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.ProgressEntries;
import nl.ketenimpact.plan.ProgressInput;
import nl.ketenimpact.plan.ReportInput;
import nl.ketenimpact.plan.ReportManagement;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.shared.FileUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A believable MVO plan for the demo projects, made through the modules' own APIs: commitments of the
 * corporation and its partners, a pending proposal, contributions (approved, and one still waiting for
 * its evidence) and partner reports. Only with profile {@code demo}, and only once.
 */
@Component
@Profile("demo")
@Order(30)
class PlanDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

	/** A minimal valid PDF, standing in for a scanned contract. */
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final CommitmentManagement commitments;

	private final ProgressEntries progress;

	private final ContributionManagement contributions;

	private final ReportManagement reports;

	private final JdbcClient jdbc;

	PlanDemoData(ProjectManagement projects, OrganisationManagement organisations, UserManagement users, CommitmentManagement commitments, ProgressEntries progress,
			ContributionManagement contributions, ReportManagement reports, JdbcClient jdbc) {
		this.projects = projects;
		this.organisations = organisations;
		this.users = users;
		this.commitments = commitments;
		this.progress = progress;
		this.contributions = contributions;
		this.reports = reports;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from contribution)").query(Boolean.class).single()) {
			return;
		}
		CurrentUser coordinator = users.activeByUsername("coordinator@demo.nl").orElse(null);
		CurrentUser contractor = users.activeByUsername("aannemer@demo.nl").orElse(null);
		if (coordinator == null || contractor == null) {
			return;
		}
		for (ProjectView project : projects.visibleProjects(coordinator, 0, 10).items()) {
			boolean running = project.name().equals("Verduurzaming Lombok-West");
			if (!running && !project.name().equals("Renovatie Kanaleneiland-Zuid")) {
				continue;
			}
			ProjectAccess staff = projects.access(coordinator, project.id());
			ProjectAccess partner = projects.access(contractor, project.id());
			UUID vanDam = partner.partnerOrganisationId();
			UUID roc = organisation("ROC Stichtse Vakschool");
			LocalDate due = project.endDate();
			BigDecimal obligation = running ? new BigDecimal("240000") : new BigDecimal("132500");

			commitments.create(staff, new CommitmentInput(vanDam, Theme.WORK_EXPERIENCE,
					"Werkervaringsplaatsen op de bouwplaats voor mensen met een uitkering, met begeleiding door een vaste mentor.",
					Metric.PLACEMENTS, BigDecimal.valueOf(running ? 6 : 4), due));
			commitments.create(staff, new CommitmentInput(vanDam, Theme.OWN_OPERATIONS, "Social return: 5% van de contractwaarde.",
					Metric.SOCIAL_RETURN_EUR, obligation, due));
			UUID excursions = commitments.create(staff, new CommitmentInput(vanDam, Theme.YOUTH_OUTREACH,
					"Bouwplaatsexcursies voor groep 7 en 8 van de basisschool in de wijk.", Metric.ACTIVITIES, BigDecimal.valueOf(4), due));
			commitments.create(staff, new CommitmentInput(roc, Theme.INTERNSHIP,
					"Stageplaatsen BBL niveau 2-3 met baangarantie bij goed afronden.", Metric.PARTICIPANTS, BigDecimal.valueOf(8), due));
			UUID selfWork = commitments.create(staff, new CommitmentInput(null, Theme.TENANT_ACTIVATION,
					"Huurders doen zelf lichte klussen in hun woning tegen een vrijwilligersvergoeding.", Metric.PARTICIPANTS,
					BigDecimal.valueOf(running ? 20 : 12), due));
			UUID signals = commitments.create(staff, new CommitmentInput(null, Theme.SIGNALLING,
					"Werkwijze zorgsignalen met Welzijn Wijkkracht: vakmensen weten wat ze zien en waar ze het melden.", Metric.DELIVERABLE,
					BigDecimal.ONE, due));

			LocalDate start = project.startDate();
			progress.add(staff, selfWork,
					new ProgressInput(BigDecimal.valueOf(running ? 7 : 12), running ? LocalDate.of(2026, 9, 30) : LocalDate.of(2025, 11, 30),
							"Deelnemerslijst zelfwerkzaamheid van de bewonersbegeleider."),
					new FileUpload("file", "deelnemers-zelfwerk.pdf", PDF));
			progress.add(partner, excursions, new ProgressInput(BigDecimal.ONE, running ? LocalDate.of(2026, 6, 12) : LocalDate.of(2025, 5, 20),
					"Excursie met groep 8 van basisschool De Wissel, 27 kinderen."), null);
			if (!running) {
				progress.add(staff, signals, new ProgressInput(BigDecimal.ONE, LocalDate.of(2024, 10, 1),
						"Werkwijze vastgesteld en toegelicht in de startbijeenkomst."), new FileUpload("file", "werkwijze.pdf", PDF));
			}
			if (running) {
				commitments.create(partner, new CommitmentInput(vanDam, Theme.LIVEABILITY,
						"Opknapdag van de speeltuin aan de Kanaalstraat met bewoners en eigen personeel.", Metric.ACTIVITIES, BigDecimal.ONE, due));
			}

			String prefix = running ? "KD-26-" : "KD-25-";
			LocalDate personStart = running ? start : LocalDate.of(2024, 9, 1);
			LocalDate personEnd = running ? LocalDate.of(2027, 2, 28) : LocalDate.of(2025, 8, 31);
			approvedPerson(staff, partner, prefix + "014", 1988, Block.PARTICIPATIEWET, 36, personStart, personEnd, Set.of());
			approvedPerson(staff, partner, prefix + "027", 1971, Block.WW, 32, personStart.plusMonths(2), personEnd, Set.of(Bonus.AGE_50_PLUS));
			approvedPerson(staff, partner, prefix + "031", 2005, Block.BBL, 24, personStart.plusMonths(1), personEnd, Set.of());
			UUID purchase = contributions.register(partner, new ContributionInput(ContributionKind.PURCHASE, null, null, null, null,
					personStart.plusMonths(3), null, null, "Kringloopbedrijf De Schakel", new BigDecimal(running ? "18500" : "9800"), true, null));
			contributions.review(staff, purchase, true, null);
			UUID hours = contributions.register(partner, new ContributionInput(ContributionKind.ACTIVITY_HOURS, null, null, null, null,
					personStart.plusMonths(4), null, null, null, null, null, BigDecimal.valueOf(running ? 64 : 40)));
			contributions.review(staff, hours, true, null);
			if (running) {
				// Registered, still waiting for its evidence file: the coordinator cannot approve it yet.
				contributions.register(partner, new ContributionInput(ContributionKind.PERSON, prefix + "045", 1996, Block.BANENAFSPRAAK,
						BigDecimal.valueOf(20), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31), Set.of(Bonus.PERMANENT_CONTRACT), null, null,
						null, null));
				UUID q2 = reports.submit(partner,
						new ReportInput("2026-Q2", "Drie kandidaten gestart op de bouwplaats, mentor aangesteld. Eerste excursie met groep 8."));
				reports.review(staff, q2, true, null);
				reports.submit(partner, new ReportInput("2026-Q3", "Alle drie kandidaten nog aan het werk; één gaat door naar een BBL-opleiding. Inkoop bij De Schakel gestart."));
			}
		}
		log.info("Demo MVO plans, contributions and reports created");
	}

	private void approvedPerson(ProjectAccess staff, ProjectAccess partner, String ref, int birthYear, Block block, int hoursPerWeek, LocalDate start,
			LocalDate end, Set<Bonus> bonuses) {
		UUID id = contributions.register(partner, new ContributionInput(ContributionKind.PERSON, ref, birthYear, block,
				BigDecimal.valueOf(hoursPerWeek), start, end, bonuses, null, null, null, null));
		contributions.attachEvidence(partner, id, new FileUpload("file", "beschikking-" + ref + ".pdf", PDF));
		contributions.review(staff, id, true, null);
	}

	private UUID organisation(String name) {
		return organisations.findByName(name).orElseThrow().id();
	}
}
