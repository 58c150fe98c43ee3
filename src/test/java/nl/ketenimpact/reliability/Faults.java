package nl.ketenimpact.reliability;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.ketenimpact.reliability.World.Corporation;
import nl.ketenimpact.reliability.World.Kind;

/**
 * Writes under faults: PostgreSQL stopped and started under 20 writing clients, and the application killed with
 * SIGKILL during an import and during a burst of signal intake. Every acknowledged write must be in the database
 * afterwards; every failure a 503 problem+json with Retry-After.
 */
final class Faults {

	/** One write and its answer; {@code key} names what it wrote (an id, or placement and week with the hours sent). */
	record Write(String kind, long startedNanos, long answeredNanos, int status, boolean problem, String retryAfter, String key, String value) {
	}

	private final World world;

	private final Connection db;

	Faults(World world, Connection db) {
		this.world = world;
		this.db = db;
	}

	// --- writing clients ------------------------------------------------------------------------------------

	/** Runs {@code clients} writers until stopped; each keeps what it was answered. */
	final class Writers implements AutoCloseable {

		final List<Write> writes = Collections.synchronizedList(new ArrayList<>());

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ExecutorService pool;

		Writers(String base, int clients, long thinkMillis) throws Exception {
			pool = Executors.newFixedThreadPool(clients);
			String project = world.ids.get(Corporation.KETEN).get(Kind.PROJECT);
			String dwelling = world.ids.get(Corporation.KETEN).get(Kind.DWELLING);
			List<String[]> hourKeys = hourKeys();
			for (int i = 0; i < clients; i++) {
				int client = i;
				// Each hours client has a placement and week of its own, so its writes to it are in order; without one it writes contributions.
				String[] placementWeek = client % 3 == 2 && client / 3 < hourKeys.size() ? hourKeys.get(client / 3) : null;
				pool.submit(() -> {
					Client http = new Client(base);
					int n = 0;
					while (running.get()) {
						n++;
						int kind = client % 3;
						long start = System.nanoTime();
						Client.Reply reply;
						String key = null;
						String value = null;
						String name;
						if (kind == 0) {
							name = "signal";
							reply = http.call("POST", "/api/v1/projects/" + project + "/signals", world.token("FIELD_WORKER"), """
									{"dwellingId":"%s","categories":["OTHER"],"urgency":"NORMAL","observation":"Storingsproef %d-%d"}""".formatted(dwelling, client, n));
						}
						else if (placementWeek == null) {
							name = "contribution";
							reply = http.call("POST", "/api/v1/projects/" + project + "/contributions", world.token("PARTNER_LEAD"), """
									{"kind":"PURCHASE","supplier":"Storingsproef %d-%d","amountEur":%d,"register":false,"startDate":"%s"}"""
								.formatted(client, n, 100 + n, LocalDate.now()));
						}
						else {
							name = "hours";
							value = String.valueOf(n % 40 + 1);
							key = placementWeek[0] + "/" + placementWeek[1];
							reply = http.call("POST", "/api/v1/placements/" + placementWeek[0] + "/hours", world.token("PARTNER_LEAD"),
									"{\"weekStart\":\"" + placementWeek[1] + "\",\"hours\":" + value + "}");
						}
						if (key == null && reply.ok()) {
							key = reply.json().path("id").asString(null);
						}
						writes.add(new Write(name, start, System.nanoTime(), reply.status(), reply.problem(), reply.header("retry-after"), key, value));
						sleep(thinkMillis);
					}
				});
			}
		}

		/** Placement and week pairs the chain partner may record hours for, one per hours client (a client's writes to one key are in order). */
		private List<String[]> hourKeys() throws Exception {
			List<String[]> keys = new ArrayList<>();
			String partner = world.ids.get(Corporation.KETEN).get(Kind.PARTNER);
			LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
			try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
					"select id, start_date from placement where offered_by = '" + partner + "' and outcome is null and end_date >= current_date order by id")) {
				while (rows.next() && keys.size() < 7) {
					LocalDate start = rows.getDate(2).toLocalDate();
					for (int back = 0; back < 8 && keys.size() < 7; back++) {
						LocalDate week = monday.minusWeeks(back);
						if (!week.isBefore(start.minusDays(6))) {
							keys.add(new String[] { rows.getString(1), week.toString() });
						}
					}
				}
			}
			return keys;
		}

		@Override
		public void close() throws InterruptedException {
			running.set(false);
			pool.shutdown();
			pool.awaitTermination(60, TimeUnit.SECONDS);
		}
	}

	/** Acknowledged writes that are not in the database. */
	List<String> missing(List<Write> writes) throws Exception {
		List<String> missing = new ArrayList<>();
		Map<String, List<Write>> hours = new TreeMap<>();
		for (Write write : writes) {
			if (write.kind().equals("hours")) {
				hours.computeIfAbsent(write.key(), k -> new ArrayList<>()).add(write);
				continue;
			}
			if (write.status() >= 200 && write.status() < 300) {
				String table = write.kind().equals("signal") ? "signal" : "contribution";
				if (write.key() == null || !exists("select 1 from " + table + " where id = '" + write.key() + "'")) {
					missing.add(write.kind() + " " + write.key() + " answered " + write.status() + " but not in the database");
				}
			}
		}
		// Hours per placement and week: the stored value is the last acknowledged one, or one sent after it whose answer was lost.
		for (var entry : hours.entrySet()) {
			List<Write> sent = entry.getValue();
			int lastAcked = -1;
			for (int i = 0; i < sent.size(); i++) {
				if (sent.get(i).status() >= 200 && sent.get(i).status() < 300) {
					lastAcked = i;
				}
			}
			if (lastAcked < 0) {
				continue;
			}
			Set<String> possible = new java.util.HashSet<>();
			for (int i = lastAcked; i < sent.size(); i++) {
				possible.add(sent.get(i).value());
			}
			String[] key = entry.getKey().split("/");
			String stored = one("select hours::int::text from placement_hours where placement_id = '" + key[0] + "' and week_start = '" + key[1] + "'");
			if (stored == null || !possible.contains(stored)) {
				missing.add("hours for " + entry.getKey() + ": stored " + stored + ", last acknowledged " + sent.get(lastAcked).value());
			}
		}
		return missing;
	}

	boolean exists(String sql) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			return rows.next();
		}
	}

	String one(String sql) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Polls until the import is in one of the states, or the deadline passes; returns the last answer. */
	static Client.Reply awaitImport(Client client, String token, String id, Set<String> states, long seconds) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Client.Reply reply = client.get("/api/v1/imports/" + id, token);
		while (System.nanoTime() < deadline) {
			reply = client.get("/api/v1/imports/" + id, token);
			if (reply.ok() && states.contains(reply.json().path("status").asString())) {
				return reply;
			}
			sleep(250);
		}
		return reply;
	}

	static byte[] csv(int rows, int first) {
		return Samples.csv(rows, first).getBytes(StandardCharsets.UTF_8);
	}

	static HttpRequest.Builder importRequest(Client client, String project, String token, byte[] file) {
		return client.request("POST", "/api/v1/projects/" + project + "/dwellings/import", token, "text/csv", file);
	}

	static Map<String, Integer> byStatus(List<Write> writes) {
		Map<String, Integer> counts = new TreeMap<>();
		for (Write write : writes) {
			counts.merge(write.kind() + " " + write.status(), 1, Integer::sum);
		}
		return counts;
	}
}
