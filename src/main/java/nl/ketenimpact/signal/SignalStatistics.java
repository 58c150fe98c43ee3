package nl.ketenimpact.signal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.signal.internal.SignalRoles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous signal statistics for a project or a whole corporation: per category and month, triaged
 * within the deadline, referrals and outcomes. Outside the corporation's own social team every count
 * below {@link #MIN_CELL} is hidden, so nobody can recognise a household from the numbers.
 */
@Service
public class SignalStatistics {

	public static final int MIN_CELL = 5;

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final Clock clock;

	SignalStatistics(JdbcClient jdbc, ProjectManagement projects, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.clock = clock;
	}

	/** A count, or null when hidden because it is too small to show to this viewer. */
	public record Cell(Long count) {

		public boolean hidden() {
			return count == null;
		}
	}

	public record Stats(String scope, List<String> months, Map<SignalCategory, Map<String, Cell>> byCategoryMonth, Cell total, Cell triaged,
			Cell triagedInTime, Cell referred, Map<Outcome, Cell> outcomes, boolean suppressed) {
	}

	/** Statistics of one project, for the corporation's staff and the project's chain partners. */
	@Transactional(readOnly = true)
	public Stats project(CurrentUser user, UUID projectId) {
		ProjectAccess access = projects.access(user, projectId);
		boolean exact = SignalRoles.socialTeam(user, access.project().corporationId());
		return compute("s.project_id = :scope", projectId, exact, access.project().name());
	}

	/** Statistics of all projects of the user's corporation, for its staff. */
	@Transactional(readOnly = true)
	public Stats corporation(CurrentUser user) {
		if (!user.isCorporationStaff()) {
			throw new Refused("signal.stats.refused");
		}
		return compute("s.corporation_id = :scope", user.organisationId(), SignalRoles.socialTeam(user, user.organisationId()),
				user.organisationName());
	}

	private Stats compute(String where, UUID scope, boolean exact, String scopeName) {
		OffsetDateTime since = OffsetDateTime.now(clock).minusMonths(11).withDayOfMonth(1).toLocalDate().atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
		List<String> months = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			months.add(OffsetDateTime.now(clock).minusMonths(i).toString().substring(0, 7));
		}
		Map<SignalCategory, Map<String, Cell>> grid = new LinkedHashMap<>();
		for (SignalCategory category : SignalCategory.values()) {
			Map<String, Cell> row = new LinkedHashMap<>();
			months.forEach(m -> row.put(m, cell(0, exact)));
			grid.put(category, row);
		}
		jdbc.sql("""
				select c.category, to_char(s.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, count(*) as n
				from signal s cross join lateral unnest(string_to_array(s.categories, ',')) as c(category)
				where """ + " " + where + " and s.created_at >= :since group by 1, 2")
			.param("scope", scope)
			.param("since", since)
			.query((rs, n) -> {
				Map<String, Cell> row = grid.get(SignalCategory.valueOf(rs.getString("category")));
				if (row.containsKey(rs.getString("month"))) {
					row.put(rs.getString("month"), cell(rs.getLong("n"), exact));
				}
				return null;
			})
			.list();
		record Totals(long total, long triaged, long inTime, long referred) {
		}
		Totals totals = jdbc.sql("""
				select count(*) as total, count(s.picked_up_at) as triaged, count(*) filter (where s.picked_up_at <= s.due_at) as in_time,
				       count(*) filter (where exists (select 1 from referral r where r.signal_id = s.id)) as referred
				from signal s where """ + " " + where)
			.param("scope", scope)
			.query(Totals.class)
			.single();
		Map<Outcome, Cell> outcomes = new LinkedHashMap<>();
		for (Outcome outcome : Outcome.values()) {
			outcomes.put(outcome, cell(0, exact));
		}
		jdbc.sql("select s.outcome, count(*) as n from signal s where " + where + " and s.outcome is not null group by 1")
			.param("scope", scope)
			.query((rs, n) -> outcomes.put(Outcome.valueOf(rs.getString("outcome")), cell(rs.getLong("n"), exact)))
			.list();
		return new Stats(scopeName, months, grid, cell(totals.total(), exact), cell(totals.triaged(), exact), cell(totals.inTime(), exact),
				cell(totals.referred(), exact), outcomes, !exact);
	}

	/** Zero is shown (it reveals nobody); 1 to 4 is hidden outside the social team. */
	static Cell cell(long count, boolean exact) {
		return exact || count == 0 || count >= MIN_CELL ? new Cell(count) : new Cell(null);
	}
}
