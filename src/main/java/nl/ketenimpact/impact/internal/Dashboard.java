package nl.ketenimpact.impact.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.ReportView;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.shared.InvalidInput;

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

	/** Years a dashboard or report may be asked for. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	/** A year outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} is refused here, so pages, exports and the API all refuse it. */
	public record Filters(Integer year, UUID projectId, UUID partnerId, Theme theme) {

		public Filters {
			if (year != null) {
				checkYear(year);
			}
		}
	}

	public static int checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidInput("year", "impact.filter.year.range");
		}
		return year;
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
