package nl.ketenimpact.signal;

import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.shared.FigureFilter;
import nl.ketenimpact.shared.Grouped;
import nl.ketenimpact.signal.internal.Signal;
import nl.ketenimpact.signal.internal.SignalRoles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signal counts for dashboards: raised, triaged within the deadline, referred, closed. As in
 * {@link SignalStatistics}, only the corporation's own social team sees counts of 1 to 4; everybody
 * else sees them hidden (null), in every group and in the total. A partner filter counts the signals
 * its own field workers raised.
 */
@Service
public class SignalFigures {

	/** A null count is hidden because it is too small to show to this viewer. */
	public record Counts(Long raised, Long triagedInTime, Long referred, Long closed) {

		public static final Counts NONE = new Counts(0L, 0L, 0L, 0L);
	}

	private final JdbcClient jdbc;

	SignalFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code corporationId} is the corporation whose figures these are; null (a partner across corporations) always hides small counts. */
	@Transactional(readOnly = true)
	public Grouped<Counts> figures(CurrentUser viewer, UUID corporationId, FigureFilter filter) {
		Grouped<Counts> figures = new Grouped<>(Counts.NONE);
		if (filter.isEmpty()) {
			return figures;
		}
		boolean exact = corporationId != null && SignalRoles.socialTeam(viewer, corporationId);
		// From the rollup and its deltas, kept in the signals' own transactions (V26, V27), summed as signal_rollup_now
		// sums them, but straight into the groupings (the view's own grouping first was a third of this query).
		String where = filter.where("project_id", "organisation_id");
		filter.bind(jdbc.sql("select " + FigureFilter.rollupGroupColumns("project_id", "year") + ", sum(raised) as raised, "
				+ "sum(in_time) as in_time, sum(referred) as referred, sum(closed) as closed from ("
				+ "select project_id, year, raised, in_time, referred, closed from signal_rollup where " + where + " union all "
				+ "select project_id, year, raised, in_time, referred, closed from signal_rollup_delta where " + where + ") as r"
				+ FigureFilter.rollupGroupBy("project_id", "year")))
			.query((rs, n) -> {
				figures.put(Grouped.keyOf(rs), new Counts(cell(rs.getLong("raised"), exact), cell(rs.getLong("in_time"), exact),
						cell(rs.getLong("referred"), exact), cell(rs.getLong("closed"), exact)));
				return n;
			})
			.list();
		return figures;
	}

	private static Long cell(long count, boolean exact) {
		return SignalStatistics.cell(count, exact).count();
	}
}
