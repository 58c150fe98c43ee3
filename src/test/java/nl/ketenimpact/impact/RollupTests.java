package nl.ketenimpact.impact;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.bench.DataGenerator;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard rollups (V26) against the raw records they stand for, over data of the benchmark's generator in a
 * schema of this test's own: equal after the bulk load, after updates and deletes of every kind that changes a figure,
 * and after concurrent writers of one project. The raw side is written here independently of the rollup function.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupTests extends IntegrationTestSupport {

	static final String SCHEMA = "rollup_check";

	/** Per project, owning organisation and year, every figure, raw against rollup; returns the rows that differ. */
	static final String PARTICIPATION_DIFF = """
			with raw as (
			  select project_id, organisation_id, year, sum(placements) placements, sum(residents) residents, sum(work_experience) work_experience, sum(internships) internships,
			         sum(guarantee_ended) guarantee_ended, sum(guarantee_hired) guarantee_hired, sum(jobs) jobs, sum(hours) hours,
			         sum(activities) activities, sum(children) children, sum(participants) participants, sum(staff_hours) staff_hours
			  from (
			    select p.project_id, p.offered_by organisation_id, extract(year from p.start_date)::int as year, 1 placements,
			           (a.candidate_ref is null)::int residents, (o.type = 'WORK_EXPERIENCE')::int work_experience, (o.type = 'INTERNSHIP')::int internships,
			           (o.type = 'INTERNSHIP' and o.job_guarantee and p.outcome is not null and p.outcome <> 'DROPPED_OUT')::int guarantee_ended,
			           (o.type = 'INTERNSHIP' and o.job_guarantee and p.outcome = 'HIRED')::int guarantee_hired, (p.outcome = 'HIRED')::int jobs,
			           0 hours, 0 activities, 0 children, 0 participants, 0 staff_hours
			    from placement p, opportunity o, application a where o.id = p.opportunity_id and a.id = p.application_id
			    union all
			    select p.project_id, p.offered_by, extract(year from h.week_start)::int, 0, 0, 0, 0, 0, 0, 0, h.hours, 0, 0, 0, 0
			    from placement_hours h, placement p where p.id = h.placement_id
			    union all
			    select project_id, organiser_id, extract(year from held_on)::int, 0, 0, 0, 0, 0, 0, 0, 0, 1, coalesce(children, 0),
			           coalesce(children + adults, 0), coalesce(staff_volunteer_hours, 0)
			    from activity where status = 'HELD') r
			  group by 1, 2, 3),
			rollup as (
			  select project_id, organisation_id, year, placements, residents, work_experience, internships, guarantee_ended, guarantee_hired, jobs,
			         coalesce(hours, 0) hours, activities, coalesce(children, 0) children, coalesce(participants, 0) participants,
			         coalesce(staff_hours, 0) staff_hours from participation_rollup)
			select count(*) from ((table raw except table rollup) union all (table rollup except table raw)) d
			""";

	static final String SIGNAL_DIFF = """
			with raw_once as (
			  select project_id, organisation_id, year, sum(raised) raised, sum(in_time) in_time, sum(referred) referred, sum(closed) closed
			  from (select s.project_id, s.reporter_organisation_id organisation_id,
			               extract(year from s.created_at at time zone 'Europe/Amsterdam')::int as year, 1 raised,
			               coalesce((s.picked_up_at <= s.due_at)::int, 0) in_time, (select count(*) > 0 from referral r where r.signal_id = s.id)::int referred,
			               (s.closed_at is not null)::int closed from signal s) x
			  group by 1, 2, 3),
			rollup as (select project_id, organisation_id, year, raised, in_time, referred, closed from signal_rollup_now)
			select count(*) from ((table raw_once except table rollup) union all (table rollup except table raw_once)) d
			""";

	static final String SOCIAL_RETURN_DIFF = """
			with raw as (
			  select project_id, partner_organisation_id, extract(year from start_date)::int as year, sum(value_eur) value_eur,
			         sum(case when kind = 'ACTIVITY_HOURS' then coalesce(hours, 0) else 0 end) activity_hours, count(*) contributions
			  from contribution where status = 'APPROVED' group by 1, 2, 3),
			rollup as (select project_id, partner_organisation_id, year, value_eur, activity_hours, contributions from social_return_rollup)
			select count(*) from ((table raw except table rollup) union all (table rollup except table raw)) d
			""";

	@Autowired
	DataSource dataSource;

	@BeforeAll
	void generate() throws Exception {
		jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
		Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration").cleanDisabled(true)
			.load().migrate();
		try (Connection connection = connection()) {
			new DataGenerator(connection, new DataGenerator.Size(2, 600, 6, 4_000, 600, "rollups")).generate();
		}
	}

	@AfterAll
	void dropSchema() {
		jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
	}

	/** A connection of its own (not the pool's), so its search path and the generator's temporary functions go with it. */
	private Connection connection() throws Exception {
		com.zaxxer.hikari.HikariDataSource pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
		Connection connection = java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		try (Statement st = connection.createStatement()) {
			st.execute("set search_path = " + SCHEMA);
		}
		return connection;
	}

	private long query(String sql) throws Exception {
		try (Connection connection = connection(); Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void execute(String... statements) throws Exception {
		try (Connection connection = connection(); Statement st = connection.createStatement()) {
			for (String sql : statements) {
				st.execute(sql);
			}
		}
	}

	static final String DWELLING_DIFF = """
			select count(*) from project p
			where (select count(*) from dwelling d where d.project_id = p.id) <> coalesce((select dwellings from dwelling_count c where c.project_id = p.id), 0)
			""";

	private void assertEqual() throws Exception {
		assertThat(query(DWELLING_DIFF)).as("projects whose dwelling count differs from the dwellings").isZero();
		assertThat(query(PARTICIPATION_DIFF)).as("participation rollup rows that differ from the records").isZero();
		assertThat(query(SIGNAL_DIFF)).as("signal rollup rows that differ from the records").isZero();
		assertThat(query(SOCIAL_RETURN_DIFF)).as("social return rollup rows that differ from the approved contributions").isZero();
	}

	@Test
	void rollupsEqualTheRecordsAfterBulkLoadUpdatesDeletesAndConcurrentWriters() throws Exception {
		assertThat(query("select count(*) from participation_rollup where hours > 0")).isPositive();
		assertThat(query("select sum(raised) from signal_rollup")).isEqualTo(600);
		assertThat(query("select sum(contributions) from social_return_rollup")).isPositive();
		assertEqual();

		// The checks can fail: a record changed behind the rollup's back (triggers off for this statement) is found.
		try (Connection connection = connection(); Statement st = connection.createStatement()) {
			connection.setAutoCommit(false);
			st.execute("alter table placement_hours disable trigger placement_hours_rollup_update");
			st.execute("update placement_hours set hours = hours + 1 where week_start = (select min(week_start) from placement_hours)");
			assertThat(count(st, PARTICIPATION_DIFF)).isPositive();
			connection.rollback();
			st.execute("alter table contribution disable trigger contribution_rollup_update");
			st.execute("update contribution set value_eur = value_eur + 1 where id = (select min(id::text)::uuid from contribution where status = 'APPROVED')");
			assertThat(count(st, SOCIAL_RETURN_DIFF)).isPositive();
			connection.rollback();
		}

		execute(
				// dwellings: moved to another project, deleted (with nothing attached), added
				"update dwelling set project_id = (select max(id::text)::uuid from project) where id in (select id from dwelling order by id limit 9)",
				"delete from dwelling d where id in (select id from dwelling x where not exists (select 1 from resident r where r.dwelling_id = x.id) "
						+ "and not exists (select 1 from self_work_task t where t.dwelling_id = x.id) and not exists (select 1 from signal s where s.dwelling_id = x.id) "
						+ "order by id limit 4)",
				"insert into dwelling (id, project_id, corporation_id, code, bag_identificatie, straatnaam, huisnummer, postcode, woonplaats) "
						+ "select md5('nieuw' || p.id)::uuid, p.id, p.corporation_id, 'NW-' || p.id, '0363010' || lpad(row_number() over ()::text, 9, '0'), "
						+ "'Nieuwstraat', 1, '3531AB', 'Utrecht' from project p",
				// hour records: new ones, changed ones, deleted ones
				"insert into placement_hours (placement_id, week_start, hours) select id, date '2030-01-07', 12.5 from placement order by id limit 7",
				"update placement_hours set hours = hours / 2 where hours > 30",
				"delete from placement_hours where week_start = (select max(week_start) from placement_hours where week_start < date '2030-01-01')",
				// placements: outcomes, a moved start (another year), one deleted with its hours
				"update placement set outcome = case when outcome = 'HIRED' then 'DROPPED_OUT' else 'HIRED' end where id in (select id from placement order by id limit 20)",
				"update placement set start_date = start_date - 400, end_date = end_date - 400 where id in (select id from placement order by id desc limit 5)",
				"with gone as (select id from placement order by id limit 1 offset 30), h as (delete from placement_hours where placement_id in (select id from gone)) "
						+ "delete from placement where id in (select id from gone)",
				// how placements count: an opportunity's type and guarantee, an application's candidate reference
				"update opportunity set type = 'WORK_EXPERIENCE', job_guarantee = false where id in (select opportunity_id from placement order by id limit 1)",
				"update application set candidate_ref = null where id in (select application_id from placement order by id desc limit 3)",
				// activities: cancelled, deleted, added
				"update activity set status = 'CANCELLED' where id in (select id from activity order by id limit 3)",
				"delete from activity where id in (select id from activity order by id desc limit 2)",
				"update activity set children = children + 5, held_on = held_on - 366 where id in (select id from activity order by id limit 4 offset 5)",
				// signals: picked up, closed, moved to another year and reporter, referred and unreferred, deleted with referrals
				"update signal set picked_up_at = created_at + interval '1 hour', status = 'PICKED_UP' where picked_up_at is null",
				"update signal set closed_at = now() where id in (select id from signal where closed_at is null order by id limit 10)",
				"update signal set created_at = created_at - interval '1 year', reporter_organisation_id = corporation_id "
						+ "where id in (select id from signal order by id limit 10)",
				"insert into referral (id, signal_id, organisation_id, lawful_basis, explicit_consent, consent_date, referred_by, referred_at) "
						+ "select md5('r' || s.id)::uuid, s.id, s.corporation_id, 'CONSENT', true, current_date, s.reporter_id, now() from signal s "
						+ "where not exists (select 1 from referral r where r.signal_id = s.id) order by s.id limit 15",
				"delete from referral where id in (select id from referral order by id limit 5)",
				// contributions: approved, rejected, value changed, moved to another year, partner and project, deleted, added
				"update contribution set status = 'APPROVED' where id in (select id from contribution where status <> 'APPROVED' order by id limit 5)",
				"update contribution set status = 'REJECTED' where id in (select id from contribution where status = 'APPROVED' order by id limit 3)",
				"update contribution set value_eur = value_eur * 2 where id in (select id from contribution order by id desc limit 6)",
				"update contribution set hours = hours + 8 where id in (select id from contribution where kind = 'ACTIVITY_HOURS' order by id limit 3)",
				"update contribution set start_date = start_date - 400, end_date = end_date - 400 where id in (select id from contribution order by id limit 4 offset 10)",
				"update contribution set partner_organisation_id = (select min(organisation_id::text)::uuid from project_partner pp where pp.project_id = "
						+ "contribution.project_id) where id in (select id from contribution order by id limit 4 offset 20)",
				"update contribution set project_id = (select max(id::text)::uuid from project) where id in (select id from contribution order by id limit 2 offset 30)",
				"delete from contribution where id in (select id from contribution where evidence_id is null order by id desc limit 5)",
				"delete from contribution where project_id = (select min(project_id::text)::uuid from contribution) and partner_organisation_id = "
						+ "(select min(partner_organisation_id::text)::uuid from contribution where project_id = (select min(project_id::text)::uuid from contribution))",
				"insert into contribution (id, project_id, partner_organisation_id, kind, start_date, end_date, hours, value_set_id, value_eur, status, created_by) "
						+ "select md5('c' || id)::uuid, project_id, partner_organisation_id, 'ACTIVITY_HOURS', date '2031-02-01', null, 16, value_set_id, 100, "
						+ "'APPROVED', created_by from contribution order by id limit 3",
				"with gone as (select id from signal where exists (select 1 from referral r where r.signal_id = signal.id) order by id limit 3), "
						+ "r as (delete from referral where signal_id in (select id from gone)) delete from signal where id in (select id from gone)");
		assertEqual();

		// Concurrent writers of the same project, each in its own transaction, while the deltas of new signals are folded
		// and a signal of the project is picked up (its recompute clears the project's deltas): none of their records is
		// missing from the figures.
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				int writer = w;
				writers.add(pool.submit(() -> {
					for (int i = 0; i < 10; i++) {
						execute("insert into signal (id, project_id, corporation_id, reporter_id, reporter_organisation_id, categories, urgency, observation, "
								+ "status, created_at, due_at) select md5('w" + writer + "-" + i + "')::uuid, project_id, corporation_id, reporter_id, "
								+ "reporter_organisation_id, categories, urgency, 'Gelijktijdig', 'RECEIVED', now(), now() + interval '3 days' from signal "
								+ "where project_id = (select min(project_id::text)::uuid from signal) limit 1",
								"update placement_hours set hours = hours + 0.5 where placement_id = (select min(id::text)::uuid from placement) and week_start = "
										+ "(select min(week_start) from placement_hours where placement_id = (select min(id::text)::uuid from placement))");
					}
					return null;
				}));
			}
			writers.add(pool.submit(() -> {
				for (int i = 0; i < 10; i++) {
					execute("select signal_rollup_fold()");
				}
				return null;
			}));
			writers.add(pool.submit(() -> {
				for (int i = 0; i < 5; i++) {
					execute("update signal set picked_up_at = now(), status = 'PICKED_UP' where id = (select id from signal where project_id = "
							+ "(select min(project_id::text)::uuid from signal) and observation = 'Gelijktijdig' and picked_up_at is null order by id limit 1)");
				}
				return null;
			}));
			for (Future<?> writer : writers) {
				writer.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(query("select count(*) from signal where observation = 'Gelijktijdig'")).isEqualTo(40);
		assertEqual();

		// A new signal leaves a delta, not a recomputed row; the fold moves the deltas into the rollup and the figures stay.
		execute("insert into signal (id, project_id, corporation_id, reporter_id, reporter_organisation_id, categories, urgency, observation, status, "
				+ "created_at, due_at) select md5('na-fold')::uuid, project_id, corporation_id, reporter_id, reporter_organisation_id, categories, urgency, "
				+ "'Nog een', 'RECEIVED', now(), now() + interval '3 days' from signal order by id limit 1");
		assertThat(query("select count(*) from signal_rollup_delta")).isPositive();
		assertEqual();
		assertThat(query("select signal_rollup_fold()")).isPositive();
		assertThat(query("select count(*) from signal_rollup_delta")).isZero();
		assertEqual();
	}

	private static long count(Statement st, String sql) throws Exception {
		try (ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
