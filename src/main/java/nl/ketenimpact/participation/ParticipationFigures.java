package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import nl.ketenimpact.participation.internal.JobGuarantee;
import nl.ketenimpact.shared.FigureFilter;
import nl.ketenimpact.shared.Grouped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboard figures from participation records, aggregated by the database per project and year (see {@link Grouped}):
 * placements, hours and activities from the rollup kept in the records' own transactions, self-work (a count of distinct
 * households, which does not add up over years) from its records.
 * The caller scopes the projects; a partner filter counts only what that organisation offered or organised
 * (self-work is the corporation's own and then counts zero).
 */
@Service
public class ParticipationFigures {

	/**
	 * Residents activated: households doing self-work (started or further) plus residents placed on
	 * their own application. Job guarantee: guaranteed internships that ended successfully, and of
	 * those the ones hired. Hours are the weekly hour records of placements.
	 */
	public record Figures(long residentsActivated, long workExperiencePlaces, long internships, long guaranteeEnded, long guaranteeHired,
			long jobs, long childrenReached, long activities, long participants, BigDecimal staffVolunteerHours, BigDecimal placementHours) {

		public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

		/** Share of successfully ended guaranteed internships that ended in a job, or null before any ended. */
		public Integer jobGuaranteePct() {
			return JobGuarantee.fulfilmentRate(guaranteeEnded, guaranteeHired);
		}
	}

	private record Placements(long residents, long workExperience, long internships, long guaranteeEnded, long guaranteeHired, long jobs) {
	}

	private record Activities(long children, long activities, long participants, BigDecimal staffHours) {
	}

	private final JdbcClient jdbc;

	ParticipationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Grouped<Figures> figures(FigureFilter filter) {
		Grouped<Figures> figures = new Grouped<>(Figures.NONE);
		if (filter.isEmpty()) {
			return figures;
		}
		// Placements, hours and activities from the rollup the database keeps with the records (V26); see participation_rollup_refresh.
		Map<String, Placements> placements = new HashMap<>();
		Map<String, BigDecimal> hours = new HashMap<>();
		Map<String, Activities> activities = new HashMap<>();
		filter.bind(jdbc.sql("select " + FigureFilter.rollupGroupColumns("project_id", "year") + ", "
				+ "sum(residents) as residents, sum(work_experience) as work_experience, sum(internships) as internships, "
				+ "sum(guarantee_ended) as guarantee_ended, sum(guarantee_hired) as guarantee_hired, sum(jobs) as jobs, "
				+ "coalesce(sum(hours), 0) as hours, sum(activities) as activities, coalesce(sum(children), 0) as children, "
				+ "coalesce(sum(participants), 0) as participants, coalesce(sum(staff_hours), 0) as staff_hours "
				+ "from participation_rollup where " + filter.where("project_id", "organisation_id") + FigureFilter.rollupGroupBy("project_id", "year")))
			.query((rs, n) -> {
				String key = Grouped.keyOf(rs);
				placements.put(key, new Placements(rs.getLong("residents"), rs.getLong("work_experience"), rs.getLong("internships"),
						rs.getLong("guarantee_ended"), rs.getLong("guarantee_hired"), rs.getLong("jobs")));
				hours.put(key, rs.getBigDecimal("hours"));
				activities.put(key, new Activities(rs.getLong("children"), rs.getLong("activities"), rs.getLong("participants"),
						rs.getBigDecimal("staff_hours")));
				return n;
			})
			.list();

		Map<String, Long> selfWork = new HashMap<>();
		filter.bind(jdbc.sql("select " + FigureFilter.groupColumns("project_id", "started_at") + ", count(distinct dwelling_id) as households "
				+ "from self_work_task where started_at is not null and " + filter.where("project_id", null)
				+ FigureFilter.groupBy("project_id", "started_at")))
			.query((rs, n) -> selfWork.put(Grouped.keyOf(rs), rs.getLong("households")))
			.list();

		Set<String> keys = new HashSet<>();
		keys.addAll(placements.keySet());
		keys.addAll(hours.keySet());
		keys.addAll(activities.keySet());
		keys.addAll(selfWork.keySet());
		for (String k : keys) {
			Placements p = placements.getOrDefault(k, new Placements(0, 0, 0, 0, 0, 0));
			Activities a = activities.getOrDefault(k, new Activities(0, 0, 0, BigDecimal.ZERO));
			figures.put(k, new Figures(selfWork.getOrDefault(k, 0L) + p.residents(), p.workExperience(), p.internships(), p.guaranteeEnded(),
					p.guaranteeHired(), p.jobs(), a.children(), a.activities(), a.participants(), a.staffHours(), hours.getOrDefault(k, BigDecimal.ZERO)));
		}
		return figures;
	}
}
