package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
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

	private final JdbcClient jdbc;

	private final Clock clock;

	SocialReturnTotals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Approved value and people per project (cumulative), per year of the contributions' start and in
	 * total; the obligation per project and in total (contract value times percentage, 5% unless set).
	 */
	Grouped<SocialReturnFigures> figures(FigureFilter filter, Map<UUID, Map<UUID, BigDecimal>> contracts) {
		Grouped<SocialReturnFigures> figures = new Grouped<>(SocialReturnFigures.NONE);
		if (filter.isEmpty()) {
			return figures;
		}
		record Value(BigDecimal value, BigDecimal planned, long people) {
		}
		Map<String, Value> values = new HashMap<>();
		filter.bind(jdbc.sql("select " + FigureFilter.groupColumns("project_id", "start_date")
				+ ", coalesce(sum(realised), 0) as value, coalesce(sum(value_eur - realised), 0) as planned, "
				+ "count(distinct person_key) filter (where kind = 'PERSON') as people from (select *, round(value_eur * realised_share(start_date, "
				+ "end_date, :today), 2) as realised from contribution) as c where status = :approved and "
				+ filter.where("project_id", "partner_organisation_id") + FigureFilter.groupBy("project_id", "start_date")))
			.param("today", LocalDate.now(clock)).param("approved", ContributionStatus.APPROVED.name())
			.query((rs, n) -> values.put(Grouped.keyOf(rs), new Value(rs.getBigDecimal("value"), rs.getBigDecimal("planned"), rs.getLong("people"))))
			.list();
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
		Set<String> keys = new HashSet<>(values.keySet());
		keys.addAll(obligations.keySet());
		for (String k : keys) {
			Value v = values.getOrDefault(k, new Value(BigDecimal.ZERO, BigDecimal.ZERO, 0));
			figures.put(k, new SocialReturnFigures(money(obligations.getOrDefault(k, BigDecimal.ZERO)), money(v.value()), money(v.planned()),
					v.people()));
		}
		return figures;
	}

	private static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
