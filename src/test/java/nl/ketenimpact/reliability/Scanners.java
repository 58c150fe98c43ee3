package nl.ketenimpact.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenimpact.reliability.World.Corporation;
import nl.ketenimpact.reliability.World.Kind;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 7: scanners nobody here wrote. Debian's {@code sqlmap} against every API operation that takes parameters
 * (path ids, query values, JSON and form fields, each marked as an injection point) as a caller who may use it, and
 * against the login form with its CSRF token; Debian's {@code wapiti} against the signed-in UI, with the modules that
 * reach the internet switched off. Their own reports stay under {@code target/reliability/}; a finding is what the
 * scanner itself reports: an injection point, a vulnerability or anomaly, an answer 5xx, or a scan that did not finish.
 */
final class Scanners {

	/** One sqlmap run: what it targeted, what it said. */
	record SqlmapRun(String target, int exitCode, long seconds, int parameters, List<String> findings) {
	}

	private final World world;

	private final ApiDescription api;

	private final String base;

	private final Path work;

	private final boolean smoke;

	Scanners(World world, ApiDescription api, String base, Path work, boolean smoke) {
		this.world = world;
		this.api = api;
		this.base = base;
		this.work = work;
		this.smoke = smoke;
	}

	// --- sqlmap ----------------------------------------------------------------------------------------------

	/** A raw HTTP request for sqlmap's {@code -r}, with {@code *} after every value it should inject into. */
	record Target(String label, String request, List<String> extra) {
	}

	/** The operations with parameters, as a caller who may use them (deletes last: they remove what the others use). */
	List<Target> apiTargets() {
		Map<String, AuthorisationMatrix.Row> table = AuthorisationMatrix.table();
		List<Target> targets = new ArrayList<>();
		List<Target> deletes = new ArrayList<>();
		String host = base.replaceFirst("^http://", "");
		for (ApiDescription.Operation operation : api.operations) {
			AuthorisationMatrix.Row row = table.get(operation.key());
			boolean parameters = operation.path().contains("{") || operation.body() != null
					|| operation.parameters().stream().anyMatch(p -> p.in().equals("query"));
			if (row == null || !parameters || row.allowed().contains("NOBODY")) {
				continue;
			}
			String principalKey = Fuzzer.allowedPrincipal(world, row);
			World.Principal principal = world.principals.get(principalKey);
			Map<Kind, String> ids = world.ids.get(principal.corporation() == null ? Corporation.KETEN : principal.corporation());
			Kind kind = row.kind() == null ? Kind.PROJECT : row.kind();
			String path = operation.path().replace("{dwellingId}", AuthorisationMatrix.id(ids, Kind.DWELLING) + "*").replace("{organisationId}", AuthorisationMatrix.id(ids, Kind.PARTNER) + "*")
				.replace("{id}", AuthorisationMatrix.id(ids, kind) + "*");
			StringBuilder query = new StringBuilder();
			boolean multipartFields = operation.key().equals("POST /api/v1/commitments/{id}/progress");
			for (ApiDescription.Parameter parameter : operation.parameters()) {
				if (parameter.in().equals("query") && !multipartFields) {
					query.append(query.isEmpty() ? '?' : '&').append(parameter.name()).append('=').append(sample(parameter.schema(), ids)).append('*');
				}
			}
			if (operation.key().equals("GET /api/v1/signals/stats") && !query.toString().contains("projectId=")) {
				query.append(query.isEmpty() ? '?' : '&').append("projectId=").append(ids.get(Kind.PROJECT)).append('*');
			}
			StringBuilder headers = new StringBuilder();
			if (principal.authorization() != null) {
				headers.append("Authorization: ").append(principal.authorization()).append("\r\n");
			}
			if (operation.key().equals("GET /api/v1/signals/{id}")) {
				headers.append("X-Access-Reason: Controle van de toegang\r\n");
			}
			String body = body(operation, ids, headers);
			if (body != null) {
				headers.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
			}
			String request = operation.method() + " " + path + query + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n" + headers + "\r\n"
					+ (body == null ? "" : body);
			Target target = new Target(operation.key() + " as " + principalKey, request, List.of());
			(operation.method().equals("DELETE") ? deletes : targets).add(target);
		}
		targets.addAll(deletes);
		return targets;
	}

	/** The login form, its CSRF token read from the page before every request (sqlmap keeps the session cookie). */
	Target loginTarget() {
		String host = base.replaceFirst("^http://", "");
		String body = "username=coordinator%40demo.nl*&password=geen-wachtwoord*&_csrf=x";
		String request = "POST /login HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
				+ "\r\n\r\n" + body;
		return new Target("POST /login (form, CSRF token per request)", request, List.of("--csrf-token=_csrf", "--csrf-url=" + base + "/login"));
	}

	private String body(ApiDescription.Operation operation, Map<Kind, String> ids, StringBuilder headers) {
		String key = operation.key();
		if (key.equals("POST /api/v1/projects/{id}/dwellings/import")) {
			headers.append("Content-Type: text/csv\r\n");
			return "code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\nREL-SQL-1*;0344010999999991*;Proefstraat*;1*;3511AB*;Utrecht*\n";
		}
		if (key.equals("POST /api/v1/contributions/{id}/evidence") || key.equals("POST /api/v1/commitments/{id}/progress")) {
			String boundary = "sqlmapgrens";
			headers.append("Content-Type: multipart/form-data; boundary=").append(boundary).append("\r\n");
			StringBuilder multipart = new StringBuilder();
			if (key.endsWith("progress")) {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("amount", "1");
				fields.put("occurredOn", LocalDate.now().toString());
				fields.put("note", "Eerste plaatsing gestart");
				fields.forEach((name, value) -> multipart.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
					.append("\"\r\n\r\n").append(value).append("\r\n"));
			}
			multipart.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bewijs.pdf\"\r\n")
				.append("Content-Type: application/pdf\r\n\r\n").append(new String(Samples.PDF, StandardCharsets.US_ASCII)).append("\r\n--").append(boundary)
				.append("--\r\n");
			return multipart.toString();
		}
		String template = AuthorisationMatrix.BODIES.get(key);
		if (template == null) {
			return null;
		}
		headers.append("Content-Type: application/json\r\n");
		return AuthorisationMatrix.fill(template, ids);
	}

	private static String sample(JsonNode schema, Map<Kind, String> ids) {
		if (schema.has("enum")) {
			return schema.path("enum").path(0).asString();
		}
		String format = schema.path("format").asString("");
		return switch (schema.path("type").asString("string")) {
			case "integer", "number" -> "1";
			case "boolean" -> "true";
			default -> format.equals("uuid") ? ids.get(Kind.PROJECT) : format.equals("date") ? LocalDate.now().toString() : "proef";
		};
	}

	/** Runs sqlmap on each target, two at a time; each run bounded in time. */
	List<SqlmapRun> sqlmap(List<Target> targets, Duration perTarget) throws Exception {
		Path dir = work.resolve("sqlmap");
		Files.createDirectories(dir);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<SqlmapRun>> runs = new ArrayList<>();
			for (int i = 0; i < targets.size(); i++) {
				Target target = targets.get(i);
				Path own = dir.resolve(String.format("%03d", i));
				runs.add(pool.submit(() -> sqlmapOne(target, own, perTarget)));
			}
			List<SqlmapRun> results = new ArrayList<>();
			for (Future<SqlmapRun> run : runs) {
				results.add(run.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static final Pattern TESTED = Pattern.compile("testing for SQL injection on (.+?) parameter '([^']+)'");

	private SqlmapRun sqlmapOne(Target target, Path dir, Duration limit) throws Exception {
		Files.createDirectories(dir);
		Path request = dir.resolve("request.txt");
		Files.writeString(request, target.request(), StandardCharsets.UTF_8);
		Path log = dir.resolve("sqlmap.log");
		List<String> command = new ArrayList<>(List.of("sqlmap", "-r", request.toString(), "--batch", "--level", "2", "--risk", "1", "--dbms", "PostgreSQL",
				// Our refusals of its probe (400 with field messages) are not a firewall: no WAF detection step.
				"--skip-waf",
				"--flush-session", "--ignore-stdin", "--disable-coloring", "--timeout", "20", "--retries", "1", "--output-dir", dir.resolve("out").toString(), "-v", "1"));
		// A delete already done (by the matrix, or by sqlmap's own first request) answers 404, and a sign-in without a
		// valid password 401: test the values anyway (sqlmap stops at such an answer to its first request).
		command.add("--ignore-code=" + (target.label().endsWith(" as NONE") ? "401,404" : "404"));
		command.addAll(target.extra());
		Files.writeString(dir.resolve("target.txt"), target.label() + "\n" + String.join(" ", command) + "\n");
		long began = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
		boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		long seconds = (System.nanoTime() - began) / 1_000_000_000;
		String output = Files.readString(log, StandardCharsets.UTF_8);
		List<String> findings = new ArrayList<>(sqlmapFindings(output));
		if (!finished) {
			findings.add("did not finish within " + limit.toSeconds() + " s");
		}
		// Every marked value is a parameter sqlmap tests; none tested means the target was not understood.
		java.util.Set<String> tested = new java.util.TreeSet<>();
		Matcher parameter = TESTED.matcher(output);
		while (parameter.find()) {
			tested.add(parameter.group(1) + " " + parameter.group(2));
		}
		int count = tested.size();
		if (count == 0 && finished) {
			findings.add("sqlmap tested no parameter");
		}
		return new SqlmapRun(target.label(), finished ? process.exitValue() : -1, seconds, count, findings);
	}

	/** What sqlmap's own output reports: injection points, answers 5xx, and any critical message but "not injectable". */
	static List<String> sqlmapFindings(String output) {
		List<String> findings = new ArrayList<>();
		String[] lines = output.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.contains("identified the following injection point") || line.matches(".*parameter '.*' is vulnerable.*")) {
				findings.add("injection: " + line.trim());
			}
			else if (line.contains("HTTP error codes detected during run")) {
				// The next line: "400 (Bad Request) - 12 times, 500 (Internal Server Error) - 3 times".
				for (String code : i + 1 < lines.length ? lines[i + 1].split(",\\s*") : new String[0]) {
					if (code.trim().matches("5\\d\\d \\(.*")) {
						findings.add("answered " + code.trim());
					}
				}
			}
			else if (line.contains("[CRITICAL]") && !line.contains("all tested parameters do not appear to be injectable")
					&& !line.contains("content appears to be heavily dynamic")) {
				findings.add(line.replaceFirst("^\\[[0-9:]+\\] ", "").trim());
			}
		}
		return findings;
	}

	// --- wapiti ----------------------------------------------------------------------------------------------

	/** What wapiti found: its JSON report's vulnerabilities and anomalies, per category. */
	record WapitiRun(int exitCode, long seconds, int urls, Map<String, Integer> vulnerabilities, Map<String, Integer> anomalies, List<String> findings,
			List<String> judged) {
	}

	/**
	 * What a scanner reports and we keep as it is, with the reason (both shown in the report); anything else it reports
	 * is a finding.
	 */
	static final Map<String, String> JUDGED = Map.of("X-XSS-Protection is not set",
			"the application sends X-XSS-Protection: 0 (Spring Security's default since 6.0, as OWASP's secure headers project and MDN advise):"
					+ " the XSS auditor that '1' switches on was removed from Chrome (78) and Edge and never existed in Firefox, and where it remained it"
					+ " could be abused to leak data or break pages; scripts are stopped by the Content-Security-Policy (no inline scripts), on which"
					+ " wapiti's csp module made no remark");

	/**
	 * Wapiti crawls and attacks the UI as a signed-in coordinator, as if behind the production TLS proxy
	 * (X-Forwarded-Proto from loopback: the app then sends HSTS and marks its cookie Secure). Forms that end the
	 * scanner's own session (sign out, password, second factor, own sessions and tokens) are excluded.
	 */
	WapitiRun wapiti(String sessionCookie, Duration scanTime) throws Exception {
		Path dir = work.resolve("wapiti");
		Files.createDirectories(dir);
		Path report = dir.resolve("report.json");
		Path launcher = Path.of("reliability/wapiti.py").toAbsolutePath();
		List<String> command = new ArrayList<>(List.of("/usr/bin/python3", launcher.toString(), "-u", base + "/", "--scope", "folder", "-m", "common,-wapp,-ssrf",
				"-d", smoke ? "2" : "3", "--max-links-per-page", smoke ? "15" : "40", "--max-files-per-dir", smoke ? "20" : "60", "--max-scan-time",
				String.valueOf(scanTime.toSeconds()), "--max-attack-time", String.valueOf(scanTime.toSeconds() / 8), "-t", "20", "-H",
				"Cookie: SESSION=" + sessionCookie, "-H", "X-Forwarded-Proto: https", "--flush-session", "--store-session",
				dir.resolve("session").toString(), "--store-config", dir.resolve("config").toString(), "--no-bugreport", "-f", "json", "-o",
				report.toString(), "-v", "1"));
		for (String excluded : List.of("/logout*", "/account/password*", "/account/second-factor*", "/account/sessions*", "/account/tokens/*", "/login*",
				"/tweede-stap*", "/actuator*", "/v3/*", "/swagger-ui*", "/webjars/*")) {
			command.add("-x");
			command.add(base + excluded);
		}
		Path log = dir.resolve("wapiti.log");
		Files.writeString(dir.resolve("command.txt"), String.join(" ", command).replace(sessionCookie, "…") + "\n");
		long began = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
		// Wapiti stops itself at --max-scan-time, then runs its attacks, each bounded; the rest is margin.
		boolean finished = process.waitFor(scanTime.toSeconds() * 3 + 120, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		long seconds = (System.nanoTime() - began) / 1_000_000_000;
		List<String> findings = new ArrayList<>();
		Map<String, Integer> vulnerabilities = new LinkedHashMap<>();
		Map<String, Integer> anomalies = new LinkedHashMap<>();
		int urls = 0;
		if (!finished) {
			findings.add("wapiti did not finish in " + (scanTime.toSeconds() * 3 + 120) + " s");
		}
		if (Files.exists(report)) {
			JsonNode json = Client.JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
			count(json.path("vulnerabilities"), vulnerabilities, findings, "vulnerability");
			count(json.path("anomalies"), anomalies, findings, "anomaly");
		}
		else {
			findings.add("wapiti wrote no report (exit " + (finished ? process.exitValue() : -1) + "; see " + log + ")");
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		if (output.contains("Downloading from the web")) {
			findings.add("wapiti tried to reach the internet (see " + log + ")");
		}
		// The pages and forms it crawled, each printed once as "[+] GET url (depth)" before the attacks.
		urls = (int) output.lines().filter(line -> line.matches("\\[\\+\\] (GET|POST) .*\\(\\d+\\)")).distinct().count();
		List<String> judged = new ArrayList<>();
		findings.removeIf(finding -> {
			for (Map.Entry<String, String> known : JUDGED.entrySet()) {
				if (finding.contains(known.getKey())) {
					judged.add(finding + " — kept: " + known.getValue());
					return true;
				}
			}
			return false;
		});
		return new WapitiRun(finished ? process.exitValue() : -1, seconds, urls, vulnerabilities, anomalies, findings, judged);
	}

	private static void count(JsonNode categories, Map<String, Integer> counts, List<String> findings, String what) {
		for (var category : categories.properties()) {
			counts.put(category.getKey(), category.getValue().size());
			for (JsonNode item : category.getValue()) {
				findings.add(what + " " + category.getKey() + ": " + item.path("method").asString() + " " + item.path("path").asString() + " "
						+ World.abbreviate(item.path("info").asString()));
			}
		}
	}
}
