package nl.ketenimpact.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark harness of issue 9: starts the application jar in embedded mode as its own process,
 * fills its database with {@link DataGenerator}, and measures each scenario beside its limit, the engine's
 * own figure for the same work measured in the same run, several times, with median and spread. Writes a
 * Markdown table. The load comes from this process over loopback; the application is a separate JVM.
 *
 * Usage: Bench --jar target/ketenimpact-….jar --out docs/benchmarks.md [--smoke] [--corporations 1] [--dwellings 80000]
 * [--projects 300] [--hours 1000000] [--signals 50000] [--seed ketenimpact] [--command "what produced it"]
 * [--attach http://127.0.0.1:8080 --jdbc jdbc:postgresql://… --pid N] [--only dashboards,pages,intake,import]
 */
public final class Bench {

	record Row(String scenario, String app, String limit, String ratio, String target, Boolean met) {
	}

	private final Map<String, String> options;

	private final boolean smoke;

	private final List<Row> rows = new ArrayList<>();

	private final Path work;

	private Process app;

	private Http http;

	private String jdbcUrl;

	private final AtomicLong maxRss = new AtomicLong();

	private long attachedPid;

	private volatile boolean sampling;

	private Bench(Map<String, String> options) {
		this.options = options;
		this.smoke = options.containsKey("smoke");
		this.work = Path.of(options.getOrDefault("work", "target/bench"));
	}

	public static void main(String[] args) throws Exception {
		Bench bench = new Bench(options(args));
		try {
			bench.run();
		}
		finally {
			bench.stopApp();
		}
	}

	/** {@code --name value} pairs, and {@code --flag} alone as "true" (also the reliability suite's command line). */
	public static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				String key = args[i].substring(2);
				boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
				options.put(key, flag ? "true" : args[++i]);
			}
		}
		return options;
	}

	private int intOption(String name, int smokeValue, int fullValue) {
		return options.containsKey(name) ? Integer.parseInt(options.get(name)) : smoke ? smokeValue : fullValue;
	}

	private void run() throws Exception {
		DataGenerator.Size defaults = smoke ? DataGenerator.Size.smoke() : DataGenerator.Size.defaults();
		DataGenerator.Size size = new DataGenerator.Size(intOption("corporations", defaults.corporations(), defaults.corporations()),
				intOption("dwellings", defaults.dwellings(), defaults.dwellings()), intOption("projects", defaults.projects(), defaults.projects()),
				intOption("hours", defaults.hours(), defaults.hours()), intOption("signals", defaults.signals(), defaults.signals()),
				options.getOrDefault("seed", defaults.seed()));

		if (options.containsKey("attach")) {
			// Against an application that is already running on generated data (for working on one scenario).
			http = new Http(options.get("attach"));
			jdbcUrl = options.get("jdbc");
			attachedPid = Long.parseLong(options.get("pid"));
		}
		else {
			// 1. Startup in embedded mode: first start on an empty data directory (initdb, migrations, demo data), then a restart.
			deleteRecursively(work);
			Files.createDirectories(work);
			int pgPort = freePort();
			double firstStart = startApp(pgPort);
			stopApp();
			double restart = startApp(pgPort);
			Thread.sleep(smoke ? 2_000 : 15_000);
			long idleRss = rss();
			rows.add(new Row("Startup, embedded mode: first start (initdb, migrations, demo data) / restart", fmt("%.1f s", firstStart) + " / "
					+ fmt("%.1f s", restart), "–", "–", "–", null));
			rows.add(new Row("Idle resident memory of the application process (after restart)", mb(idleRss), "–", "–", "≤ 400 MB",
					idleRss <= 400L * 1024 * 1024));

			// 2. Data at the asked size, through the application's schema.
			jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
			long generateStart = System.nanoTime();
			try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
				new DataGenerator(connection, size).generate();
			}
			double generateSeconds = (System.nanoTime() - generateStart) / 1e9;
			rows.add(new Row("Data generation: " + describe(size), fmt("%.0f s", generateSeconds), "–", "–", "minutes, not hours", null));
		}
		startRssSampler();
		String admin = http.login("admin@demo.nl", "demo");
		UUID corporation = uuid("select id from organisation where name = 'Bench Corporatie 1'");
		UUID bigProject = uuid("""
				select p.id from project p join organisation o on o.id = p.corporation_id where o.name = 'Bench Corporatie 1'
				and p.start_date <= make_date(%d, 12, 31) and p.end_date >= make_date(%d, 1, 1)
				order by (select count(*) from dwelling d where d.project_id = p.id) desc, p.id limit 1""".formatted(year(), year()));

		String only = options.getOrDefault("only", "dashboards,pages,intake,import");
		if (only.contains("dashboards")) {
			dashboards(admin, corporation, bigProject);
		}
		if (only.contains("pages")) {
			pages(bigProject);
		}
		if (only.contains("intake")) {
			signalIntake(bigProject);
		}
		if (only.contains("import")) {
			importScenario(corporation);
		}
		sampling = false;
		rows.add(new Row("Resident memory of the application process under the load above (highest sample)", mb(maxRss.get()), "–", "–", "–", null));
		write(size);
	}

	/** The year the dashboards are asked for: the current one, in which the generated projects run. */
	private static int year() {
		return LocalDate.now().getYear();
	}

	// --- the application process -------------------------------------------------------------------------

	private double startApp(int pgPort) throws Exception {
		int port = freePort();
		http = new Http("http://127.0.0.1:" + port);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				options.getOrDefault("jar", "target/ketenimpact-0.1.0-SNAPSHOT.jar"), "--server.port=" + port,
				"--ketenimpact.embedded-db.data-dir=" + work.resolve("pg").toAbsolutePath(), "--ketenimpact.embedded-db.port=" + pgPort,
				// The load client makes more API calls per minute than a person may; the per-token limit would measure itself.
				"--ketenimpact.api.rate-limit-per-minute=100000000"));
		long start = System.nanoTime();
		app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile()).start();
		long deadline = System.nanoTime() + 180_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new IllegalStateException("the application stopped during startup; see " + work.resolve("app.log"));
			}
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(http.base + "/actuator/health/readiness")).build()).statusCode() == 200) {
					return (System.nanoTime() - start) / 1e9;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the application did not become ready in 3 minutes");
	}

	private void stopApp() throws InterruptedException {
		if (app != null && app.isAlive()) {
			app.destroy();
			if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	/** Resident set size of the application JVM (VmRSS), in bytes. */
	private long rss() throws IOException {
		long pid = app != null ? app.pid() : attachedPid;
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		return -1;
	}

	private void startRssSampler() {
		sampling = true;
		Thread sampler = new Thread(() -> {
			while (sampling) {
				try {
					maxRss.accumulateAndGet(rss(), Math::max);
					Thread.sleep(250);
				}
				catch (Exception stopped) {
					return;
				}
			}
		}, "rss");
		sampler.setDaemon(true);
		sampler.start();
	}

	// --- scenarios -------------------------------------------------------------------------------------

	/** Dashboard data (timed inside the application by its Micrometer timer) against the hand-written SQL over JDBC. */
	private void dashboards(String admin, UUID corporation, UUID project) throws Exception {
		String coordinator = http.token("coordinator1@bench.test", DataGenerator.PASSWORD);
		int repetitions = smoke ? 3 : 9;
		record Case(String name, String kind, String path, boolean project, UUID scope) {
		}
		for (Case c : List.of(new Case("Portfolio dashboard data (corporation, one year)", "CORPORATION",
				"/api/v1/organisations/" + corporation + "/impact?year=" + year(), false, corporation),
				new Case("Project dashboard data (largest project, one year)", "PROJECT", "/api/v1/projects/" + project + "/impact?year=" + year(), true,
						project))) {
			List<Double> appMs = new ArrayList<>();
			List<Double> sqlMs = new ArrayList<>();
			String appBody = null;
			String sqlBody = null;
			for (int i = 0; i < repetitions + 1; i++) {
				double before = timerTotal(admin, c.kind());
				HttpResponse<String> response = http.get(c.path(), "Authorization", coordinator);
				if (response.statusCode() != 200) {
					throw new IllegalStateException(c.path() + ": " + response.statusCode() + " " + response.body());
				}
				double took = (timerTotal(admin, c.kind()) - before) * 1000;
				long start = System.nanoTime();
				sqlBody = handSql(c.project(), c.scope());
				double sql = (System.nanoTime() - start) / 1e6;
				if (i > 0) { // the first round warms both up
					appMs.add(took);
					sqlMs.add(sql);
				}
				appBody = response.body();
			}
			checkSameNumbers(c.name(), appBody, sqlBody);
			Stats a = Stats.of(appMs);
			Stats s = Stats.of(sqlMs);
			double ratio = a.median() / s.median();
			rows.add(new Row(c.name(), a.spread("%.1f") + " ms", s.spread("%.1f") + " ms (one hand-written SQL)", fmt("%.2f×", ratio), "≤ 1.3×",
					ratio <= 1.3));
		}
	}

	private double timerTotal(String admin, String kind) throws Exception {
		HttpResponse<String> metric = http.get("/actuator/metrics/ketenimpact.dashboard.data?tag=kind:" + kind, "Cookie", admin);
		if (metric.statusCode() == 404) {
			return 0;
		}
		Matcher total = Pattern.compile("\"statistic\"\\s*:\\s*\"TOTAL_TIME\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.Ee-]+)").matcher(metric.body());
		if (!total.find()) {
			throw new IllegalStateException("no dashboard timer: " + metric.statusCode() + " " + metric.body());
		}
		return Double.parseDouble(total.group(1));
	}

	private String handSql(boolean project, UUID scope) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				PreparedStatement statement = connection.prepareStatement(HandSql.dashboard(project))) {
			int y = year();
			statement.setInt(1, y);
			statement.setInt(2, y);
			statement.setObject(3, scope);
			statement.setString(4, String.valueOf(y));
			statement.setInt(5, y);
			statement.setInt(6, y);
			statement.setInt(7, y);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	/** The two sides must agree on the figures they both state, or the comparison means nothing. */
	private static void checkSameNumbers(String scenario, String app, String sql) {
		for (String[] pair : new String[][] { { "internships", "internships" }, { "placementHours", "placementHours" },
				{ "signalsRaised", "signalsRaised" } }) {
			Matcher a = Pattern.compile("\"kpis\"\\s*:\\s*\\{[^}]*\"" + pair[0] + "\"\\s*:\\s*([0-9.]+)").matcher(app);
			Matcher s = Pattern.compile("\"totals\"\\s*:\\s*\\{[^}]*\"" + pair[1] + "\"\\s*:\\s*([0-9.]+)").matcher(sql);
			String appValue = a.find() ? a.group(1) : "0";
			String sqlValue = s.find() ? s.group(1) : "0";
			if (new java.math.BigDecimal(appValue).compareTo(new java.math.BigDecimal(sqlValue)) != 0) {
				throw new IllegalStateException(scenario + ": the application says " + pair[0] + " = " + appValue + ", the SQL " + sqlValue);
			}
		}
	}

	/** Requests per second of an authenticated page and the signal list against the trivial endpoint, at 1, 8 and 32 clients. */
	private void pages(UUID project) throws Exception {
		String coordinator = http.login("coordinator1@bench.test", DataGenerator.PASSWORD);
		String socialWorker = http.login("wijk1@bench.test", DataGenerator.PASSWORD);
		record Page(String name, String path, String cookie) {
		}
		List<Page> pages = List.of(new Page("Project page (signed in, largest project)", "/projects/" + project, coordinator),
				new Page("Signal list (social worker's queue)", "/signals", socialWorker));
		for (Page page : pages) {
			HttpResponse<String> first = http.get(page.path(), "Cookie", page.cookie());
			if (first.statusCode() != 200) {
				throw new IllegalStateException(page.path() + ": " + first.statusCode());
			}
		}
		// The JIT needs far longer than one measurement's warm-up to settle (the trivial endpoint goes from about 1,500 to
		// 4,000 req/s in the first minute); measure the server as it runs after a while, not as it starts.
		for (String[] warm : new String[][] { { "/actuator/health/liveness", coordinator }, { pages.get(0).path(), pages.get(0).cookie() },
				{ pages.get(1).path(), pages.get(1).cookie() } }) {
			throughput(warm[0], warm[1], 8, smoke ? 1 : 20);
		}
		int rounds = smoke ? 1 : 3;
		for (int clients : List.of(1, 8, 32)) {
			// The trivial endpoint in the same signed-in session: session, user reload and security filters, a handler that does nothing.
			// Rounds alternate trivial endpoint and pages, so each ratio compares figures taken next to each other on this
			// machine, whose speed drifts by tens of percents within minutes; the median ratio of the rounds is reported.
			List<Double> trivial = new ArrayList<>();
			Map<Page, List<Double>> rates = new LinkedHashMap<>();
			Map<Page, List<Double>> ratios = new LinkedHashMap<>();
			for (int round = 0; round < rounds; round++) {
				double base = throughput("/actuator/health/liveness", coordinator, clients, smoke ? 1 : 8);
				trivial.add(base);
				for (Page page : pages) {
					double rate = throughput(page.path(), page.cookie(), clients, smoke ? 1 : 8);
					rates.computeIfAbsent(page, p -> new ArrayList<>()).add(rate);
					ratios.computeIfAbsent(page, p -> new ArrayList<>()).add(rate / base);
				}
			}
			for (Page page : pages) {
				Stats ratioStats = Stats.of(ratios.get(page));
				double ratio = ratioStats.median();
				boolean targeted = clients == 8 && page.path().startsWith("/projects/");
				rows.add(new Row(page.name() + ", " + clients + " client" + (clients == 1 ? "" : "s"), Stats.of(rates.get(page)).spread("%.0f") + " req/s",
						Stats.of(trivial).spread("%.0f") + " req/s (trivial endpoint, same session)",
						fmt("%.0f%% (%.0f–%.0f%%)", 100 * ratio, 100 * ratioStats.min(), 100 * ratioStats.max()),
						targeted ? "≥ 50%" : "–", targeted ? ratio >= 0.5 : null));
			}
		}
	}

	/** Closed-loop requests per second of a signed-in GET; only 200 answers count. */
	private double throughput(String path, String cookie, int clients, double seconds) throws Exception {
		double warmup = smoke ? 1 : 2;
		if (Wrk.available()) {
			Wrk.Result result = Wrk.run(http.base + path, clients, warmup, seconds, "Cookie: " + cookie, null);
			if (result.non2xx() > 0) {
				throw new IllegalStateException(path + ": " + result.non2xx() + " answers were not 200");
			}
			return result.perSecond();
		}
		Load.Result result = Load.run(clients, warmup, seconds, Long.MAX_VALUE, () -> ok(http.get(path, "Cookie", cookie)));
		return result.perSecond();
	}

	private static boolean ok(HttpResponse<String> response) {
		return response.statusCode() == 200;
	}

	/**
	 * Signal intake (POST) latency: one client sending one signal after the other, and 32 site workers at once,
	 * each sending a signal every half second on average (64 signals a second in all, far above any real day).
	 * The target compares p99 of the 32 with p50 of the one. The saturated case (32 clients without pause) is
	 * reported beside it for its throughput.
	 */
	private void signalIntake(UUID project) throws Exception {
		// A site worker of a chain partner in the project (the corporation's own field workers report through their partner projects).
		String username = text("""
				select u.username from app_user u join user_role r on r.user_id = u.id and r.role = 'FIELD_WORKER'
				join project_partner pp on pp.organisation_id = u.organisation_id where pp.project_id = '%s' order by u.username limit 1""".formatted(project));
		String worker = http.token(username, DataGenerator.PASSWORD);
		double warmup = smoke ? 1 : 5;
		double seconds = smoke ? 2 : 20;
		String body = "{\"categories\":[\"LONELINESS\"],\"urgency\":\"NORMAL\",\"observation\":\"Benchmark: bewoner lijkt weinig contact te hebben.\"}";
		URI uri = URI.create(http.base + "/api/v1/projects/" + project + "/signals");
		Load.Request post = () -> http.send(HttpRequest.newBuilder(uri).header("Authorization", worker).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode() == 201;
		if (!post.send()) {
			throw new IllegalStateException("signal refused");
		}
		Load.Result one = Load.run(1, warmup, seconds, Long.MAX_VALUE, post);
		Load.Result many = Load.paced(32, 500, warmup, seconds, post);
		if (one.ok() == 0 || many.ok() == 0 || many.failed() > 0) {
			throw new IllegalStateException("signals refused: " + one + " " + many.failed());
		}
		Stats single = Stats.of(one.latenciesMs());
		Stats paced = Stats.of(many.latenciesMs());
		rows.add(new Row("Signal intake (POST), 1 client: p50 / p99", fmt("%.1f / %.1f ms", single.p50(), single.p99()), "–", "–", "–", null));
		rows.add(new Row("Signal intake (POST), 32 clients each every 0.5 s: p50 / p99",
				fmt("%.1f / %.1f ms (%.0f signals/s)", paced.p50(), paced.p99(), many.perSecond()), "–", "–", "–", null));
		double ratio = paced.p99() / single.p50();
		rows.add(new Row("Signal intake: p99 at 32 clients against p50 at 1 client", fmt("%.1f ms", paced.p99()), fmt("%.1f ms", single.p50()),
				fmt("%.1f×", ratio), "≤ 3×", ratio <= 3));
		if (Wrk.available()) {
			Wrk.Result saturated = Wrk.run(uri.toString(), 32, warmup, seconds, "Authorization: " + worker, body);
			rows.add(new Row("Signal intake, 32 clients without pause (saturated): throughput, p50 / p99",
					fmt("%.0f signals/s, %.1f / %.1f ms", saturated.perSecond(), saturated.p50Ms(), saturated.p99Ms()), "–", "–", "–", null));
		}
	}

	/** Import through the API (upload, check, background run) against a plain JDBC batch insert of the same rows. */
	private void importScenario(UUID corporation) throws Exception {
		int count = smoke ? 2_000 : 100_000;
		int repetitions = smoke ? 1 : 3;
		String lead = http.token("projectleider1@bench.test", DataGenerator.PASSWORD);
		List<Double> appRates = new ArrayList<>();
		List<Double> batchRates = new ArrayList<>();
		for (int r = 0; r < repetitions; r++) {
			UUID baselineProject = createProject(lead, "Benchmark batch " + r);
			long start = System.nanoTime();
			batchInsert(baselineProject, corporation, r, count);
			batchRates.add(count / ((System.nanoTime() - start) / 1e9));

			UUID importProject = createProject(lead, "Benchmark import " + r);
			byte[] file = csv(r, count);
			start = System.nanoTime();
			HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(http.base + "/api/v1/projects/" + importProject
					+ "/dwellings/import")).header("Authorization", lead).header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofByteArray(file)).build());
			if (accepted.statusCode() != 202) {
				throw new IllegalStateException("import refused: " + accepted.statusCode() + " " + accepted.body());
			}
			Matcher status = Pattern.compile("\"statusUrl\"\\s*:\\s*\"([^\"]+)\"").matcher(accepted.body());
			status.find();
			while (true) {
				String summary = http.get(status.group(1), "Authorization", lead).body();
				if (summary.contains("\"DONE\"")) {
					if (!summary.contains("\"newRows\":" + count)) {
						throw new IllegalStateException("import did not add every row: " + summary);
					}
					break;
				}
				if (summary.contains("\"FAILED\"") || summary.contains("\"INTERRUPTED\"")) {
					throw new IllegalStateException("import failed: " + summary);
				}
				Thread.sleep(20);
			}
			appRates.add(count / ((System.nanoTime() - start) / 1e9));
		}
		Stats a = Stats.of(appRates);
		Stats b = Stats.of(batchRates);
		double ratio = a.median() / b.median();
		rows.add(new Row("Import of " + String.format(Locale.ROOT, "%,d", count) + " dwellings (API: upload, check, run)", a.spread("%,.0f") + " rows/s",
				b.spread("%,.0f") + " rows/s (plain JDBC batch insert)", fmt("%.0f%%", 100 * ratio), "≥ 70%", ratio >= 0.7));
	}

	private UUID createProject(String token, String name) throws Exception {
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(http.base + "/api/v1/projects")).header("Authorization", token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + " " + UUID.randomUUID().toString().substring(0, 8)
					+ "\",\"municipality\":\"Utrecht\",\"projectType\":\"REB\"}")).build());
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
		if (created.statusCode() != 201 || !id.find()) {
			throw new IllegalStateException("project not created: " + created.statusCode() + " " + created.body());
		}
		return UUID.fromString(id.group(1));
	}

	private static byte[] csv(int repetition, int count) {
		StringBuilder csv = new StringBuilder("code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats;bouwjaar;energielabelVoor\n");
		for (int i = 0; i < count; i++) {
			csv.append("BI-").append(repetition).append('-').append(i).append(';').append(String.format("036301%010d", 8_000_000_000L + repetition * 1_000_000L + i))
				.append(";Benchmarkstraat;").append(i % 500 + 1).append(";3531AB;Utrecht;1965;G\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The yardstick: prepared insert, JDBC batches of 1000, one commit per batch. */
	private void batchInsert(UUID project, UUID corporation, int repetition, int count) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into dwelling (id, project_id, corporation_id, code, bag_identificatie, straatnaam, huisnummer, postcode, woonplaats,
					                      bouwjaar, energielabel_voor)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (int i = 0; i < count; i++) {
					insert.setObject(1, UUID.randomUUID());
					insert.setObject(2, project);
					insert.setObject(3, corporation);
					insert.setString(4, "BB-" + repetition + "-" + i);
					insert.setString(5, String.format("036301%010d", 9_000_000_000L + repetition * 1_000_000L + i));
					insert.setString(6, "Benchmarkstraat");
					insert.setInt(7, i % 500 + 1);
					insert.setString(8, "3531AB");
					insert.setString(9, "Utrecht");
					insert.setInt(10, 1965);
					insert.setString(11, "G");
					insert.addBatch();
					if ((i + 1) % 1000 == 0) {
						insert.executeBatch();
						connection.commit();
					}
				}
				insert.executeBatch();
				connection.commit();
			}
		}
	}

	// --- output --------------------------------------------------------------------------------------

	private void write(DataGenerator.Size size) throws Exception {
		StringBuilder md = new StringBuilder();
		md.append(smoke ? "# Benchmark smoke run (tiny sizes: proves the harness works, not the targets)\n\n" : "# Benchmarks\n\n");
		md.append("Measured ").append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
			.append(" by `").append(options.getOrDefault("command", "bench/run").strip()).append("`.\n\n");
		md.append("Machine: ").append(machine()).append(".\n\n");
		md.append("Data: ").append(describe(size)).append(". Each scenario's limit is the engine's own figure for the same work, measured in the same run; ")
			.append("figures are median (lowest–highest, number of measurements). The application runs as its own JVM in embedded mode ")
			.append("(`java -jar`, default settings, fsync on); the load comes from the benchmark JVM over loopback.\n\n");
		md.append("| scenario | app | limit | ratio | target | met |\n|---|---|---|---|---|---|\n");
		for (Row row : rows) {
			md.append("| ").append(row.scenario()).append(" | ").append(row.app()).append(" | ").append(row.limit()).append(" | ").append(row.ratio())
				.append(" | ").append(row.target()).append(" | ").append(row.met() == null ? "" : row.met() ? "yes" : "**no**").append(" |\n");
		}
		md.append("""

				How each figure is taken:
				- Dashboards: the application's time is its own Micrometer timer `ketenimpact.dashboard.data` around computing the dashboard
				  (read from `/actuator/metrics` before and after each API call, so HTTP and JSON are not counted); the limit is one hand-written
				  SQL statement over all modules' tables that computes the same numbers (see `HandSql`), run over JDBC. Both sides are checked
				  to state the same internships, hours and signals before they are compared.
				- Pages: `wrk` (Debian's, a separate process) with closed-loop connections, each sending the next request when the previous
				  answered; every answer must be 200. The trivial endpoint is `/actuator/health/liveness` requested in the same signed-in
				  session, so session lookup, user reload and security filters are in both figures. After 20 s of warm-up per endpoint (the
				  JIT), three rounds of 8 s each alternate trivial endpoint, project page and signal list; the ratio is the median of the
				  rounds' ratios (in brackets: lowest–highest), because this machine's speed drifts within minutes.
				- Signal intake: `POST /api/v1/projects/{id}/signals` from Java clients; one client back to back, and 32 clients that each wait
				  a random think time (mean 0.5 s) between signals. The saturated figure is `wrk` with 32 connections without pause.
				- Import: `POST /api/v1/projects/{id}/dwellings/import` with a CSV until the job reports DONE, against a prepared-statement batch
				  insert (batches of 1000, a commit per batch) of the same number of rows into the same table.
				- Memory: VmRSS of the application's JVM (the embedded PostgreSQL runs in its own processes and is not counted).
				""");
		Path out = Path.of(options.getOrDefault("out", smoke ? "target/benchmarks-smoke.md" : "docs/benchmarks.md"));
		if (out.getParent() != null) {
			Files.createDirectories(out.getParent());
		}
		Files.writeString(out, md.toString());
		System.out.println(md);
		System.out.println("written to " + out);
	}

	private static String describe(DataGenerator.Size size) {
		return String.format(Locale.ROOT, "%d corporation(s), %,d dwellings in %d projects, %,d hour records, %,d signals (seed %s)", size.corporations(),
				size.dwellings(), size.projects(), size.hours(), size.signals(), size.seed());
	}

	private static String machine() throws IOException {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
			.map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
		String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
			.map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB RAM").orElse("?");
		return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + ", Java " + System.getProperty("java.version");
	}

	private String text(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			if (!rs.next()) {
				throw new IllegalStateException("nothing found: " + sql);
			}
			return rs.getString(1);
		}
	}

	private UUID uuid(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			if (!rs.next()) {
				throw new IllegalStateException("nothing found: " + sql);
			}
			return rs.getObject(1, UUID.class);
		}
	}

	private static String fmt(String format, Object... values) {
		return String.format(Locale.ROOT, format, values);
	}

	private static String mb(long bytes) {
		return fmt("%.0f MB", bytes / 1024.0 / 1024.0);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (Files.exists(path)) {
			try (var files = Files.walk(path)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
