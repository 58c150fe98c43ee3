package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.shared.FigureFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards' social return (approved value from the rollup, the value still planned from the contributions running
 * today) against each approved contribution's realised value summed, as the project page computes it: per project,
 * per year, in total and for a selection of the projects, with contributions that ended, run, have not started and
 * have no end.
 */
class SocialReturnTotalsTests extends IntegrationTestSupport {

	@Autowired
	SocialReturnTotals totals;

	@Autowired
	SocialReturn socialReturn;

	record Raw(BigDecimal value, BigDecimal planned, long people) {
	}

	private Raw raw(List<UUID> projects, Integer year) {
		return jdbc.sql("""
				select coalesce(sum(round(value_eur * realised_share(start_date, end_date, :today), 2)), 0) as value,
				       coalesce(sum(value_eur - round(value_eur * realised_share(start_date, end_date, :today), 2)), 0) as planned,
				       count(distinct person_key) filter (where kind = 'PERSON') as people
				from contribution where status = 'APPROVED' and project_id in (:p) and (cast(:y as int) is null or extract(year from start_date) = :y)""")
			.param("today", today()).param("p", projects).param("y", year)
			.query((rs, n) -> new Raw(rs.getBigDecimal("value").setScale(2), rs.getBigDecimal("planned").setScale(2), rs.getLong("people")))
			.single();
	}

	private static Raw of(SocialReturnFigures figures) {
		return new Raw(figures.valueEur(), figures.plannedEur(), figures.people());
	}

	@Test
	void theRollupWithTheRunningContributionsGivesEachContributionsRealisedValueSummed() {
		List<UUID> projects = jdbc.sql("select distinct project_id from contribution where status = 'APPROVED' order by 1").query(UUID.class).list();
		assertThat(projects).hasSizeGreaterThan(1);
		UUID project = projects.get(0);
		LocalDate today = today();
		// Running (half done), not started, running without an end date but started, and ended: copies of an approved one.
		String copy = "insert into contribution (id, project_id, partner_organisation_id, kind, person_key, start_date, end_date, value_set_id, value_eur, "
				+ "status, created_by) select cast(:id as uuid), project_id, partner_organisation_id, 'PERSON', :key, :s, :e, value_set_id, 1234.57, 'APPROVED', "
				+ "created_by from contribution where project_id = :p and status = 'APPROVED' order by id limit 1";
		Object[][] added = { { "9a000000-0000-4000-8000-000000000001", today.minusMonths(3), today.plusMonths(3) },
				{ "9a000000-0000-4000-8000-000000000002", today.plusDays(10), today.plusMonths(7) },
				{ "9a000000-0000-4000-8000-000000000003", today.minusDays(40), null },
				{ "9a000000-0000-4000-8000-000000000004", today.minusYears(1), today.minusDays(1) } };
		try {
			for (Object[] row : added) {
				jdbc.sql(copy).param("id", row[0]).param("key", "rollup-" + row[0]).param("s", row[1]).param("e", row[2]).param("p", project).update();
			}
			SocialReturnTotals.Figures figures = totals.figures(FigureFilter.of(projects, null), projects.subList(0, 1), Map.of());
			assertThat(of(figures.scope().total(null))).isEqualTo(raw(projects, null));
			assertThat(raw(projects, null).planned()).as("something is still planned").isPositive();
			for (UUID p : projects) {
				assertThat(of(figures.scope().project(p, null))).as("project " + p).isEqualTo(raw(List.of(p), null));
			}
			for (Integer year : figures.scope().years()) {
				assertThat(of(figures.scope().total(year))).as("year " + year).isEqualTo(raw(projects, year));
			}
			assertThat(of(figures.selection())).as("the selection").isEqualTo(raw(projects.subList(0, 1), null));

			// The commitments' progress from the same rows: realised value and activity hours per project and partner.
			Map<String, BigDecimal> expected = new java.util.HashMap<>();
			jdbc.sql("""
					select project_id, partner_organisation_id, sum(round(value_eur * realised_share(start_date, end_date, :today), 2)) as value,
					       coalesce(sum(hours) filter (where kind = 'ACTIVITY_HOURS'), 0) as hours
					from contribution where status = 'APPROVED' and project_id in (:p) group by 1, 2""")
				.param("today", today).param("p", projects)
				.query((rs, n) -> {
					String key = rs.getString("project_id") + "/" + rs.getString("partner_organisation_id");
					expected.put(key + "/" + Metric.SOCIAL_RETURN_EUR, rs.getBigDecimal("value").setScale(2));
					return expected.put(key + "/" + Metric.HOURS, rs.getBigDecimal("hours").setScale(1));
				})
				.list();
			Map<String, BigDecimal> progress = new java.util.HashMap<>();
			socialReturn.figures(projects).forEach((p, list) -> list.forEach(f -> progress.put(p + "/" + f.organisationId() + "/" + f.metric(),
					f.value().setScale(f.metric() == Metric.HOURS ? 1 : 2))));
			assertThat(progress).isEqualTo(expected);
		}
		finally {
			jdbc.sql("delete from contribution where id in ('9a000000-0000-4000-8000-000000000001', '9a000000-0000-4000-8000-000000000002', "
					+ "'9a000000-0000-4000-8000-000000000003', '9a000000-0000-4000-8000-000000000004')").update();
		}
	}
}
