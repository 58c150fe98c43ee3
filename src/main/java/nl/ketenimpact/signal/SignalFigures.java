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
		String date = "(s.created_at at time zone 'Europe/Amsterdam')";
		filter.bind(jdbc.sql("select " + FigureFilter.groupColumns("s.project_id", date) + ", count(*) as raised, "
				+ "count(*) filter (where s.picked_up_at <= s.due_at) as in_time, "
				+ "count(*) filter (where exists (select 1 from referral r where r.signal_id = s.id)) as referred, "
				+ "count(s.closed_at) as closed from signal s where " + filter.where("s.project_id", "s.reporter_organisation_id")
				+ FigureFilter.groupBy("s.project_id", date)))
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
