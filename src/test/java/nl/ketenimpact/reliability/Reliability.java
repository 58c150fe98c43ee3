package nl.ketenimpact.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				String key = args[i].substring(2);
				boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
				options.put(key, flag ? "true" : args[++i]);
			}
		}
		Reliability suite = new Reliability(options);
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
		World world;
		try (Connection db = postgres.connect(database)) {
			world = new World(client, db);
			world.build();
		}
		ApiDescription api = new ApiDescription(client.get("/v3/api-docs", null).body());
		if (only.contains("matrix")) {
			matrix(client, world, api);
		}
		if (only.contains("fuzz")) {
			fuzz(client, world, api);
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
		int limit = smoke ? 1_500 : 12_000;
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
		figures.put("refused while a scheduled job changed tables (not judged)", String.valueOf(fuzzer.jobInterference));
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
