package nl.ketenimpact.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Row count and checksum of every table, in one statement: what a refused request must leave as it was. Left out:
 * what a refused request rightly writes (the sign-in attempts that throttle guessing, the audit of refusals, the
 * rate-limit window, sessions and token use) and the event registry's bookkeeping. The signal rollup and its deltas
 * are taken together, as the figures they sum to (the fold job moves rows between them without changing a figure).
 */
final class Snapshot {

	static final Set<String> VOLATILE = Set.of("spring_session", "spring_session_attributes", "api_rate_window", "api_token", "audit_log",
			"sign_in_attempt", "event_publication", "job_run", "flyway_schema_history");

	/** Rows that background work updates (delivery attempts of the outbox): counted, not summed. */
	static final Set<String> COUNTED = Set.of("mail_outbox");

	/** The signal rollup and its deltas, which the fold job moves between them: compared as the figures they sum to. */
	static final Set<String> SUMMED = Set.of("signal_rollup", "signal_rollup_delta");

	static final String SIGNAL_FIGURES = "signal_rollup_now (rollup and deltas summed)";

	static final String JOBS = "~scheduled job runs";

	/** Event publications (count and how many completed): a listener of an earlier, accepted request may finish late. */
	static final String EVENTS = "~event publications";

	private final Connection db;

	private final String sql;

	Snapshot(Connection db) throws SQLException {
		this.db = db;
		List<String> parts = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet tables = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
			while (tables.next()) {
				String table = tables.getString(1);
				if (!VOLATILE.contains(table) && !SUMMED.contains(table)) {
					String sum = COUNTED.contains(table) ? "0" : "coalesce(sum(hashtextextended(t::text, 0)), 0)";
					parts.add("select '" + table + "', count(*), " + sum + " from " + table + " t");
				}
			}
		}
		parts.add("select '" + SIGNAL_FIGURES + "', count(*), coalesce(sum(hashtextextended(t::text, 0)), 0) from signal_rollup_now t");
		// Whether a scheduled job ran in between (it may rightly change signals): its runs are counted, under a key of their own.
		parts.add("select '" + JOBS + "', count(*), 0 from job_run");
		parts.add("select '" + EVENTS + "', count(*), count(completion_date) from event_publication");
		this.sql = String.join(" union all ", parts);
	}

	Map<String, String> take() throws SQLException {
		Map<String, String> tables = new LinkedHashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				tables.put(rows.getString(1), rows.getLong(2) + ":" + rows.getString(3));
			}
		}
		return tables;
	}

	/**
	 * Whether background work ran in between: a scheduled job, or a listener completing a publication that already
	 * existed (a new publication is the request's own doing and is judged).
	 */
	static boolean backgroundRan(Map<String, String> before, Map<String, String> after) {
		if (!Objects.equals(before.get(JOBS), after.get(JOBS))) {
			return true;
		}
		String[] was = before.get(EVENTS).split(":");
		String[] is = after.get(EVENTS).split(":");
		return was[0].equals(is[0]) && !was[1].equals(is[1]);
	}

	/** Waits (at most the given time) until no event publication is outstanding: after-commit listeners have run. */
	boolean settle(long maxMillis) throws SQLException, InterruptedException {
		long until = System.currentTimeMillis() + maxMillis;
		while (true) {
			try (Statement statement = db.createStatement();
					ResultSet rows = statement.executeQuery("select count(*) from event_publication where completion_date is null")) {
				rows.next();
				if (rows.getLong(1) == 0) {
					return true;
				}
			}
			if (System.currentTimeMillis() > until) {
				return false;
			}
			Thread.sleep(25);
		}
	}

	/** Tables whose count or checksum differ. */
	static List<String> changed(Map<String, String> before, Map<String, String> after) {
		return before.keySet().stream().filter(t -> !t.startsWith("~") && !Objects.equals(before.get(t), after.get(t))).toList();
	}
}
