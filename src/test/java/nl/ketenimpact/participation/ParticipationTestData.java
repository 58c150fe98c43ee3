package nl.ketenimpact.participation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * History of the participation module for figure tests: placements that ended last year, hours of past weeks, tasks
 * already paid. The module's rules (no hours in the future, no outcome twice) would rightly refuse writing the past
 * today, so this builder writes the module's own tables, and only those.
 */
public final class ParticipationTestData {

	private final JdbcClient jdbc;

	private ParticipationTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static ParticipationTestData in(JdbcClient jdbc) {
		return new ParticipationTestData(jdbc);
	}

	public UUID openOpportunity(UUID project, UUID offeredBy, OpportunityType type, boolean guarantee, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into opportunity (id, project_id, offered_by, type, title, description, places, start_date, job_guarantee,
				                         job_guarantee_condition, status, created_by)
				values (:id, :p, :o, :t, 'Kans', 'Kans', 5, date '2025-01-01', :g, :gc, 'OPEN', :by)""")
			.param("id", id).param("p", project).param("o", offeredBy).param("t", type.name()).param("g", guarantee)
			.param("gc", guarantee ? "Bij diploma" : null).param("by", by).update();
		return id;
	}

	/** An accepted application and its placement of six months from {@code start}; {@code outcome} null while it runs. */
	public UUID placement(UUID opportunity, UUID project, UUID corporation, UUID offeredBy, UUID applicant, String candidate, LocalDate start,
			PlacementOutcome outcome) {
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
			.param("s", start).param("e", start.plusMonths(6)).param("out", outcome == null ? null : outcome.name()).update();
		return id;
	}

	public void hours(UUID placement, LocalDate week, String hours) {
		jdbc.sql("insert into placement_hours (placement_id, week_start, hours) values (:p, :w, cast(:h as numeric))")
			.param("p", placement).param("w", week).param("h", hours).update();
	}

	public void heldActivity(UUID project, UUID organiser, ActivityType type, LocalDate on, int children, int adults, String staffHours, int consents,
			UUID by) {
		jdbc.sql("""
				insert into activity (id, project_id, organiser_id, type, title, held_on, children, adults, residents, staff_volunteer_hours,
				                      parental_consents, created_by)
				values (:id, :p, :o, :t, 'Activiteit', :on, :ch, :ad, 0, cast(:h as numeric), :pc, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("o", organiser).param("t", type.name()).param("on", on).param("ch", children)
			.param("ad", adults).param("h", staffHours).param("pc", consents).param("by", by).update();
	}

	public void task(UUID project, UUID dwelling, String status, OffsetDateTime started, UUID by) {
		jdbc.sql("""
				insert into self_work_task (id, project_id, dwelling_id, title, performer_age, status, started_at, created_by)
				values (:id, :p, :d, 'Schilderen', 'ADULT', :s, :st, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("d", dwelling).param("s", status).param("st", started).param("by", by).update();
	}
}
