package nl.ketenimpact.impact;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.ReportView;
import nl.ketenimpact.plan.Theme;

/**
 * A dashboard's data: the filters it reflects, key figures over the selection, one row per project
 * (ranked by social-return value), the trend per year, the plan's targets against actuals and the
 * approved partner report narratives. A null figure is hidden (too small to show, or no data for a percentage).
 */
public record Dashboard(Kind kind, String title, Filters filters, Map<Kpi, Number> totals, List<Row> projects, List<Row> trend,
		List<CommitmentManagement.Summary> plan, List<ReportView> narratives, List<Option> projectOptions, List<Option> partnerOptions,
		List<Integer> yearOptions) {

	public enum Kind {
		PROJECT, CORPORATION, PARTNER
	}

	public record Filters(Integer year, UUID projectId, UUID partnerId, Theme theme) {
	}

	/** A project (key = its id, label = its name) or a year (key = label = the year). */
	public record Row(String key, String label, Map<Kpi, Number> kpis) {
	}

	public record Option(UUID id, String name) {
	}

	public List<Kpi> shown() {
		return Kpi.shownFor(filters.theme());
	}
}
