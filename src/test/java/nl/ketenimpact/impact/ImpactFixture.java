package nl.ketenimpact.impact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import nl.ketenimpact.impact.internal.Kpi;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small corporation whose every figure is checked by hand (see the expectations in ImpactDashboardTests).
 * Written straight into the tables once per test run: the modules' own rules are tested elsewhere,
 * here only the aggregation counts.
 *
 * Corporation Kpi Wonen: project A (2025-01-01 to 2026-12-31, 3 dwellings) and B (from 2026-03-01, 2 dwellings).
 * Partner Kpi Bouw: in A (contract 1,000,000, default 5%) and B (contract 200,000, 10%).
 */
final class ImpactFixture {

	static final String COORDINATOR = "coordinator@kpi.test";
	static final String SOCIAL_WORKER = "wijk@kpi.test";
	static final String PARTNER_LEAD = "lead@kpibouw.test";
	static final String RESIDENT_A = "huurder@kpi.test";

	UUID corporation;
	UUID partner;
	UUID projectA;
	UUID projectB;

	private final JdbcClient jdbc;

	private ImpactFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static synchronized ImpactFixture load(JdbcClient jdbc) {
		ImpactFixture f = new ImpactFixture(jdbc);
		UUID existing = jdbc.sql("select id from organisation where name = 'Kpi Wonen'").query(UUID.class).optional().orElse(null);
		if (existing != null) {
			f.corporation = existing;
			f.partner = jdbc.sql("select id from organisation where name = 'Kpi Bouw'").query(UUID.class).single();
			f.projectA = jdbc.sql("select id from project where name = 'Kpi project A'").query(UUID.class).single();
			f.projectB = jdbc.sql("select id from project where name = 'Kpi project B'").query(UUID.class).single();
			return f;
		}
		f.create();
		return f;
	}

	private void create() {
		corporation = org("Kpi Wonen", "HOUSING_CORPORATION");
		partner = org("Kpi Bouw", "MAIN_CONTRACTOR");
		UUID coordinator = user(COORDINATOR, corporation, "COORDINATOR");
		user(SOCIAL_WORKER, corporation, "SOCIAL_WORKER");
		UUID lead = user(PARTNER_LEAD, partner, "PARTNER_LEAD");
		UUID fieldWorker = user("vakman@kpibouw.test", partner, "FIELD_WORKER");
		projectA = project("Kpi project A", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
		projectB = project("Kpi project B", LocalDate.of(2026, 3, 1), null);
		UUID a1 = dwelling(projectA, 1);
		UUID a2 = dwelling(projectA, 2);
		dwelling(projectA, 3);
		dwelling(projectB, 4);
		dwelling(projectB, 5);
		UUID resident = user(RESIDENT_A, corporation, "RESIDENT");
		jdbc.sql("insert into resident (id, dwelling_id, name) values (:id, :d, 'Huishouden Kpi')")
			.param("id", UUID.randomUUID()).param("d", a1).update();
		jdbc.sql("insert into resident_account (user_id, dwelling_id) values (:u, :d)").param("d", a1).param("u", resident).update();
		partnerIn(projectA, 1_000_000);
		partnerIn(projectB, 200_000);
		jdbc.sql("insert into social_return_obligation (project_id, partner_organisation_id, percentage) values (:p, :o, 10)")
			.param("p", projectB).param("o", partner).update();

		// Social return: approved 20,000 (a person) in A and 3,000 (a purchase) in B; a pending 5,000 does not count.
		contribution(projectA, "PERSON", "k1-1990", 20_000, "APPROVED", LocalDate.of(2026, 2, 1), lead);
		contribution(projectA, "PERSON", "k2-1991", 5_000, "PENDING", LocalDate.of(2026, 2, 1), lead);
		contribution(projectB, "PURCHASE", null, 3_000, "APPROVED", LocalDate.of(2025, 5, 1), lead);

		UUID workExperience = opportunity(projectA, partner, "WORK_EXPERIENCE", false, lead);
		UUID guaranteed = opportunity(projectA, partner, "INTERNSHIP", true, lead);
		UUID internshipB = opportunity(projectB, corporation, "INTERNSHIP", false, coordinator);
		UUID pl1 = placement(workExperience, projectA, partner, resident, null, LocalDate.of(2026, 1, 5), "HIRED");
		placement(guaranteed, projectA, partner, lead, "K-1", LocalDate.of(2026, 2, 1), "COMPLETED");
		UUID pl3 = placement(guaranteed, projectA, partner, lead, "K-2", LocalDate.of(2025, 9, 1), "HIRED");
		UUID pl4 = placement(internshipB, projectB, corporation, coordinator, "K-3", LocalDate.of(2026, 4, 1), null);
		hours(pl1, LocalDate.of(2026, 1, 5), "20");
		hours(pl1, LocalDate.of(2026, 1, 12), "16.5");
		hours(pl3, LocalDate.of(2025, 9, 1), "30");
		hours(pl4, LocalDate.of(2026, 4, 6), "10");

		activity(projectA, partner, "SITE_EXCURSION", LocalDate.of(2026, 5, 1), 12, 3, "6.5", 12, lead);
		activity(projectA, corporation, "NEIGHBOURHOOD_PARTY", LocalDate.of(2025, 6, 1), 5, 20, "4", 0, coordinator);
		activity(projectB, corporation, "CLEAN_UP_DAY", LocalDate.of(2026, 6, 1), 0, 10, "2", 0, coordinator);

		// Self-work: two tasks at dwelling a1 (one household), one only planned at a2.
		task(projectA, a1, "STARTED", OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), coordinator);
		task(projectA, a1, "PAID", OffsetDateTime.of(2026, 2, 1, 10, 0, 0, 0, ZoneOffset.UTC), coordinator);
		task(projectA, a2, "PLANNED", null, coordinator);

		// Signals of 2026: six in A by the partner's field worker (4 in time, 1 late, 1 waiting; 2 referred), one in B.
		OffsetDateTime t = OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC);
		for (int i = 0; i < 4; i++) {
			UUID s = signal(projectA, fieldWorker, partner, t, t.plusDays(1));
			if (i < 2) {
				referral(s, coordinator);
			}
		}
		signal(projectA, fieldWorker, partner, t, t.plusDays(9));
		signal(projectA, fieldWorker, partner, t, null);
		signal(projectB, coordinator, corporation, t, null);

		// Plan: the partner's 2 placements (3 made: achieved), the corporation's 3 activities (1 in A: not achieved), one proposal.
		commitment(projectA, partner, "WORK_EXPERIENCE", "PLACEMENTS", 2, "ACCEPTED", "Twee werkervaringsplaatsen voor bewoners", lead);
		commitment(projectA, null, "LIVEABILITY", "ACTIVITIES", 3, "ACCEPTED", "Drie buurtactiviteiten per jaar", coordinator);
		commitment(projectA, partner, "YOUTH_OUTREACH", "ACTIVITIES", 5, "PROPOSED", "Vijf excursies", lead);
		jdbc.sql("""
				insert into partner_report (id, project_id, partner_organisation_id, period, narrative, status, submitted_by)
				values (:id, :p, :o, '2026-Q1', 'Tien bewoners kregen een werkervaringsplaats via de bouwplaats.', 'APPROVED', :u)""")
			.param("id", UUID.randomUUID()).param("p", projectA).param("o", partner).param("u", lead).update();
	}

	private UUID org(String name, String type) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into organisation (id, name, type) values (:id, :n, :t)").param("id", id).param("n", name).param("t", type).update();
		return id;
	}

	private UUID user(String username, UUID organisation, String role) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into app_user (id, username, name, password_hash, organisation_id) values (:id, :u, :u, '{noop}x', :o)")
			.param("id", id).param("u", username).param("o", organisation).update();
		jdbc.sql("insert into user_role (user_id, role) values (:id, :r)").param("id", id).param("r", role).update();
		return id;
	}

	private UUID project(String name, LocalDate start, LocalDate end) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into project (id, corporation_id, name, municipality, project_type, start_date, end_date, status)
				values (:id, :c, :n, 'Utrecht', 'REB', :s, :e, 'EXECUTION')""")
			.param("id", id).param("c", corporation).param("n", name).param("s", start).param("e", end).update();
		return id;
	}

	private UUID dwelling(UUID project, int number) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into dwelling (id, project_id, corporation_id, bag_identificatie, straatnaam, huisnummer, woonplaats)
				values (:id, :p, :c, :bag, 'Kpistraat', :n, 'Utrecht')""")
			.param("id", id).param("p", project).param("c", corporation).param("bag", String.format("0344010099%06d", number)).param("n", number)
			.update();
		return id;
	}

	private void partnerIn(UUID project, long contract) {
		jdbc.sql("insert into project_partner (id, project_id, organisation_id, role, contract_value_eur) values (:id, :p, :o, 'MAIN_CONTRACTOR', :v)")
			.param("id", UUID.randomUUID()).param("p", project).param("o", partner).param("v", contract).update();
	}

	private void contribution(UUID project, String kind, String personKey, long value, String status, LocalDate start, UUID by) {
		jdbc.sql("""
				insert into contribution (id, project_id, partner_organisation_id, kind, person_key, start_date, value_set_id, value_eur, status, created_by)
				values (:id, :p, :o, :k, :pk, :s, '5e7a0c7e-0000-4000-8000-000000000001', :v, :st, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("o", partner).param("k", kind).param("pk", personKey).param("s", start)
			.param("v", value).param("st", status).param("by", by).update();
	}

	private UUID opportunity(UUID project, UUID offeredBy, String type, boolean guarantee, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into opportunity (id, project_id, offered_by, type, title, description, places, start_date, job_guarantee,
				                         job_guarantee_condition, status, created_by)
				values (:id, :p, :o, :t, 'Kans', 'Kans', 5, date '2025-01-01', :g, :gc, 'OPEN', :by)""")
			.param("id", id).param("p", project).param("o", offeredBy).param("t", type).param("g", guarantee)
			.param("gc", guarantee ? "Bij diploma" : null).param("by", by).update();
		return id;
	}

	private UUID placement(UUID opportunity, UUID project, UUID offeredBy, UUID applicant, String candidate, LocalDate start, String outcome) {
		UUID application = UUID.randomUUID();
		jdbc.sql("""
				insert into application (id, opportunity_id, applicant_id, candidate_ref, motivation, availability, status)
				values (:id, :o, :a, :c, 'm', 'a', 'ACCEPTED')""")
			.param("id", application).param("o", opportunity).param("a", applicant).param("c", candidate).update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into placement (id, application_id, opportunity_id, project_id, corporation_id, offered_by, start_date, end_date, mentor,
				                       hours_per_week, outcome)
				values (:id, :app, :o, :p, :c, :by, :s, :e, 'Mentor', 20, :out)""")
			.param("id", id).param("app", application).param("o", opportunity).param("p", project).param("c", corporation).param("by", offeredBy)
			.param("s", start).param("e", start.plusMonths(6)).param("out", outcome).update();
		return id;
	}

	private void hours(UUID placement, LocalDate week, String hours) {
		jdbc.sql("insert into placement_hours (placement_id, week_start, hours) values (:p, :w, cast(:h as numeric))")
			.param("p", placement).param("w", week).param("h", hours).update();
	}

	private void activity(UUID project, UUID organiser, String type, LocalDate on, int children, int adults, String staffHours, int consents,
			UUID by) {
		jdbc.sql("""
				insert into activity (id, project_id, organiser_id, type, title, held_on, children, adults, residents, staff_volunteer_hours,
				                      parental_consents, created_by)
				values (:id, :p, :o, :t, 'Activiteit', :on, :ch, :ad, 0, cast(:h as numeric), :pc, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("o", organiser).param("t", type).param("on", on).param("ch", children)
			.param("ad", adults).param("h", staffHours).param("pc", consents).param("by", by).update();
	}

	private void task(UUID project, UUID dwelling, String status, OffsetDateTime started, UUID by) {
		jdbc.sql("""
				insert into self_work_task (id, project_id, dwelling_id, title, performer_age, status, started_at, created_by)
				values (:id, :p, :d, 'Schilderen', 'ADULT', :s, :st, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("d", dwelling).param("s", status).param("st", started).param("by", by).update();
	}

	private UUID signal(UUID project, UUID reporter, UUID reporterOrganisation, OffsetDateTime created, OffsetDateTime pickedUp) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into signal (id, project_id, corporation_id, reporter_id, reporter_organisation_id, categories, urgency, status,
				                    created_at, due_at, picked_up_at)
				values (:id, :p, :c, :r, :ro, 'FINANCIAL_WORRIES', 'NORMAL', :s, :at, :due, :pu)""")
			.param("id", id).param("p", project).param("c", corporation).param("r", reporter).param("ro", reporterOrganisation)
			.param("s", pickedUp == null ? "RECEIVED" : "PICKED_UP").param("at", created).param("due", created.plusDays(3)).param("pu", pickedUp)
			.update();
		return id;
	}

	private void referral(UUID signal, UUID by) {
		jdbc.sql("""
				insert into referral (id, signal_id, organisation_id, lawful_basis, explicit_consent, consent_date, referred_by, referred_at)
				values (:id, :s, :o, 'CONSENT', true, date '2026-04-02', :by, now())""")
			.param("id", UUID.randomUUID()).param("s", signal).param("o", partner).param("by", by).update();
	}

	private void commitment(UUID project, UUID partnerId, String theme, String metric, int target, String status, String description, UUID by) {
		jdbc.sql("""
				insert into commitment (id, project_id, partner_organisation_id, theme, description, metric, target, status, created_by)
				values (:id, :p, :o, :t, :d, :m, :target, :s, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("o", partnerId).param("t", theme).param("d", description).param("m", metric)
			.param("target", target).param("s", status).param("by", by).update();
	}
}
