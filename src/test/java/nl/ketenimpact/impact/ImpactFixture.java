package nl.ketenimpact.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import nl.ketenimpact.impact.internal.Kpi;
import nl.ketenimpact.impact.internal.ObligationInput;
import nl.ketenimpact.impact.internal.SocialReturn;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationTestData;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.participation.ActivityType;
import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.participation.ParticipationTestData;
import nl.ketenimpact.participation.PlacementOutcome;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.PlanTestData;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectTestData;
import nl.ketenimpact.signal.SignalTestData;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small corporation whose every figure is checked by hand (see the expectations in ImpactDashboardTests), made
 * once per test run with each module's own test data builder: organisations, accounts, projects, dwellings, partners,
 * the obligation and the plan through the modules' APIs; the history that today's rules would refuse to write
 * (past placements, signals, contributions of fixed value) by the builder of the module whose tables it is.
 *
 * Corporation Kpi Wonen: project A (2025-01-01 to 2026-12-31, 3 dwellings) and B (from 2026-03-01, 2 dwellings).
 * Partner Kpi Bouw: in A (contract 1,000,000, default 5%) and B (contract 200,000, 10%).
 */
final class ImpactFixture {

	static final String COORDINATOR = "coordinator@kpi.test";
	static final String SOCIAL_WORKER = "wijk@kpi.test";
	static final String PARTNER_LEAD = "lead@kpibouw.test";
	static final String RESIDENT_A = "huurder@kpi.test";
	static final String PROJECT_LEAD = "projectleider@kpi.test";

	UUID corporation;
	UUID partner;
	UUID projectA;
	UUID projectB;

	private final ApplicationContext context;

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final UserManagement users;

	private ImpactFixture(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
		this.projects = context.getBean(ProjectManagement.class);
		this.users = context.getBean(UserManagement.class);
	}

	static synchronized ImpactFixture load(ApplicationContext context) {
		ImpactFixture f = new ImpactFixture(context);
		OrganisationManagement organisations = context.getBean(OrganisationManagement.class);
		var existing = organisations.findByName("Kpi Wonen");
		if (existing.isPresent()) {
			f.corporation = existing.get().id();
			f.partner = organisations.findByName("Kpi Bouw").orElseThrow().id();
			var visible = f.projects.visibleProjects(f.user(COORDINATOR), 0, 50).items();
			f.projectA = visible.stream().filter(p -> p.name().equals("Kpi project A")).findFirst().orElseThrow().id();
			f.projectB = visible.stream().filter(p -> p.name().equals("Kpi project B")).findFirst().orElseThrow().id();
			return f;
		}
		f.create();
		return f;
	}

	private void create() {
		OrganisationTestData organisation = OrganisationTestData.in(context);
		ProjectTestData project = ProjectTestData.in(context);
		ParticipationTestData participation = ParticipationTestData.in(jdbc);
		SignalTestData signals = SignalTestData.in(jdbc);
		PlanTestData plan = PlanTestData.in(context);
		corporation = organisation.organisation("Kpi Wonen", OrganisationType.HOUSING_CORPORATION);
		partner = organisation.organisation("Kpi Bouw", OrganisationType.MAIN_CONTRACTOR);
		UUID coordinator = organisation.user(COORDINATOR, corporation, Role.COORDINATOR);
		organisation.user(PROJECT_LEAD, corporation, Role.PROJECT_LEAD);
		organisation.user(SOCIAL_WORKER, corporation, Role.SOCIAL_WORKER);
		UUID lead = organisation.user(PARTNER_LEAD, partner, Role.PARTNER_LEAD);
		UUID fieldWorker = organisation.user("vakman@kpibouw.test", partner, Role.FIELD_WORKER);
		UUID resident = organisation.user(RESIDENT_A, corporation, Role.RESIDENT);
		CurrentUser projectLead = user(PROJECT_LEAD);
		projectA = project.runningProject(projectLead, "Kpi project A", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
		projectB = project.runningProject(projectLead, "Kpi project B", LocalDate.of(2026, 3, 1), null);
		UUID a1 = project.dwelling(projectLead, projectA, "0344010099000001", "Kpistraat", 1);
		UUID a2 = project.dwelling(projectLead, projectA, "0344010099000002", "Kpistraat", 2);
		project.dwelling(projectLead, projectA, "0344010099000003", "Kpistraat", 3);
		project.dwelling(projectLead, projectB, "0344010099000004", "Kpistraat", 4);
		project.dwelling(projectLead, projectB, "0344010099000005", "Kpistraat", 5);
		project.household(projectLead, projectA, a1, "Huishouden Kpi", RESIDENT_A);
		project.mainContractor(projectLead, projectA, partner, 1_000_000);
		project.mainContractor(projectLead, projectB, partner, 200_000);
		ProjectAccess coordinatorInA = projects.access(user(COORDINATOR), projectA);
		ProjectAccess coordinatorInB = projects.access(user(COORDINATOR), projectB);
		ProjectAccess partnerInA = projects.access(user(PARTNER_LEAD), projectA);
		context.getBean(SocialReturn.class).setObligation(coordinatorInB, partner, new ObligationInput(BigDecimal.TEN, null));

		// Social return: approved 20,000 (a person) in A and 3,000 (a purchase) in B; a pending 5,000 does not count.
		contribution(projectA, "PERSON", "k1-1990", 20_000, "APPROVED", LocalDate.of(2026, 2, 1), lead);
		contribution(projectA, "PERSON", "k2-1991", 5_000, "PENDING", LocalDate.of(2026, 2, 1), lead);
		contribution(projectB, "PURCHASE", null, 3_000, "APPROVED", LocalDate.of(2025, 5, 1), lead);

		UUID workExperience = participation.openOpportunity(projectA, partner, OpportunityType.WORK_EXPERIENCE, false, lead);
		UUID guaranteed = participation.openOpportunity(projectA, partner, OpportunityType.INTERNSHIP, true, lead);
		UUID internshipB = participation.openOpportunity(projectB, corporation, OpportunityType.INTERNSHIP, false, coordinator);
		UUID pl1 = participation.placement(workExperience, projectA, corporation, partner, resident, null, LocalDate.of(2026, 1, 5),
				PlacementOutcome.HIRED);
		participation.placement(guaranteed, projectA, corporation, partner, lead, "K-1", LocalDate.of(2026, 2, 1), PlacementOutcome.COMPLETED);
		UUID pl3 = participation.placement(guaranteed, projectA, corporation, partner, lead, "K-2", LocalDate.of(2025, 9, 1), PlacementOutcome.HIRED);
		UUID pl4 = participation.placement(internshipB, projectB, corporation, corporation, coordinator, "K-3", LocalDate.of(2026, 4, 1), null);
		participation.hours(pl1, LocalDate.of(2026, 1, 5), "20");
		participation.hours(pl1, LocalDate.of(2026, 1, 12), "16.5");
		participation.hours(pl3, LocalDate.of(2025, 9, 1), "30");
		participation.hours(pl4, LocalDate.of(2026, 4, 6), "10");

		participation.heldActivity(projectA, partner, ActivityType.SITE_EXCURSION, LocalDate.of(2026, 5, 1), 12, 3, "6.5", 12, lead);
		participation.heldActivity(projectA, corporation, ActivityType.NEIGHBOURHOOD_PARTY, LocalDate.of(2025, 6, 1), 5, 20, "4", 0, coordinator);
		participation.heldActivity(projectB, corporation, ActivityType.CLEAN_UP_DAY, LocalDate.of(2026, 6, 1), 0, 10, "2", 0, coordinator);

		// Self-work: two tasks at dwelling a1 (one household), one only planned at a2.
		participation.task(projectA, a1, "STARTED", OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), coordinator);
		participation.task(projectA, a1, "PAID", OffsetDateTime.of(2026, 2, 1, 10, 0, 0, 0, ZoneOffset.UTC), coordinator);
		participation.task(projectA, a2, "PLANNED", null, coordinator);

		// Signals of 2026: six in A by the partner's field worker (4 in time, 1 late, 1 waiting; 2 referred), one in B.
		OffsetDateTime t = OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC);
		for (int i = 0; i < 4; i++) {
			UUID s = signals.signal(projectA, corporation, fieldWorker, partner, t, t.plusDays(1));
			if (i < 2) {
				signals.referral(s, partner, coordinator);
			}
		}
		signals.signal(projectA, corporation, fieldWorker, partner, t, t.plusDays(9));
		signals.signal(projectA, corporation, fieldWorker, partner, t, null);
		signals.signal(projectB, corporation, coordinator, corporation, t, null);

		// Plan: the partner's 2 placements (3 made: achieved), the corporation's 3 activities (1 in A: not achieved), one proposal.
		plan.commitment(coordinatorInA, partner, Theme.WORK_EXPERIENCE, Metric.PLACEMENTS, 2, "Twee werkervaringsplaatsen voor bewoners");
		plan.commitment(coordinatorInA, null, Theme.LIVEABILITY, Metric.ACTIVITIES, 3, "Drie buurtactiviteiten per jaar");
		plan.commitment(partnerInA, partner, Theme.YOUTH_OUTREACH, Metric.ACTIVITIES, 5, "Vijf excursies");
		plan.approvedReport(partnerInA, coordinatorInA, "2026-Q1", "Tien bewoners kregen een werkervaringsplaats via de bouwplaats.");
	}

	private CurrentUser user(String email) {
		return users.activeByUsername(email).orElseThrow();
	}

	private void contribution(UUID project, String kind, String personKey, long value, String status, LocalDate start, UUID by) {
		jdbc.sql("""
				insert into contribution (id, project_id, partner_organisation_id, kind, person_key, start_date, value_set_id, value_eur, status, created_by)
				values (:id, :p, :o, :k, :pk, :s, '5e7a0c7e-0000-4000-8000-000000000001', :v, :st, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("o", partner).param("k", kind).param("pk", personKey).param("s", start)
			.param("v", value).param("st", status).param("by", by).update();
	}
}
