package nl.ketenimpact.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reliability and security suite (issue 17): starts the application jar against an external PostgreSQL (the
 * one {@code .ci/run} started, or one of its own), tries to break it in each scenario, and writes what it tried, what it
 * found and the figures to {@code docs/reliability.md} (smoke: {@code target/reliability-smoke.md}). Loopback only;
 * every loop is bounded in count and time. Exits non-zero when a target is missed.
 *
 * Usage: Reliability --jar target/ketenimpact-….jar [--smoke] [--out FILE] [--only matrix,fuzz,…] [--learn]
 * [--pgdata DIR --pgport N --pgpassword P] [--command "what produced it"]
 */
public final class Reliability {

	/** One scenario's lines in the report. */
	record Section(String title, String tried, List<String> found, Map<String, String> figures, boolean met) {
	}

	final Map<String, String> options;

	final boolean smoke;

	final Path work;

	final List<Section> sections = new ArrayList<>();

	Postgres postgres;

	final String database = "reliability";

	App app;

	private Reliability(Map<String, String> options) {
		this.options = options;
		this.smoke = options.containsKey("smoke");
		this.work = Path.of(options.getOrDefault("work", "target/reliability")).toAbsolutePath();
	}

	public static void main(String[] args) throws Exception {
		Reliability suite = new Reliability(nl.ketenimpact.bench.Bench.options(args));
		boolean met;
		try {
			met = suite.run();
		}
		finally {
			suite.shutdown();
		}
		System.exit(met ? 0 : 1);
	}

	private boolean run() throws Exception {
		long start = System.nanoTime();
		Postgres.deleteRecursively(work);
		Files.createDirectories(work);
		if (options.containsKey("pgdata")) {
			postgres = Postgres.given(Path.of(options.get("pgdata")), Integer.parseInt(options.get("pgport")), options.getOrDefault("pgpassword", "postgres"));
		}
		else {
			postgres = Postgres.own(Path.of("/tmp/ketenimpact-reliability-pg"), App.freePort());
		}
		postgres.recreate(database);
		app = newApp("app-a", List.of());
		app.start();

		String only = options.getOrDefault("only", "matrix,fuzz,files,load,outage,crash,instances,scanners");
		Client client = new Client(app.base());
		World world = new World(client, () -> postgres.connect(database));
		world.build();
		ApiDescription api = new ApiDescription(client.get("/v3/api-docs", null).body());
		if (only.contains("matrix")) {
			matrix(client, world, api);
		}
		if (only.contains("fuzz")) {
			fuzz(client, world, api);
		}
		if (only.contains("files")) {
			files(world);
		}
		if (only.contains("load")) {
			load(world);
		}
		if (only.contains("outage")) {
			outage(world);
		}
		if (only.contains("crash")) {
			crash(world);
		}
		if (only.contains("instances")) {
			instances(world);
		}
		if (only.contains("scanners")) {
			scanners(world, api);
		}
		write(Duration.ofNanos(System.nanoTime() - start));
		return sections.stream().allMatch(Section::met);
	}

	App newApp(String name, List<String> extra) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--ketenimpact.api.rate-limit-per-minute=1000000"));
		arguments.addAll(extra);
		return new App(name, options.getOrDefault("jar", "target/ketenimpact-0.1.0-SNAPSHOT.jar"), postgres.url(database), postgres.password, work,
				arguments);
	}

	private void shutdown() throws Exception {
		if (app != null) {
			app.stop();
		}
		if (postgres != null && !options.containsKey("pgdata")) {
			postgres.stop();
		}
	}

	// --- 1. the authorisation matrix ----------------------------------------------------------------------

	private void matrix(Client client, World world, ApiDescription api) throws java.io.IOException {
		AuthorisationMatrix matrix = new AuthorisationMatrix(client, world, api);
		List<String> drift = AuthorisationMatrix.drift(api);
		matrix.run();
		if (options.containsKey("learn")) {
			matrix.observed.forEach((op, who) -> System.out.println("LEARN " + op + " " + String.join(" ", who)));
			world.notes.forEach(n -> System.out.println("NOTE " + n));
		}
		List<String> lines = matrix.calls.stream().map(c -> c.verdict() + " " + c.status() + " " + c.operation() + " " + c.principal() + " "
				+ c.scope() + " " + c.detail()).toList();
		Files.write(work.resolve("matrix-calls.txt"), lines);
		List<String> found = new ArrayList<>(drift);
		for (AuthorisationMatrix.Call call : matrix.failures()) {
			found.add(call.verdict() + ": " + call.operation() + " as " + call.principal() + " on " + call.scope() + " id → " + call.status() + " "
					+ call.detail());
		}
		found.addAll(world.notes.stream().map(n -> "setup: " + n).toList());
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("operations in /v3/api-docs", String.valueOf(api.operations.size()));
		figures.put("principals", world.principals.size() + " (" + String.join(", ", world.principals.keySet()) + ")");
		figures.put("calls", String.valueOf(matrix.calls.size()));
		matrix.verdicts().forEach((verdict, count) -> figures.put(verdict, String.valueOf(count)));
		long leaks = matrix.calls.stream().filter(c -> c.verdict().equals("LEAK")).count();
		figures.put("leaks", String.valueOf(leaks));
		sections.add(new Section("Authorisation matrix from the API description",
				"Every operation of /v3/api-docs × every principal × an id of their own corporation and of the other (and for a resident, another household's);"
						+ " writes with a valid body; the expected refusals from the table in AuthorisationMatrix.",
				found, figures, drift.isEmpty() && matrix.failures().isEmpty()));
	}

	// --- 2. fuzzing from the API description ------------------------------------------------------------------

	private void fuzz(Client client, World world, ApiDescription api) throws Exception {
		int limit = smoke ? 1_000 : 10_500;
		long began = System.nanoTime();
		Fuzzer fuzzer;
		try (Connection db = postgres.connect(database)) {
			fuzzer = new Fuzzer(client, world, api, new Snapshot(db));
			fuzzer.run(limit, 17);
		}
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("requests generated / sent", fuzzer.total + " / " + fuzzer.sent);
		figures.put("refused (4xx), each followed by a snapshot of every table", String.valueOf(fuzzer.refused));
		figures.put("answers by status", fuzzer.statuses.toString());
		figures.put("refused while a scheduled job or a late listener changed tables (not judged)", String.valueOf(fuzzer.jobInterference));
		figures.put("slowest answer", fuzzer.slowestMillis + " ms (hung: over " + Client.HUNG.toSeconds() + " s)");
		figures.put("took", (System.nanoTime() - began) / 1_000_000_000 + " s");
		List<String> found = fuzzer.findings.stream().map(f -> f.what() + ": " + f.request() + " → " + f.status() + " " + f.detail()).toList();
		Files.write(work.resolve("fuzz-findings.txt"), found);
		figures.put("findings", String.valueOf(found.size()));
		sections.add(new Section("Fuzzing from the API description",
				"For every operation its valid request with one thing wrong at a time (each body field: null, empty and 1 MB strings, NUL, Unicode,"
						+ " SQL and HTML, bad dates and ids, huge, tiny, negative and fractional numbers, wrong types and enums; missing required and extra"
						+ " fields), whole bodies that are no JSON (truncated, 5,000 deep, NUL bytes, invalid UTF-8) or of the wrong content type, malformed,"
						+ " unknown and foreign ids and query values, lying and traversing file names; as a caller who may and as one of the other corporation.",
				found, figures, found.isEmpty() && fuzzer.sent >= (smoke ? 1_000 : 10_000)));
	}

	// --- 8. bad files ---------------------------------------------------------------------------------------

	private void files(World world) throws Exception {
		List<String> found = new ArrayList<>();
		Map<String, String> figures = new LinkedHashMap<>();
		BadUploads uploads = new BadUploads(app.port);
		String lead = world.token("PROJECT_LEAD");
		String partner = world.token("PARTNER_LEAD");
		String project = world.ids.get(World.Corporation.KETEN).get(World.Kind.PROJECT);
		String contribution = world.ids.get(World.Corporation.KETEN).get(World.Kind.CONTRIBUTION);
		String importPath = "/api/v1/projects/" + project + "/dwellings/import?dryRun=true";
		long rssBefore = BadUploads.rss(app.pid());
		String[] counted = { "import_job", "import_chunk", "evidence", "evidence_content", "dwelling" };
		Map<String, String> before = counts(counted);

		// A 2 GB import stream cut off after part of it, three times.
		for (int i = 0; i < 3; i++) {
			BadUploads.Answer cut = uploads.send(importPath, lead, "text/csv", 2L << 30, smoke ? 20L << 20 : 100L << 20, true);
			figures.put("2 GB import upload, cut off (" + (i + 1) + ")", cut.head() + " in " + cut.millis() + " ms");
		}
		Client client = new Client(app.base());
		Client.Reply alive = client.get("/actuator/health", null);
		if (alive.status() != 200) {
			found.add("health after the cut-off uploads: " + alive.status());
		}
		// A Content-Length far beyond the limit: refused before the body is read.
		BadUploads.Answer lying = uploads.send("/api/v1/contributions/" + contribution + "/evidence", partner, "multipart/form-data; boundary=b", 2L << 30,
				1L << 20, false);
		figures.put("evidence upload claiming 2 GB", "answered " + lying.status() + " in " + lying.millis() + " ms");
		if (lying.status() != 400 && lying.status() != 413 || !lying.head().contains("application/problem+json")) {
			found.add("an upload claiming 2 GB answered " + lying.status() + ": " + World.abbreviate(lying.head()));
		}
		BadUploads.Answer lyingImport = uploads.send(importPath, lead, "text/csv", 2L << 30, 70L << 20, false);
		figures.put("import claiming 2 GB, 70 MB sent", "answered " + lyingImport.status() + " in " + lyingImport.millis() + " ms");
		if (lyingImport.status() != 400 && lyingImport.status() != 413) {
			found.add("an import claiming 2 GB with 70 MB sent answered " + lyingImport.status() + ": " + World.abbreviate(lyingImport.head()));
		}
		// A real ZIP bomb named .csv, as the import's body.
		byte[] bomb = BadUploads.zipBomb(smoke ? 200 : 1_000);
		BadUploads.Answer zip = uploads.upload(importPath, lead, "text/csv", bomb);
		figures.put("ZIP bomb (" + (smoke ? 200 : 1_000) + " MB of zeros in " + bomb.length / 1024 + " KB) as a CSV import", "answered " + zip.status() + " in "
				+ zip.millis() + " ms");
		if (zip.status() != 400 || !zip.head().contains("application/problem+json")) {
			found.add("a ZIP bomb named .csv answered " + zip.status() + ": " + World.abbreviate(zip.head()));
		}
		long rssAfter = BadUploads.rss(app.pid());
		figures.put("resident memory of the application", rssBefore / (1 << 20) + " MB before, " + rssAfter / (1 << 20) + " MB after");
		if (rssAfter > 1024L << 20) {
			found.add("memory grew to " + rssAfter / (1 << 20) + " MB");
		}
		Map<String, String> after = counts(counted);
		figures.put("rows of import_job, import_chunk, evidence, evidence_content, dwelling", before.values() + " before, " + after.values() + " after");
		if (!before.equals(after)) {
			found.add("refused uploads left rows behind: " + before + " → " + after);
		}
		// A CSV with a million columns in one row, and VERA JSON nested 10,000 deep.
		StringBuilder wide = new StringBuilder("code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\n");
		wide.append("x;".repeat(1_000_000)).append('\n');
		BadUploads.Answer columns = uploads.upload(importPath, lead, "text/csv", wide.toString().getBytes(StandardCharsets.UTF_8));
		BadUploads.Answer nested = uploads.upload(importPath, lead, "application/json",
				("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
		figures.put("a row of a million columns (previewed as 1 invalid row) / VERA JSON nested 10,000 deep", columns.status() + " / " + nested.status());
		// The wide row is read in bounded memory and previewed as the one invalid row it is (a preview is kept, nothing imported).
		boolean previewed = columns.status() == 200 && columns.head().contains("\"invalidCount\":1") && columns.head().contains("\"newRows\":0");
		if (!previewed || nested.status() != 400) {
			found.add("a million columns answered " + columns.status() + ", JSON 10,000 deep " + nested.status());
		}
		sections.add(new Section("Bad files", "Uploads that never end, lie about their length, or are built to exhaust the reader, over a raw socket;"
				+ " the PDF with JavaScript and the HTML named .pdf are among the fuzzer's requests (and BadFilesTests in the build).",
				found, figures, found.isEmpty()));
	}

	private Map<String, String> counts(String... tables) throws Exception {
		Map<String, String> counts = new LinkedHashMap<>();
		try (Connection db = postgres.connect(database); Statement statement = db.createStatement()) {
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					counts.put(table, rows.getString(1));
				}
			}
		}
		return counts;
	}

	// --- 6. load -------------------------------------------------------------------------------------------

	private void load(World world) throws Exception {
		long seconds = smoke ? 15 : 120;
		LoadRun load = new LoadRun(app.base(), world);
		load.run(seconds, world.token("ADMIN"));
		List<String> found = new ArrayList<>(load.dropped.stream().map(d -> "page not reachable for the role, left out: " + d).toList());
		Map<String, String> figures = new LinkedHashMap<>();
		int users = load.roles().stream().mapToInt(LoadRun.Role::users).sum();
		long errors = load.samples.stream().filter(s -> s.status() != 200).count();
		figures.put("simulated people", users + " (" + String.join(", ", load.roles().stream().map(r -> r.users() + " " + r.name()).toList())
				+ "), 0.5–2 s think time, " + seconds + " s");
		figures.put("page views", load.samples.size() + " (" + String.format(java.util.Locale.ROOT, "%.1f", load.samples.size() / (double) seconds)
				+ " a second); errors: " + errors);
		figures.put("database pool (Prometheus, sampled every 2 s)", "at most " + load.poolActiveMax.get() + " connections active, " + load.poolPendingMax.get()
				+ " requests waiting for one");
		StringBuilder table = new StringBuilder("\n\n  | Page | Views | Errors | p50 ms | p95 ms | p99 ms |\n  |---|---|---|---|---|---|\n");
		load.perPage().forEach((page, v) -> table.append("  | `").append(page).append("` | ").append(v[0]).append(" | ").append(v[1]).append(" | ")
			.append(v[2]).append(" | ").append(v[3]).append(" | ").append(v[4]).append(" |\n"));
		figures.put("per page", table.toString());
		if (errors > 0) {
			found.add(errors + " page views did not answer 200");
		}
		sections.add(new Section("Load", "Simulated people of mixed roles, each signed in, reading the pages of their day with think times.", found, figures,
				errors == 0 && load.dropped.isEmpty()));
	}

	// --- 3. PostgreSQL goes away ------------------------------------------------------------------------------

	private void outage(World world) throws Exception {
		int downSeconds = 10;
		List<String> found = new ArrayList<>();
		Map<String, String> figures = new LinkedHashMap<>();
		long pid = app.pid();
		record Poll(long atNanos, int status, long millis, boolean down) {
		}
		List<Poll> polls = java.util.Collections.synchronizedList(new ArrayList<>());
		AtomicBooleanHolder polling = new AtomicBooleanHolder();
		Thread poller = new Thread(() -> {
			Client health = new Client(app.base());
			while (polling.on) {
				Client.Reply reply = health.get("/actuator/health", null);
				polls.add(new Poll(System.nanoTime(), reply.status(), reply.millis(), reply.body().contains("DOWN")));
				Faults.sleep(250);
			}
		});
		long stoppedAt;
		long startedAt;
		List<Faults.Write> writes;
		try (Connection db = postgres.connect(database)) {
			Faults faults = new Faults(world, db);
			Faults.Writers writers = faults.new Writers(app.base(), 20, 100);
			try (writers) {
				poller.start();
				Thread.sleep(smoke ? 4_000 : 8_000);
				stoppedAt = System.nanoTime();
				postgres.stop();
				Thread.sleep(downSeconds * 1_000L);
				postgres.start();
				startedAt = System.nanoTime();
				Thread.sleep(smoke ? 12_000 : 20_000);
			}
			// Taken once every writer has stopped: a write still in flight when the list was copied would be stored but not known.
			writes = new ArrayList<>(writers.writes);
			polling.on = false;
			poller.join();
			Thread.sleep(1_000);
			try (Connection fresh = postgres.connect(database)) {
				found.addAll(new Faults(world, fresh).missing(writes));
			}
		}
		long firstOkAfter = writes.stream().filter(w -> w.startedNanos() >= startedAt && w.status() >= 200 && w.status() < 300)
			.mapToLong(Faults.Write::answeredNanos).min().orElse(Long.MAX_VALUE);
		double recovery = firstOkAfter == Long.MAX_VALUE ? Double.NaN : (firstOkAfter - startedAt) / 1e9;
		List<Faults.Write> failures = writes.stream().filter(w -> w.status() < 200 || w.status() >= 300).toList();
		for (Faults.Write failure : failures) {
			if (failure.status() != 503 || !failure.problem() || failure.retryAfter().isEmpty()) {
				found.add(failure.kind() + " answered " + failure.status() + (failure.problem() ? "" : " without problem+json")
						+ (failure.retryAfter().isEmpty() ? " without Retry-After" : ""));
			}
		}
		List<Poll> during = polls.stream().filter(p -> p.atNanos() > stoppedAt + 1_500_000_000L && p.atNanos() < startedAt).toList();
		long downPolls = during.stream().filter(p -> p.status() == 503 && p.down()).count();
		long slowestHealth = during.stream().mapToLong(Poll::millis).max().orElse(0);
		if (during.isEmpty() || downPolls != during.size()) {
			found.add("health said DOWN in " + downPolls + " of " + during.size() + " polls while PostgreSQL was stopped");
		}
		if (slowestHealth > 2_000) {
			found.add("health took " + slowestHealth + " ms to answer while PostgreSQL was stopped");
		}
		if (!(recovery <= 10)) {
			found.add("first acknowledged write " + recovery + " s after PostgreSQL was back (target ≤ 10 s)");
		}
		if (!app.alive() || app.pid() != pid) {
			found.add("the application process did not survive");
		}
		figures.put("clients", "20 (signals, contributions, hours), 100 ms between requests");
		figures.put("PostgreSQL stopped (immediate) for", downSeconds + " s");
		figures.put("writes", writes.size() + " " + Faults.byStatus(writes));
		figures.put("failures that were 503 problem+json with Retry-After", failures.stream()
			.filter(f -> f.status() == 503 && f.problem() && !f.retryAfter().isEmpty()).count() + " of " + failures.size());
		figures.put("slowest failure", failures.stream().mapToLong(w -> (w.answeredNanos() - w.startedNanos()) / 1_000_000).max().orElse(0) + " ms");
		figures.put("health while stopped", downPolls + " of " + during.size() + " polls DOWN (503), slowest " + slowestHealth + " ms");
		figures.put("first acknowledged write after PostgreSQL was back", String.format(java.util.Locale.ROOT, "%.1f s", recovery));
		figures.put("acknowledged writes missing afterwards", String.valueOf(found.stream().filter(f -> f.contains("not in the database") || f.contains("stored")).count()));
		figures.put("application restarted", app.alive() && app.pid() == pid ? "no (same process)" : "yes");
		sections.add(new Section("PostgreSQL goes away", "20 clients write signals, contributions and hour records against the external PostgreSQL while it is stopped"
				+ " (pg_ctl -m immediate) for " + downSeconds + " s and started again; /actuator/health is polled every 250 ms; afterwards every acknowledged"
				+ " id is looked up.", found, figures, found.isEmpty()));
	}

	/** A flag the poller thread reads. */
	static final class AtomicBooleanHolder {
		volatile boolean on = true;
	}

	// --- 4. the app dies ------------------------------------------------------------------------------------

	private void crash(World world) throws Exception {
		List<String> found = new ArrayList<>();
		Map<String, String> figures = new LinkedHashMap<>();
		Client client = new Client(app.base());
		String lead = world.token("PROJECT_LEAD");
		// (a) During an import (the full run: a minute passes before the dead run shows as interrupted): a project of its own,
		// a file large enough to be killed in the middle of.
		int rows = 60_000;
		if (!smoke) {
		Client.Reply project = client.call("POST", "/api/v1/projects", lead,
				"{\"name\":\"Crashproef " + System.currentTimeMillis() + "\",\"municipality\":\"Utrecht\",\"projectType\":\"REB\"}");
		String projectId = project.json().path("id").asString();
		byte[] file = Faults.csv(rows, 100_000);
		Client.Reply started = client.send(Faults.importRequest(client, projectId, lead, file));
		String importId = started.json().path("id").asString();
		long deadline = System.nanoTime() + 60_000_000_000L;
		int processedAtKill = 0;
		while (System.nanoTime() < deadline) {
			Client.Reply status = client.get("/api/v1/imports/" + importId, lead);
			processedAtKill = status.json().path("processedRows").asInt();
			if (processedAtKill > 0 || !"RUNNING".equals(status.json().path("status").asString())) {
				break;
			}
			Faults.sleep(50);
		}
		app.kill();
		long killedAt = System.nanoTime();
		double restart = app.start();
		Client.Reply interrupted = Faults.awaitImport(client, lead, importId, Set.of("INTERRUPTED", "DONE", "FAILED"), 90);
		String seen = interrupted.json().path("status").asString();
		double interruptedAfter = (System.nanoTime() - killedAt) / 1e9;
		if (!seen.equals("DONE")) {
			Client.Reply again = client.call("POST", "/api/v1/imports/" + importId + "/start", lead, null);
			if (again.status() != 202) {
				found.add("starting the interrupted import again answered " + again.status());
			}
		}
		Client.Reply done = Faults.awaitImport(client, lead, importId, Set.of("DONE", "FAILED"), 180);
		long dwellings;
		long distinctCodes;
		try (Connection db = postgres.connect(database); Statement statement = db.createStatement();
				ResultSet counts = statement.executeQuery("select count(*), count(distinct code) from dwelling where project_id = '" + projectId + "'")) {
			counts.next();
			dwellings = counts.getLong(1);
			distinctCodes = counts.getLong(2);
		}
		var result = done.json();
		int counted = result.path("newRows").asInt() + result.path("changedRows").asInt() + result.path("unchangedRows").asInt();
		if (!"DONE".equals(result.path("status").asString()) || dwellings != rows || distinctCodes != rows || counted != rows) {
			found.add("import after the kill: " + result.path("status").asString() + ", " + dwellings + " dwellings (" + distinctCodes
					+ " codes), counted " + counted + "; expected " + rows);
		}
		figures.put("import killed at", processedAtKill + " of " + rows + " rows processed (seen " + seen + " " + String.format(java.util.Locale.ROOT,
				"%.0f s", interruptedAfter) + " after the kill; restart took " + String.format(java.util.Locale.ROOT, "%.1f s", restart) + ")");
		figures.put("after starting it again", result.path("status").asString() + ": " + result.path("newRows").asInt() + " new + "
				+ result.path("unchangedRows").asInt() + " unchanged + " + result.path("changedRows").asInt() + " changed; " + dwellings + " dwellings, "
				+ distinctCodes + " distinct codes");
		}

		// (b) During a burst of signal intake: 10 clients as fast as they can, killed after a few seconds.
		List<Faults.Write> writes;
		try (Connection db = postgres.connect(database)) {
			Faults faults = new Faults(world, db);
			Faults.Writers writers = faults.new Writers(app.base(), 10, 0);
			Thread.sleep(3_000);
			app.kill();
			writers.close();
			writes = new ArrayList<>(writers.writes);
			app.start();
			// Events of the last commits are delivered again at the restart (the registry's outstanding publications).
			long settle = System.nanoTime() + 60_000_000_000L;
			String incomplete = "";
			while (System.nanoTime() < settle) {
				incomplete = faults.one("select count(*) from event_publication where completion_date is null");
				if ("0".equals(incomplete)) {
					break;
				}
				Faults.sleep(500);
			}
			found.addAll(faults.missing(writes));
			figures.put("burst writes before the kill", writes.size() + " " + Faults.byStatus(writes));
			figures.put("event publications left incomplete a minute after the restart", incomplete);
			if (!"0".equals(incomplete)) {
				found.add(incomplete + " event publications still incomplete after the restart");
			}
		}
		figures.put("acknowledged writes missing after the restart", String.valueOf(found.stream().filter(f -> f.contains("not in the database")).count()));
		sections.add(new Section("The app dies", "kill -9 of the application " + (smoke ? "" : "during an import of " + rows + " dwellings and ") + "during a burst of signal"
				+ " intake by 10 clients; the application started again" + (smoke ? "" : "; the import started again over the API")
				+ "; every acknowledged signal looked up.",
				found, figures, found.isEmpty()));
	}

	// --- 5. two instances, one PostgreSQL -----------------------------------------------------------------------

	private void instances(World world) throws Exception {
		List<String> found = new ArrayList<>();
		Map<String, String> figures = new LinkedHashMap<>();
		// Two fresh instances whose signal escalation runs every 5 s, so both contend for each period while we watch.
		app.stop();
		List<String> fastJobs = List.of("--ketenimpact.signals.escalation-period=PT5S", "--ketenimpact.signals.escalation-initial-delay=PT2S");
		App b = newApp("app-b", fastJobs);
		App c = newApp("app-c", fastJobs);
		b.start();
		c.start();
		app = b;
		world.moveTo(b.base());
		try (Connection db = postgres.connect(database)) {
			Faults faults = new Faults(world, db);
			Client onB = new Client(b.base());
			Client onC = new Client(c.base());

			// A session made on one instance works on the other.
			Client browserB = new Client(b.base());
			browserB.login("coordinator@demo.nl", "demo", null);
			Client browserC = browserB.sameSessionOn(c.base());
			Client.Reply page = browserC.page("/projects");
			// Signed in there: the page has the sign-out button (a lost session would redirect to the login page).
			boolean sessionShared = page.status() == 200 && page.body().contains("action=\"/logout\"");
			figures.put("session made on B, page on C", page.status() + (sessionShared ? " (signed in)" : ""));
			if (!sessionShared) {
				found.add("a session made on one instance did not work on the other: " + page.status() + " " + page.header("location"));
			}

			// The per-token limit holds across both: 30 a minute, 60 calls alternating.
			Client.Reply limited = onB.call("POST", "/api/v1/tokens", world.token("ADMIN"), "{\"name\":\"limiet\",\"validDays\":1,\"rateLimitPerMinute\":30}");
			String token = "Bearer " + limited.json().path("token").asString();
			int second = java.time.LocalTime.now().getSecond();
			if (second > 45) {
				Thread.sleep((61 - second) * 1_000L);
			}
			int ok = 0;
			int tooMany = 0;
			boolean retryAfter = true;
			for (int i = 0; i < 60; i++) {
				Client.Reply reply = (i % 2 == 0 ? onB : onC).get("/api/v1/me", token);
				if (reply.status() == 200) {
					ok++;
				}
				else if (reply.status() == 429) {
					tooMany++;
					retryAfter &= !reply.header("retry-after").isEmpty();
				}
			}
			figures.put("token limited to 30 a minute, 60 calls alternating B and C", ok + " answered 200, " + tooMany + " answered 429");
			if (ok > 30 || tooMany != 60 - ok || !retryAfter) {
				found.add("rate limit across two instances: " + ok + " allowed of 60 with a limit of 30 (429s with Retry-After: " + retryAfter + ")");
			}

			// A scheduled job runs once per period: an overdue signal is escalated by one instance, once.
			String project = world.ids.get(World.Corporation.KETEN).get(World.Kind.PROJECT);
			Client.Reply signal = onB.call("POST", "/api/v1/projects/" + project + "/signals", world.token("FIELD_WORKER"),
					"{\"categories\":[\"LONELINESS\"],\"urgency\":\"NORMAL\",\"observation\":\"Tweelingproef\"}");
			String signalId = signal.json().path("id").asString();
			String runsBefore = faults.one("select count(*) from job_run where job = 'signal-escalation'");
			try (Statement statement = db.createStatement()) {
				// The moved clock: its deadline passed (waiting out the working days is not an option here).
				statement.executeUpdate("update signal set due_at = now() - interval '1 hour' where id = '" + signalId + "'");
			}
			Thread.sleep(16_000);
			String runs = faults.one("select count(*) - " + runsBefore + " from job_run where job = 'signal-escalation'");
			String notified = faults.one("select count(*) from signal_notification where signal_id = '" + signalId + "'");
			String recipients = faults.one("select count(distinct user_id) from signal_notification where signal_id = '" + signalId + "'");
			String escalatedAt = faults.one("select escalated_at is not null from signal where id = '" + signalId + "'");
			figures.put("escalation (every 5 s on both) in 16 s", runs + " periods claimed in job_run (at most 4 fit); the overdue signal escalated: "
					+ escalatedAt + ", its notifications " + notified + " for " + recipients + " people (one each)");
			if (!notified.equals(recipients) || "0".equals(notified) || !"t".equals(escalatedAt) || Integer.parseInt(runs) > 4) {
				found.add("escalation ran more than once per period or not at all: " + figures.get("escalation (every 5 s on both) in 16 s"));
			}

			// An import started on one instance is followed on the other.
			String lead = world.token("PROJECT_LEAD");
			Client.Reply created = onB.call("POST", "/api/v1/projects", lead,
					"{\"name\":\"Tweelingimport " + System.currentTimeMillis() + "\",\"municipality\":\"Utrecht\",\"projectType\":\"REB\"}");
			String importProject = created.json().path("id").asString();
			Client.Reply started = onB.send(Faults.importRequest(onB, importProject, lead, Faults.csv(3_000, 300_000)));
			String importId = started.json().path("id").asString();
			Client.Reply followed = Faults.awaitImport(onC, lead, importId, Set.of("DONE", "FAILED"), 120);
			figures.put("import started on B, followed on C", followed.json().path("status").asString() + " " + followed.json().path("newRows").asInt()
					+ " new of 3000");
			if (!"DONE".equals(followed.json().path("status").asString()) || followed.json().path("newRows").asInt() != 3_000) {
				found.add("import started on B, seen on C: " + followed.status() + " " + World.abbreviate(followed.body()));
			}

			// A deactivation on one instance stops the user on the other at the next request.
			String partner = world.ids.get(World.Corporation.KETEN).get(World.Kind.PARTNER);
			String userToken = world.invitedToken(world.token("ADMIN"), partner, "wissel@vandam.test", "FIELD_WORKER");
			Client worker = new Client(c.base());
			worker.login("wissel@vandam.test", World.PASSWORD, null);
			int before = worker.page("/").status();
			String userId = faults.one("select id from app_user where username = 'wissel@vandam.test'");
			Client admin = new Client(b.base());
			admin.login("admin@demo.nl", "demo", nl.ketenimpact.TestTotp.DEMO_SECRET);
			admin.form("/admin/users/" + userId, "/admin/users/" + userId + "/active", Map.of("active", "false"));
			Client.Reply pageAfter = worker.page("/");
			Client.Reply apiAfter = onC.get("/api/v1/me", userToken);
			figures.put("deactivated on B, next request on C", "page " + before + " before, " + pageAfter.status() + " " + pageAfter.header("location")
					+ " after; API " + apiAfter.status());
			if (!(pageAfter.status() == 302 && pageAfter.header("location").contains("/login")) || apiAfter.status() != 401) {
				found.add("a user deactivated on B still got in on C: page " + pageAfter.status() + ", API " + apiAfter.status());
			}
		}
		finally {
			c.stop();
		}
		sections.add(new Section("Two instances, one PostgreSQL", "Two application processes on the same database; requests alternate between them.",
				found, figures, found.isEmpty()));
	}

	// --- 7. scanners nobody here wrote -------------------------------------------------------------------

	private void scanners(World world, ApiDescription api) throws Exception {
		// A fresh instance whose sign-in throttle does not slow sqlmap's thousands of wrong passwords down to
		// identical refusals: the scan is meant to reach the SQL behind the form, not the throttle before it.
		app.stop();
		app = newApp("app-scan", List.of("--ketenimpact.security.free-failures=1000000", "--ketenimpact.security.failures-per-address-per-hour=1000000"));
		app.start();
		Scanners scanners = new Scanners(world, api, app.base(), work, smoke);
		List<Scanners.Target> targets = new ArrayList<>();
		targets.add(scanners.loginTarget());
		List<Scanners.Target> operations = scanners.apiTargets();
		if (smoke) {
			// A spread of kinds: path ids, query values, JSON bodies, a multipart form and the CSV import.
			for (int i = 0; i < operations.size(); i += Math.max(1, operations.size() / 6)) {
				targets.add(operations.get(i));
			}
			operations.stream().filter(t -> t.label().contains("/dwellings/import") || t.label().contains("/evidence")).forEach(targets::add);
		}
		else {
			targets.addAll(operations);
		}
		long began = System.nanoTime();
		List<Scanners.SqlmapRun> runs = scanners.sqlmap(targets, Duration.ofSeconds(smoke ? 150 : 300));
		long sqlmapSeconds = (System.nanoTime() - began) / 1_000_000_000;
		List<String> found = new ArrayList<>();
		int parameters = 0;
		Scanners.SqlmapRun slowest = null;
		for (Scanners.SqlmapRun run : runs) {
			parameters += run.parameters();
			run.findings().forEach(f -> found.add("sqlmap, " + run.target() + ": " + f));
			if (slowest == null || run.seconds() > slowest.seconds()) {
				slowest = run;
			}
		}
		List<String> lines = runs.stream().map(r -> r.target() + " | " + r.parameters() + " parameters | " + r.seconds() + " s | exit " + r.exitCode() + " | "
				+ (r.findings().isEmpty() ? "nothing" : String.join("; ", r.findings()))).toList();
		Files.write(work.resolve("sqlmap-summary.txt"), lines);
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("sqlmap " + "1.7 (--level 2 --risk 1 --dbms PostgreSQL, bearer token of a caller who may)", targets.size() + " targets ("
				+ (targets.size() - 1) + " API operations with parameters of " + operations.size() + (smoke ? ", a spread of them" : "") + ", and the login form)");
		figures.put("sqlmap parameters tested / time (two at a time)", parameters + " / " + sqlmapSeconds + " s; slowest target " + slowest.seconds() + " s ("
				+ slowest.target() + ")");
		figures.put("sqlmap injection points / answers 5xx", found.stream().filter(f -> f.contains("injection:")).count() + " / "
				+ found.stream().filter(f -> f.contains("answered 5")).count());

		Client coordinator = new Client(app.base());
		coordinator.login("coordinator@demo.nl", "demo", null);
		Scanners.WapitiRun wapiti = scanners.wapiti(coordinator.sessionCookie(), Duration.ofSeconds(smoke ? 60 : 300));
		figures.put("wapiti 3.0.4 (-m common,-wapp,-ssrf, signed in as a coordinator, behind the TLS proxy)", "exit " + wapiti.exitCode() + " after "
				+ wapiti.seconds() + " s, " + wapiti.urls() + " pages and forms crawled and attacked");
		figures.put("wapiti vulnerabilities (of them kept as they are, below: " + wapiti.judged().size() + ")",
				wapiti.vulnerabilities().values().stream().mapToInt(Integer::intValue).sum() + " "
				+ wapiti.vulnerabilities().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue()).toList());
		figures.put("wapiti anomalies (answers 5xx, timeouts)", wapiti.anomalies().values().stream().mapToInt(Integer::intValue).sum() + " "
				+ wapiti.anomalies().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue()).toList());
		wapiti.findings().forEach(f -> found.add("wapiti: " + f));
		figures.put("reported and kept as it is, with the reason", wapiti.judged().isEmpty() ? "none" : String.join("; ", wapiti.judged()));
		figures.put("reports", "target/reliability/sqlmap/NNN/ (request, log, sqlmap's output), target/reliability/sqlmap-summary.txt,"
				+ " target/reliability/wapiti/report.json and wapiti.log");
		sections.add(new Section("Scanners nobody here wrote: sqlmap and wapiti",
				"sqlmap against every API operation that takes parameters (each path id, query value and body field marked as an injection point; JSON,"
						+ " multipart and the CSV import) with the token of a caller who may use it, and against the login form with a fresh CSRF token per"
						+ " request; wapiti crawling and attacking the signed-in UI (SQL, blind SQL, XSS, stored XSS, file, exec, open redirect, headers,"
						+ " CSP, cookie flags) without its modules that reach the internet.",
				found, figures, found.isEmpty()));
	}

	// --- the report ----------------------------------------------------------------------------------------

	private void write(Duration took) throws Exception {
		Path out = Path.of(options.getOrDefault("out", smoke ? "target/reliability-smoke.md" : "docs/reliability.md"));
		StringBuilder md = new StringBuilder("# Reliability and security\n\n");
		md.append("Written by `").append(options.getOrDefault("command", "reliability/run")).append("` on ")
			.append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE)).append(" in ")
			.append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s (").append(smoke ? "smoke" : "full")
			.append(" run; ").append(Runtime.getRuntime().availableProcessors()).append(" cores). Every figure below comes from that run.\n\n");
		md.append("| Scenario | Target met |\n|---|---|\n");
		for (Section section : sections) {
			md.append("| ").append(section.title()).append(" | ").append(section.met() ? "yes" : "**no**").append(" |\n");
		}
		for (Section section : sections) {
			md.append("\n## ").append(section.title()).append("\n\n").append(section.tried()).append("\n\n");
			section.figures().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
			md.append("\nFound: ").append(section.found().isEmpty() ? "nothing.\n" : "\n\n");
			int shown = 0;
			for (String line : section.found()) {
				if (shown++ == 40) {
					md.append("- … and ").append(section.found().size() - 40).append(" more\n");
					break;
				}
				md.append("- ").append(line).append('\n');
			}
		}
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
		System.out.println(md);
	}
}
