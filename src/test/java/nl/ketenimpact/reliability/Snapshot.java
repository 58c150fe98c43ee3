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
 * rate-limit window, sessions and token use) and the event registry's bookkeeping.
 */
final class Snapshot {

	static final Set<String> VOLATILE = Set.of("spring_session", "spring_session_attributes", "api_rate_window", "api_token", "audit_log",
			"sign_in_attempt", "event_publication", "job_run", "flyway_schema_history");

	/** Rows that background work updates (delivery attempts of the outbox): counted, not summed. */
	static final Set<String> COUNTED = Set.of("mail_outbox");

	static final String JOBS = "~scheduled job runs";

	private final Connection db;

	private final String sql;

	Snapshot(Connection db) throws SQLException {
		this.db = db;
		List<String> parts = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet tables = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
			while (tables.next()) {
				String table = tables.getString(1);
				if (!VOLATILE.contains(table)) {
					String sum = COUNTED.contains(table) ? "0" : "coalesce(sum(hashtextextended(t::text, 0)), 0)";
					parts.add("select '" + table + "', count(*), " + sum + " from " + table + " t");
				}
			}
		}
		// Whether a scheduled job ran in between (it may rightly change signals): its runs are counted, under a key of their own.
		parts.add("select '" + JOBS + "', count(*), 0 from job_run");
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

	static boolean jobRan(Map<String, String> before, Map<String, String> after) {
		return !Objects.equals(before.get(JOBS), after.get(JOBS));
	}

	/** Tables whose count or checksum differ. */
	static List<String> changed(Map<String, String> before, Map<String, String> after) {
		return before.keySet().stream().filter(t -> !t.equals(JOBS) && !Objects.equals(before.get(t), after.get(t))).toList();
	}
}
