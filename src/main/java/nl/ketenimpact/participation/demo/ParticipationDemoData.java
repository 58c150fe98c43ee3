package nl.ketenimpact.participation.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.participation.ActivityInput;
import nl.ketenimpact.participation.ActivityManagement;
import nl.ketenimpact.participation.ActivityType;
import nl.ketenimpact.participation.OpportunityInput;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.participation.PlacementOutcome;
import nl.ketenimpact.participation.internal.ApplicationInput;
import nl.ketenimpact.participation.internal.ApplicationManagement;
import nl.ketenimpact.participation.internal.CompensationKind;
import nl.ketenimpact.participation.internal.CompensationManagement;
import nl.ketenimpact.participation.internal.ContractType;
import nl.ketenimpact.participation.internal.PaymentInput;
import nl.ketenimpact.participation.internal.PerformerAge;
import nl.ketenimpact.participation.internal.PlacementInput;
import nl.ketenimpact.participation.internal.PlacementManagement;
import nl.ketenimpact.participation.internal.SelfWorkManagement;
import nl.ketenimpact.participation.internal.SelfWorkRules.TaskStep;
import nl.ketenimpact.participation.internal.TaskInput;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.project.Residents;
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
 * Opportunities of every type with applications, placements (one hired on a job guarantee, one at risk),
 * self-work with its gates, payments and activities, all through the module's own API. Demo profile only, once.
 */
@Component
@Profile("demo")
@Order(35)
class ParticipationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ParticipationDemoData.class);

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Residents residents;

	private final OrganisationManagement organisations;

	private final OpportunityManagement opportunities;

	private final ApplicationManagement applications;

	private final PlacementManagement placements;

	private final SelfWorkManagement selfWork;

	private final CompensationManagement compensation;

	private final ActivityManagement activities;

	private final Clock clock;

	ParticipationDemoData(JdbcClient jdbc, UserManagement users, ProjectManagement projects, Dwellings dwellings, Residents residents, OrganisationManagement organisations,
			OpportunityManagement opportunities, ApplicationManagement applications, PlacementManagement placements, SelfWorkManagement selfWork, CompensationManagement compensation, ActivityManagement activities,
			Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.projects = projects;
		this.dwellings = dwellings;
		this.residents = residents;
		this.organisations = organisations;
		this.opportunities = opportunities;
		this.applications = applications;
		this.placements = placements;
		this.selfWork = selfWork;
		this.compensation = compensation;
		this.activities = activities;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from opportunity)").query(Boolean.class).single()) {
			return;
		}
		CurrentUser coordinator = user("coordinator@demo.nl");
		CurrentUser contractor = user("aannemer@demo.nl");
		CurrentUser caseWorker = user("hulpverlener@demo.nl");
		CurrentUser resident = user("huurder@demo.nl");
		if (coordinator == null || contractor == null || caseWorker == null || resident == null) {
			return;
		}
		ProjectView lombok = projects.visibleProjects(coordinator, 0, 10).items().stream()
			.filter(p -> p.name().equals("Verduurzaming Lombok-West")).findFirst().orElse(null);
		if (lombok == null) {
			return;
		}
		UUID project = lombok.id();
		LocalDate today = LocalDate.now(clock);
		LocalDate start = lombok.startDate();

		UUID workExperience = opportunities.publish(contractor, project, new OpportunityInput(OpportunityType.WORK_EXPERIENCE,
				"Werkervaringsplaats timmerwerk", "Een half jaar meewerken met onze timmerlieden bij de renovatie, met een vaste begeleider.", 3, start,
				start.plusMonths(12), "Motivatie en op tijd komen; ervaring is niet nodig.", "Behoud van uitkering plus reiskosten", false, null));
		UUID internship = opportunities.publish(contractor, project, new OpportunityInput(OpportunityType.INTERNSHIP, "BBL-stage installatietechniek",
				"Leren en werken: vier dagen op de bouwplaats, één dag naar school.", 2, start, start.plusMonths(15), "Ingeschreven bij een ROC, niveau 2 of 3.",
				"Stagevergoeding volgens cao", true, "Wie de stage met een voldoende afrondt, krijgt een contract van minstens een jaar."));
		opportunities.publish(contractor, project, new OpportunityInput(OpportunityType.EXCURSION, "Bouwplaatsexcursie groep 7 en 8",
				"Kinderen uit de wijk kijken een ochtend mee op de bouwplaats, met helm en hesje.", 30, today.plusDays(14), today.plusDays(14), null, null, false,
				null));
		UUID selfWorkOpportunity = opportunities.publish(coordinator, project, new OpportunityInput(OpportunityType.SELF_WORK,
				"Zelf je schuur en tuin opknappen", "Na de renovatie knapt u zelf uw schuur of tuin op, met materiaal en een vergoeding.", 20, start,
				lombok.endDate(), "Geen werk op hoogte; wij geven eerst een veiligheidsinstructie.", "Vrijwilligersvergoeding € 5,60 per uur", false, null));
		UUID liveability = opportunities.publish(coordinator, project, new OpportunityInput(OpportunityType.LIVEABILITY, "Opknapdag speeltuin Kanaalstraat",
				"Samen met buren en de aannemer de speeltuin opknappen en afsluiten met een barbecue.", 25, today.plusDays(30), today.plusDays(30), null,
				"Lunch en barbecue", false, null));

		applications.apply(resident, liveability, new ApplicationInput("Mijn kinderen spelen daar elke dag.", "Zaterdagen", null));
		applications.apply(resident, selfWorkOpportunity, new ApplicationInput("Ik wil de schuur graag zelf schilderen.", "Avonden en weekend", null));

		UUID proposed = applications.apply(caseWorker, workExperience, new ApplicationInput("Gemotiveerd, wil terug aan het werk na langdurige ziekte.",
				"Maandag tot en met donderdag", "WK-204"));
		UUID placement = applications.decide(contractor, proposed, true, null,
				new PlacementInput(start.plusMonths(1), start.plusMonths(7), "Johan Timmer", BigDecimal.valueOf(24), "PARTICIPATIEWET")).orElseThrow();
		LocalDate week = start.plusMonths(1).with(DayOfWeek.MONDAY);
		for (int i = 0; i < 6 && !week.isAfter(today); i++, week = week.plusWeeks(1)) {
			placements.logHours(contractor, placement, week, BigDecimal.valueOf(24));
		}
		if (!start.plusMonths(7).isAfter(today)) {
			placements.outcome(contractor, placement, PlacementOutcome.COMPLETED, null, null);
		}
		UUID hiredApplication = applications.apply(caseWorker, internship, new ApplicationInput("Leerling van het ROC, sterk in de praktijk.",
				"Vier dagen per week", "ROC-1187"));
		UUID hired = applications.decide(contractor, hiredApplication, true, null,
				new PlacementInput(start, today.minusDays(10), "Sandra Buis", BigDecimal.valueOf(32), "BBL")).orElseThrow();
		placements.outcome(contractor, hired, PlacementOutcome.HIRED, null, ContractType.APPRENTICESHIP);
		UUID endingApplication = applications.apply(caseWorker, internship, new ApplicationInput("Wil installateur worden.", "Fulltime", "ROC-1203"));
		applications.decide(contractor, endingApplication, true, null,
				new PlacementInput(start.plusMonths(2), today.plusDays(21), "Sandra Buis", BigDecimal.valueOf(32), "BBL"));
		UUID declined = applications.apply(caseWorker, workExperience, new ApplicationInput("Zoekt werk in de buurt.", "Ochtenden", "WK-219"));
		applications.decide(contractor, declined, false, "Alleen ochtenden past niet bij de werktijden op de bouwplaats.", null);

		UUID dwelling = residents.dwellingOf(resident).orElseThrow();
		UUID shed = selfWork.create(coordinator, project, new TaskInput(dwelling, "Schuurdeur schilderen", "Grondverf en twee lagen aflak.", Set.of(),
				PerformerAge.ADULT, null));
		selfWork.step(coordinator, shed, TaskStep.INSTRUCT, "Peter Jansen (projectleider)", null, null);
		UUID garden = selfWork.create(coordinator, project, new TaskInput(dwelling, "Voortuin opruimen en bestraten", null, Set.of(), PerformerAge.ADULT, null));
		selfWork.step(coordinator, garden, TaskStep.INSTRUCT, "Peter Jansen (projectleider)", null, null);
		selfWork.step(coordinator, garden, TaskStep.START, null, null, null);
		selfWork.step(resident, garden, TaskStep.READY, null, null, null);
		selfWork.step(coordinator, garden, TaskStep.INSPECT, "Vincent Smit (vakman)", true, "Netjes gelegd.");
		UUID welfare = organisations.findByName("Welzijn Wijkkracht").orElseThrow().id();
		compensation.pay(coordinator, project, new PaymentInput(resident.id(), welfare, today.minusDays(3), new BigDecimal("44.80"), BigDecimal.valueOf(8),
				CompensationKind.VOLUNTEER_ALLOWANCE, true, false, false, garden));
		compensation.pay(coordinator, project, new PaymentInput(resident.id(), welfare, today.minusDays(3), new BigDecimal("23.50"), null,
				CompensationKind.EXPENSES, true, false, false, null));

		UUID vanDam = contractor.organisationId();
		activities.record(contractor, project, new ActivityInput(ActivityType.SITE_EXCURSION, "Bouwplaatsexcursie basisschool De Wissel",
				start.plusMonths(3), Set.of(), 27, 3, 0, BigDecimal.valueOf(12), 27));
		activities.record(coordinator, project, new ActivityInput(ActivityType.NEIGHBOURHOOD_PARTY, "Buurtfeest start renovatie", start.plusDays(20),
				Set.of(vanDam, welfare), 15, 40, 35, BigDecimal.valueOf(8), 0));
		completedProject(coordinator, contractor, caseWorker);
		log.info("Demo opportunities, placements, self-work, payments and activities created");
	}

	/** The completed project's record: what the demo practices take their measured results from. */
	private void completedProject(CurrentUser coordinator, CurrentUser contractor, CurrentUser caseWorker) {
		ProjectView done = projects.visibleProjects(coordinator, 0, 10).items().stream()
			.filter(p -> p.name().equals("Renovatie Kanaleneiland-Zuid")).findFirst().orElse(null);
		if (done == null) {
			return;
		}
		UUID project = done.id();
		LocalDate start = done.startDate();
		UUID internship = opportunities.publish(contractor, project, new OpportunityInput(OpportunityType.INTERNSHIP, "BBL-stage renovatie met baangarantie",
				"Stage bij de renovatie, met een contract bij goed afronden.", 8, start, done.endDate(), "ROC-leerling niveau 2 of 3", "Cao-stagevergoeding",
				true, "Wie goed afrondt, krijgt een contract van minstens een jaar."));
		for (int i = 1; i <= 8; i++) {
			UUID application = applications.apply(caseWorker, internship, new ApplicationInput("Leerling van het ROC.", "Vier dagen", "ROC-K" + i));
			UUID placement = applications.decide(contractor, application, true, null,
					new PlacementInput(start, start.plusMonths(10), "Sandra Buis", BigDecimal.valueOf(32), "BBL")).orElseThrow();
			placements.outcome(contractor, placement, i <= 6 ? PlacementOutcome.HIRED : i == 7 ? PlacementOutcome.CONTINUED_EDUCATION
					: PlacementOutcome.DROPPED_OUT, i == 8 ? "Verhuisd naar een andere stad" : null, i <= 6 ? ContractType.PERMANENT : null);
		}
		UUID workExperience = opportunities.publish(contractor, project, new OpportunityInput(OpportunityType.WORK_EXPERIENCE,
				"Werkervaring voor huurders uit de buurt", "Huurders met een uitkering werken een half jaar mee op de bouwplaats.", 4, start,
				done.endDate(), null, "Behoud van uitkering plus reiskosten", false, null));
		for (int i = 1; i <= 4; i++) {
			UUID application = applications.apply(caseWorker, workExperience, new ApplicationInput("Wil weer aan het werk.", "Doordeweeks", "WK-K" + i));
			UUID placement = applications.decide(contractor, application, true, null,
					new PlacementInput(start.plusMonths(1), start.plusMonths(7), "Johan Timmer", BigDecimal.valueOf(24), "PARTICIPATIEWET")).orElseThrow();
			placements.outcome(contractor, placement, i < 4 ? PlacementOutcome.COMPLETED : PlacementOutcome.DROPPED_OUT, i < 4 ? null : "Ziek geworden",
					null);
		}
		var projectDwellings = dwellings.list(coordinator, project, 0, 20).items();
		for (int i = 0; i < 9; i++) {
			UUID task = selfWork.create(coordinator, project, new TaskInput(projectDwellings.get(i).id(), i % 2 == 0 ? "Schuur schilderen" : "Tuin bestraten", null,
					Set.of(), PerformerAge.ADULT, null));
			selfWork.step(coordinator, task, TaskStep.INSTRUCT, "Peter Jansen (projectleider)", null, null);
			selfWork.step(coordinator, task, TaskStep.START, null, null, null);
			selfWork.step(coordinator, task, TaskStep.READY, null, null, null);
			selfWork.step(coordinator, task, TaskStep.INSPECT, "Vincent Smit (vakman)", true, null);
		}
		UUID vanDam = contractor.organisationId();
		activities.record(contractor, project, new ActivityInput(ActivityType.SITE_EXCURSION, "Bouwplaatsexcursie groep 7", start.plusMonths(2), Set.of(),
				24, 3, 0, BigDecimal.valueOf(10), 24));
		activities.record(contractor, project, new ActivityInput(ActivityType.SITE_EXCURSION, "Bouwplaatsexcursie groep 8", start.plusMonths(4), Set.of(),
				26, 3, 0, BigDecimal.valueOf(10), 26));
		activities.record(coordinator, project, new ActivityInput(ActivityType.CLEAN_UP_DAY, "Opknapdag binnentuin", start.plusMonths(6), Set.of(vanDam),
				6, 38, 30, BigDecimal.valueOf(24), 0));
	}

	private CurrentUser user(String username) {
		return users.activeByUsername(username).orElse(null);
	}
}
