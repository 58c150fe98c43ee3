package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.shared.FigureFilter;
import nl.ketenimpact.shared.Grouped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Social return per group of projects for the dashboards: approved value realised and planned, people, and the obligation. */
@Component
class SocialReturnTotals {

	/**
	 * Approved contributions as rows to sum per project, partner and year of their start: the rollup's value and activity
	 * hours (V29, which do not depend on the day), and the value still planned of those running on {@code :today}, each
	 * rounded to cents as on the project's own page. Realised value is value minus planned. The status is a literal:
	 * the running contributions' partial index is only usable with it.
	 */
	static String approvedRows(String where) {
		return "select project_id, partner_organisation_id, year as y, value_eur as total, activity_hours as hours, 0 as planned "
				+ "from social_return_rollup where " + where + " union all "
				+ "select project_id, partner_organisation_id, cast(extract(year from start_date) as int), 0, 0, "
				+ "value_eur - round(value_eur * realised_share(start_date, end_date, :today), 2) from contribution where status = '"
				+ ContributionStatus.APPROVED.name() + "' and coalesce(end_date, start_date) > :today and " + where;
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SocialReturnTotals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The figures of a scope of projects (per project, year and in total), and the total of a selection of those projects. */
	record Figures(Grouped<SocialReturnFigures> scope, SocialReturnFigures selection) {
	}

	/**
	 * Approved value and people per project (cumulative), per year of the contributions' start and in
	 * total; the obligation per project and in total (contract value times percentage, 5% unless set).
	 */
	Grouped<SocialReturnFigures> figures(FigureFilter filter, Map<UUID, Map<UUID, BigDecimal>> contracts) {
		return figures(filter, filter.projectIds(), contracts).scope();
	}

	/**
	 * As {@link #figures(FigureFilter, Map)}, and the total of the {@code selected} projects of the scope (the
	 * dashboard's year), from the same two scans: value, planned and obligation add up per project; the people
	 * of the selection are counted distinct in the scope's scan.
	 */
	Figures figures(FigureFilter filter, Collection<UUID> selected, Map<UUID, Map<UUID, BigDecimal>> contracts) {
		Grouped<SocialReturnFigures> figures = new Grouped<>(SocialReturnFigures.NONE);
		if (filter.isEmpty()) {
			return new Figures(figures, SocialReturnFigures.NONE);
		}
		Map<String, Sum> sums = new HashMap<>();
		// Value and planned are sums per project and year, so the other groupings add them up.
		filter.bind(jdbc.sql("select project_id, y, sum(total) as total, sum(planned) as planned from ("
				+ approvedRows(filter.where("project_id", "partner_organisation_id")) + ") as v group by project_id, y"))
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> {
				UUID project = rs.getObject("project_id", UUID.class);
				int year = rs.getInt("y");
				BigDecimal planned = rs.getBigDecimal("planned");
				Sum sum = new Sum(rs.getBigDecimal("total").subtract(planned), planned);
				for (String key : new String[] { Grouped.projectYearKey(project, year), Grouped.projectKey(project), Grouped.yearKey(year), Grouped.ALL }) {
					sums.merge(key, sum, Sum::plus);
				}
				return sum;
			})
			.list();
		// People are persons counted once per grouping, which the database does over the person rows alone.
		boolean all = selected.size() == filter.projectIds().size() && Set.copyOf(selected).containsAll(filter.projectIds());
		Map<String, Long> people = new HashMap<>();
		filter.bind(jdbc.sql("select " + FigureFilter.groupColumns("project_id", "start_date") + ", count(distinct person_key) as people "
				+ "from contribution where status = :approved and kind = 'PERSON' and " + filter.where("project_id", "partner_organisation_id")
				+ FigureFilter.groupBy("project_id", "start_date")))
			.param("approved", ContributionStatus.APPROVED.name())
			.query((rs, n) -> people.put(Grouped.keyOf(rs), rs.getLong("people")))
			.list();
		// The selection's people: a filtered aggregate in the scan above tests every row against the whole list, in
		// every grouping; its own count over the selection's person rows is much cheaper.
		long selectedPeople = all ? people.getOrDefault(Grouped.ALL, 0L) : 0;
		if (!all && !selected.isEmpty()) {
			FigureFilter selection = FigureFilter.of(selected, filter.organisationId());
			selectedPeople = selection.bind(jdbc.sql("select count(distinct person_key) from contribution where status = :approved and kind = 'PERSON' and "
					+ selection.where("project_id", "partner_organisation_id")))
				.param("approved", ContributionStatus.APPROVED.name())
				.query(Long.class)
				.single();
		}
		Map<String, BigDecimal> percentages = new HashMap<>();
		filter.bind(jdbc.sql("select project_id, partner_organisation_id, percentage from social_return_obligation where "
				+ filter.where("project_id", "partner_organisation_id")))
			.query((rs, n) -> percentages.put(rs.getString("project_id") + "/" + rs.getString("partner_organisation_id"), rs.getBigDecimal("percentage")))
			.list();
		Map<String, BigDecimal> obligations = new HashMap<>();
		for (UUID project : filter.projectIds()) {
			for (Map.Entry<UUID, BigDecimal> contract : contracts.getOrDefault(project, Map.of()).entrySet()) {
				if (filter.organisationId() == null || filter.organisationId().equals(contract.getKey())) {
					BigDecimal obligation = Valuation.obligation(contract.getValue(),
							percentages.getOrDefault(project + "/" + contract.getKey(), SocialReturn.DEFAULT_PERCENTAGE));
					obligations.merge(Grouped.projectKey(project), obligation, BigDecimal::add);
					obligations.merge(Grouped.ALL, obligation, BigDecimal::add);
				}
			}
		}
		Set<String> keys = new HashSet<>(sums.keySet());
		keys.addAll(obligations.keySet());
		for (String k : keys) {
			Sum sum = sums.getOrDefault(k, Sum.ZERO);
			figures.put(k, new SocialReturnFigures(money(obligations.getOrDefault(k, BigDecimal.ZERO)), money(sum.value()), money(sum.planned()),
					people.getOrDefault(k, 0L)));
		}
		if (all) {
			return new Figures(figures, figures.total(null));
		}
		Sum selection = Sum.ZERO;
		BigDecimal obligation = BigDecimal.ZERO;
		for (UUID project : new HashSet<>(selected)) {
			selection = selection.plus(sums.getOrDefault(Grouped.projectKey(project), Sum.ZERO));
			obligation = obligation.add(obligations.getOrDefault(Grouped.projectKey(project), BigDecimal.ZERO));
		}
		return new Figures(figures, new SocialReturnFigures(money(obligation), money(selection.value()), money(selection.planned()), selectedPeople));
	}

	/** Realised and planned value of a group of contributions. */
	private record Sum(BigDecimal value, BigDecimal planned) {

		static final Sum ZERO = new Sum(BigDecimal.ZERO, BigDecimal.ZERO);

		Sum plus(Sum other) {
			return new Sum(value.add(other.value), planned.add(other.planned));
		}
	}

	private static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
