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

	private final long started = System.nanoTime();

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
		boolean sector = options.containsKey("sector");
		DataGenerator.Size defaults = smoke ? DataGenerator.Size.smoke() : DataGenerator.Size.defaults();
		DataGenerator.Size size = sector ? DataGenerator.Size.nationalSector()
				: new DataGenerator.Size(intOption("corporations", defaults.corporations(), defaults.corporations()),
						intOption("dwellings", defaults.dwellings(), defaults.dwellings()), intOption("projects", defaults.projects(), defaults.projects()),
						intOption("hours", defaults.hours(), defaults.hours()), intOption("signals", defaults.signals(), defaults.signals()),
						options.getOrDefault("seed", defaults.seed()));
		String only = options.getOrDefault("only", "dashboards,pages,intake,import,footprint");
		long idleRss = -1;
		String admin;
		UUID corporation;
		UUID bigProject;
		double alonePortfolioMs = 0;
		Map<String, Double> aloneRates = Map.of();
		if (options.containsKey("attach")) {
			// Against an application that is already running on generated data (for working on one scenario).
			http = new Http(options.get("attach"));
			jdbcUrl = options.get("jdbc");
			attachedPid = Long.parseLong(options.get("pid"));
			admin = http.login("admin@demo.nl", "demo");
			corporation = largestCorporation();
			bigProject = largestProject();
		}
		else {
			// 1. Startup in embedded mode: first start on an empty data directory (initdb, migrations, demo data), then a restart.
			deleteRecursively(work);
			Files.createDirectories(work);
			pgPort = freePort();
			double firstStart = startApp();
			stopApp();
			double restart = startApp();
			Thread.sleep(smoke ? 2_000 : 15_000);
			idleRss = rss();
			rows.add(new Row("Startup, embedded mode: first start (initdb, migrations, demo data) / restart", fmt("%.1f s", firstStart) + " / "
					+ fmt("%.1f s", restart), "–", "–", "–", null));
			rows.add(new Row("Idle resident memory of the application process (after restart, default heap)", mb(idleRss), "–", "–", "≤ 400 MB",
					idleRss <= 400L * 1024 * 1024));

			// 2. Data at the asked size, through the application's schema. The sector comes in two steps: first the largest
			// corporation alone, measured, then the other 278 beside it (the same ids as when generated at once).
			jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
			if (sector) {
				generate(size.only(1, 1), "Data generation, step 1: the largest corporation alone (" + describe(size.only(1, 1)) + ")");
				admin = http.login("admin@demo.nl", "demo");
				corporation = largestCorporation();
				bigProject = largestProject();
				alonePortfolioMs = dashboards(admin, corporation, bigProject, true, ", only that corporation on the platform");
				aloneRates = pages(bigProject, List.of(8), ", only that corporation on the platform", false);
				generate(size.only(2, size.corporations()), "Data generation, step 2: the other " + (size.corporations() - 1) + " corporations");
			}
			else {
				generate(size, "Data generation: " + describe(size));
				admin = http.login("admin@demo.nl", "demo");
				corporation = largestCorporation();
				bigProject = largestProject();
			}
		}
		startRssSampler();
		if (only.contains("dashboards")) {
			double portfolioMs = dashboards(admin, corporation, bigProject, false, sector ? ", full sector" : "");
			if (sector) {
				double ratio = portfolioMs / alonePortfolioMs;
				rows.add(new Row("Portfolio dashboard data of the largest corporation: full sector against that corporation alone",
						fmt("%.1f ms", portfolioMs), fmt("%.1f ms", alonePortfolioMs), fmt("%.2f×", ratio), "≤ 1.2×", ratio <= 1.2));
			}
		}
		Map<String, Double> rates = Map.of();
		if (only.contains("pages")) {
			rates = pages(bigProject, List.of(1, 8, 32), sector ? ", full sector" : "", true);
			if (sector) {
				for (Map.Entry<String, Double> alone : aloneRates.entrySet()) {
					double full = rates.getOrDefault(alone.getKey(), 0.0);
					// Cost per request: the time per request on the full sector against the same with the corporation alone.
					double ratio = alone.getValue() / full;
					rows.add(new Row("Cost of " + alone.getKey() + " at 8 clients: full sector against the largest corporation alone",
							fmt("%.0f req/s", full), fmt("%.0f req/s", alone.getValue()), fmt("%.2f× the time per request", ratio), "≤ 1.2×",
							ratio <= 1.2));
				}
			}
		}
		if (only.contains("intake")) {
			signalIntake(bigProject, sector ? ", full sector" : "");
		}
		if (only.contains("import")) {
			importScenario(corporation);
		}
		sampling = false;
		long loadedRss = maxRss.get();
		rows.add(new Row("Resident memory of the application process under the load above (highest sample, default heap)", mb(loadedRss), "–", "–",
				"–", null));
		if (only.contains("footprint") && only.contains("pages") && !options.containsKey("attach")) {
			smallFootprint(bigProject, rates);
		}
		write(size);
	}

	private void generate(DataGenerator.Size size, String label) throws Exception {
		long generateStart = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			new DataGenerator(connection, size).generate();
		}
		double generateSeconds = (System.nanoTime() - generateStart) / 1e9;
		label += text("""
				select format('; the database now holds %s corporations, %s dwellings, %s projects, %s hour records, %s signals, %s contributions',
				  to_char((select count(*) from organisation where name like 'Bench Corporatie %'), 'FM999G999G999'),
				  to_char((select sum(dwellings) from dwelling_count), 'FM999G999G999'), to_char((select count(*) from project), 'FM999G999G999'),
				  to_char((select reltuples from pg_class where relname = 'placement_hours'), 'FM999G999G999'),
				  to_char((select count(*) from signal), 'FM999G999G999'), to_char((select count(*) from contribution), 'FM999G999G999'))""");
		rows.add(new Row(label, generateSeconds >= 120 ? fmt("%.1f min", generateSeconds / 60) : fmt("%.0f s", generateSeconds), "–", "–",
				"minutes, not hours", null));
	}

	private UUID largestCorporation() throws Exception {
		return uuid("select id from organisation where name = 'Bench Corporatie 1'");
	}

	private UUID largestProject() throws Exception {
		return uuid("""
				select p.id from project p join organisation o on o.id = p.corporation_id where o.name = 'Bench Corporatie 1'
				and p.start_date <= make_date(%d, 12, 31) and p.end_date >= make_date(%d, 1, 1)
				order by (select count(*) from dwelling d where d.project_id = p.id) desc, p.id limit 1""".formatted(year(), year()));
	}

	/**
	 * A small corporation's instance in a 512 MB container: the application again at {@code -Xmx256m}, the pages at 8
	 * clients against the same figures at the default heap, and its resident memory idle and under that load.
	 */
	private void smallFootprint(UUID project, Map<String, Double> defaultRates) throws Exception {
		stopApp();
		startApp("-Xmx256m");
		Thread.sleep(smoke ? 2_000 : 15_000);
		long idle = rss();
		maxRss.set(0);
		startRssSampler();
		Map<String, Double> small = pages(project, List.of(8), ", -Xmx256m", false);
		sampling = false;
		rows.add(new Row("Resident memory at -Xmx256m: idle / under the pages load (highest sample)", mb(idle) + " / " + mb(maxRss.get()), "–", "–",
				"fits 512 MB", maxRss.get() <= 512L * 1024 * 1024));
		for (Map.Entry<String, Double> page : small.entrySet()) {
			double base = defaultRates.getOrDefault(page.getKey(), 0.0);
			double ratio = page.getValue() / base;
			rows.add(new Row(page.getKey() + " at 8 clients: -Xmx256m against the default heap", fmt("%.0f req/s", page.getValue()),
					fmt("%.0f req/s", base), fmt("%.0f%%", 100 * ratio), "≥ 90%", ratio >= 0.9));
		}
	}

	/** The year the dashboards are asked for: the current one, in which the generated projects run. */
	private static int year() {
		return LocalDate.now().getYear();
	}

	// --- the application process -------------------------------------------------------------------------

	private int pgPort;

	private double startApp(String... jvmOptions) throws Exception {
		int port = freePort();
		http = new Http("http://127.0.0.1:" + port);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-jar",
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
	private double dashboards(String admin, UUID corporation, UUID project, boolean portfolioOnly, String suffix) throws Exception {
		double portfolioMs = 0;
		String coordinator = http.token("coordinator1@bench.test", DataGenerator.PASSWORD);
		int repetitions = smoke ? 3 : options.containsKey("sector") ? 5 : 9;
		record Case(String name, String kind, String path, boolean project, UUID scope) {
		}
		List<Case> cases = new ArrayList<>(List.of(new Case("Portfolio dashboard data (largest corporation, one year)", "CORPORATION",
				"/api/v1/organisations/" + corporation + "/impact?year=" + year(), false, corporation)));
		if (!portfolioOnly) {
			cases.add(new Case("Project dashboard data (largest project, one year)", "PROJECT", "/api/v1/projects/" + project + "/impact?year=" + year(),
					true, project));
		}
		for (Case c : cases) {
			List<Double> appMs = new ArrayList<>();
			List<Double> sqlMs = new ArrayList<>();
			String appBody = null;
			String sqlBody = null;
			// The application's code paths warmed by the JIT first (a dashboard is a few hundred ms, the raw SQL seconds).
			for (int w = 0; w < (smoke ? 1 : 10); w++) {
				http.get(c.path(), "Authorization", coordinator);
			}
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
			if (c.kind().equals("CORPORATION")) {
				// From the rollups: at least 20 times faster than the one SQL over the raw records.
				portfolioMs = a.median();
				rows.add(new Row(c.name() + suffix, a.spread("%.1f") + " ms", s.spread("%.1f") + " ms (one hand-written SQL over the raw records)",
						fmt("%.3f× (%.0f× faster)", ratio, 1 / ratio), "≥ 20× faster", 1 / ratio >= 20));
			}
			else {
				rows.add(new Row(c.name() + suffix, a.spread("%.1f") + " ms", s.spread("%.1f") + " ms (one hand-written SQL)", fmt("%.2f×", ratio), "≤ 1.3×",
						ratio <= 1.3));
			}
		}
		return portfolioMs;
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

	/**
	 * Requests per second of the project page, the signal list and a layout-only page (the user's API tokens) against
	 * the trivial endpoint, at the given numbers of clients. Returns the median req/s per page at 8 clients (for the
	 * comparisons of the sector run); {@code suffix} labels the rows, {@code targets} marks the 8-client rows' targets.
	 */
	private Map<String, Double> pages(UUID project, List<Integer> clientCounts, String suffix, boolean targets) throws Exception {
		String coordinator = http.login("coordinator1@bench.test", DataGenerator.PASSWORD);
		String socialWorker = http.login("wijk1@bench.test", DataGenerator.PASSWORD);
		record Page(String name, String path, String cookie, boolean targeted) {
		}
		List<Page> pages = List.of(new Page("Project page (signed in, largest project)", "/projects/" + project, coordinator, true),
				new Page("Signal list (social worker's queue)", "/signals", socialWorker, true),
				new Page("Layout-only page (own API tokens)", "/account/tokens", coordinator, false));
		for (Page page : pages) {
			HttpResponse<String> first = http.get(page.path(), "Cookie", page.cookie());
			if (first.statusCode() != 200) {
				throw new IllegalStateException(page.path() + ": " + first.statusCode());
			}
		}
		// The JIT needs far longer than one measurement's warm-up to settle (the trivial endpoint goes from about 1,500 to
		// 4,000 req/s in the first minute); measure the server as it runs after a while, not as it starts.
		throughput("/actuator/health/liveness", coordinator, 8, smoke ? 1 : 20);
		for (Page page : pages) {
			throughput(page.path(), page.cookie(), 8, smoke ? 1 : 20);
		}
		int rounds = smoke ? 1 : 3;
		Map<String, Double> atEight = new LinkedHashMap<>();
		for (int clients : clientCounts) {
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
				boolean targeted = targets && clients == 8 && page.targeted();
				if (clients == 8) {
					atEight.put(page.name(), Stats.of(rates.get(page)).median());
				}
				rows.add(new Row(page.name() + ", " + clients + " client" + (clients == 1 ? "" : "s") + suffix,
						Stats.of(rates.get(page)).spread("%.0f") + " req/s", Stats.of(trivial).spread("%.0f") + " req/s (trivial endpoint, same session)",
						fmt("%.0f%% (%.0f–%.0f%%)", 100 * ratio, 100 * ratioStats.min(), 100 * ratioStats.max()), targeted ? "≥ 40%" : "–",
						targeted ? ratio >= 0.4 : null));
			}
		}
		return atEight;
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
	private void signalIntake(UUID project, String suffix) throws Exception {
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
		double ratio = paced.p99() / single.p99();
		rows.add(new Row("Signal intake: p99 at 32 paced clients against p99 at 1 client" + suffix, fmt("%.1f ms", paced.p99()), fmt("%.1f ms", single.p99()),
				fmt("%.2f×", ratio), "≤ 1.5×", ratio <= 1.5));
		if (Wrk.available()) {
			Wrk.Result saturated = Wrk.run(uri.toString(), 32, warmup, seconds, "Authorization: " + worker, body);
			rows.add(new Row("Signal intake, 32 clients without pause (saturated): throughput, p50 / p99",
					fmt("%.0f signals/s, %.1f / %.1f ms", saturated.perSecond(), saturated.p50Ms(), saturated.p99Ms()), "–", "–", "–", null));
		}
	}

	/** Import through the API (upload, check, background run) against PostgreSQL's plain COPY of the same rows. */
	private void importScenario(UUID corporation) throws Exception {
		int count = smoke ? 2_000 : 100_000;
		int repetitions = smoke ? 1 : 3;
		String lead = http.token("projectleider1@bench.test", DataGenerator.PASSWORD);
		List<Double> appRates = new ArrayList<>();
		List<Double> batchRates = new ArrayList<>();
		for (int r = 0; r < repetitions; r++) {
			UUID baselineProject = createProject(lead, "Benchmark copy " + r);
			long start = System.nanoTime();
			copyInsert(baselineProject, corporation, r, count);
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
				b.spread("%,.0f") + " rows/s (plain COPY FROM STDIN)", fmt("%.0f%%", 100 * ratio), "≥ 50%", ratio >= 0.5));
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

	/** The yardstick: PostgreSQL's own COPY FROM STDIN of the same rows into the same table, one transaction. */
	private void copyInsert(UUID project, UUID corporation, int repetition, int count) throws Exception {
		StringBuilder rows = new StringBuilder(count * 120);
		for (int i = 0; i < count; i++) {
			rows.append(UUID.randomUUID()).append(',').append(project).append(',').append(corporation).append(",BB-").append(repetition).append('-')
				.append(i).append(',').append(String.format("036301%010d", 9_000_000_000L + repetition * 1_000_000L + i))
				.append(",Benchmarkstraat,").append(i % 500 + 1).append(",3531AB,Utrecht,1965,G\n");
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			connection.setAutoCommit(false);
			connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
					copy dwelling (id, project_id, corporation_id, code, bag_identificatie, straatnaam, huisnummer, postcode, woonplaats, bouwjaar,
					               energielabel_voor) from stdin (format csv)""", new java.io.StringReader(rows.toString()));
			connection.commit();
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
		md.append(fmt("The whole run took %.0f minutes.%n%n", (System.nanoTime() - started) / 60e9));
		md.append("| scenario | app | limit | ratio | target | met |\n|---|---|---|---|---|---|\n");
		for (Row row : rows) {
			md.append("| ").append(row.scenario()).append(" | ").append(row.app()).append(" | ").append(row.limit()).append(" | ").append(row.ratio())
				.append(" | ").append(row.target()).append(" | ").append(row.met() == null ? "" : row.met() ? "yes" : "**no**").append(" |\n");
		}
		md.append("""

				How each figure is taken:
				- Dashboards: the application's time is its own Micrometer timer `ketenimpact.dashboard.data` around computing the dashboard
				  (read from `/actuator/metrics` before and after each API call, so HTTP and JSON are not counted); the limit is one hand-written
				  SQL statement over all modules' tables that computes the same numbers from the raw records (see `HandSql`), run over JDBC.
				  Both sides are checked to state the same internships, hours and signals before they are compared. The application reads
				  placements, hours, activities, signals and dwelling counts from the rollups the database keeps with the records (V26;
				  new signals as deltas summed with the rollup, V27), and social return's approved value from its rollup (V29) with the
				  value still planned taken from the contributions running that day. Ten API calls first warm the application's code
				  (the JIT); then application and SQL alternate, and the first round of both is not counted.
				- Pages: `wrk` (Debian's, a separate process) with closed-loop connections, each sending the next request when the previous
				  answered; every answer must be 200. The trivial endpoint is `/actuator/health/liveness` requested in the same signed-in
				  session, so session lookup (in PostgreSQL), user reload and security filters are in both figures. After 20 s of warm-up per
				  endpoint (the JIT), three rounds of 8 s each alternate trivial endpoint, project page, signal list and the layout-only page;
				  the ratio is the median of the rounds' ratios (in brackets: lowest–highest), because this machine's speed drifts within minutes.
				- Sector run (`--sector`): the largest corporation is generated first and alone, its portfolio dashboard and pages are measured,
				  then the other corporations are added to the same database and the same figures are measured again ("cost stays with the
				  corporation": time per request on the full sector against alone).
				- Signal intake: `POST /api/v1/projects/{id}/signals` from Java clients; one client back to back, and 32 clients that each wait
				  a random think time (mean 0.5 s) between signals; the target compares the two p99s. The saturated figure is `wrk` with 32
				  connections without pause.
				- Import: `POST /api/v1/projects/{id}/dwellings/import` with a CSV until the job reports DONE (upload, the check of every row,
				  the background run), against PostgreSQL's own `COPY … FROM STDIN` of the same number of rows into the same table in one
				  transaction, over JDBC from the benchmark process.
				- Small footprint: the application restarted with `-Xmx256m` on the same data; the pages at 8 clients against the
				  default-heap figures of the same run.
				- Memory: VmRSS of the application's JVM (the embedded PostgreSQL runs in its own processes and is not counted).
				- Not measured yet: the primary's signal-intake p99 with dashboard load on a streaming replica against the same load on the
				  primary (the benchmark's embedded mode has no replica; `ReplicaTests` in `.ci/run` proves the routing and the fallback).
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
		String corporations = size.fromCorporation() == 1 && size.toCorporation() == size.corporations() ? size.corporations() + " corporation(s)"
				: "corporation(s) " + size.fromCorporation() + "–" + size.toCorporation() + " of a sector of " + size.corporations() + " corporations";
		return String.format(Locale.ROOT, "%s%s, %,d dwellings in %,d projects, %,d hour records, %,d signals, %,d contributions (seed %s)", corporations,
				size.sector() ? " of realistic sizes" : "", size.dwellings(), size.projects(), size.hours(), size.signals(), size.contributions(),
				size.seed());
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
