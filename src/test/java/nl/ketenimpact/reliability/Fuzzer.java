package nl.ketenimpact.reliability;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import nl.ketenimpact.reliability.World.Corporation;
import nl.ketenimpact.reliability.World.Kind;
import nl.ketenimpact.reliability.World.Principal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests generated from the API description: for every operation, its valid request with one thing wrong at a time
 * (each field of the body: wrong types, null, empty and 1 MB strings, Unicode and NUL, huge and negative numbers,
 * injections; missing required fields, extra fields), whole bodies that are no JSON or the wrong content type, and ids
 * and query parameters that are malformed, unknown or another corporation's. Each goes out as a caller who may do the
 * operation and as one of the other corporation. Targets: no 5xx, no request hung, every 4xx problem+json, and a
 * refused request changes no table.
 */
final class Fuzzer {

	record Finding(String what, String request, int status, String detail) {
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String MEGABYTE = "x".repeat(1 << 20);

	private final Client client;

	private final World world;

	private final ApiDescription api;

	private final Snapshot snapshot;

	final List<Finding> findings = new ArrayList<>();

	final Map<String, Integer> statuses = new TreeMap<>();

	int sent;

	int refused;

	/** Refused requests during which a scheduled job or a late listener ran and changed tables: not judged. */
	int jobInterference;

	long slowestMillis;

	Fuzzer(Client client, World world, ApiDescription api, Snapshot snapshot) {
		this.client = client;
		this.world = world;
		this.api = api;
		this.snapshot = snapshot;
	}

	/** A request to send: what it tries, and how to build it (the body may be made only when it is sent). */
	record Case(String label, String principal, Supplier<HttpRequest.Builder> request) {
	}

	void run(int limit, long seed) throws Exception {
		List<Case> cases = new ArrayList<>();
		Map<String, AuthorisationMatrix.Row> table = AuthorisationMatrix.table();
		for (ApiDescription.Operation operation : api.operations) {
			AuthorisationMatrix.Row row = table.get(operation.key());
			String allowed = allowedPrincipal(world, row);
			String stranger = stranger(allowed);
			// Also without a token: a stranger's malformed request is refused at the door, in the same format.
			for (String principal : new java.util.LinkedHashSet<>(List.of(allowed, stranger, "NONE"))) {
				cases.addAll(casesFor(operation, row, principal, world.principals.get(allowed).corporation()));
			}
		}
		// A fixed seed: the same cases in the same order each run (a smoke run takes a sample of them).
		Collections.shuffle(cases, new Random(seed));
		List<Case> chosen = cases.subList(0, Math.min(limit, cases.size()));
		Map<String, String> baseline = snapshot.take();
		for (Case c : chosen) {
			Client.Reply reply = client.send(c.request().get());
			sent++;
			statuses.merge(String.valueOf(reply.status()), 1, Integer::sum);
			slowestMillis = Math.max(slowestMillis, reply.millis());
			if (reply.status() == 0) {
				findings.add(new Finding("hung or cut off", c.label() + " as " + c.principal(), 0, reply.body()));
			}
			else if (reply.status() >= 500) {
				findings.add(new Finding("5xx", c.label() + " as " + c.principal(), reply.status(), World.abbreviate(reply.body())));
			}
			else if (reply.status() >= 400 && !reply.problem()) {
				findings.add(new Finding("4xx without problem+json", c.label() + " as " + c.principal(), reply.status(), reply.contentType()));
			}
			if (reply.ok()) {
				// What was accepted may have listeners still writing after the commit: let them finish before the next baseline.
				snapshot.settle(10_000);
				Thread.sleep(50);
			}
			Map<String, String> now = snapshot.take();
			if (!reply.ok()) {
				refused++;
				List<String> changed = Snapshot.changed(baseline, now);
				if (!changed.isEmpty() && Snapshot.backgroundRan(baseline, now)) {
					jobInterference++;
				}
				else if (!changed.isEmpty()) {
					findings.add(new Finding("refused request changed tables " + changed, c.label() + " as " + c.principal(), reply.status(), ""));
				}
			}
			baseline = now;
		}
		total = cases.size();
	}

	int total;

	/** Who may send the operation's request (a stranger's copy of it must be refused). */
	static String allowedPrincipal(World world, AuthorisationMatrix.Row row) {
		if (row.allowed().contains("PUBLIC")) {
			return "NONE";
		}
		if (row.allowed().contains("SIGNED_IN")) {
			return "COORDINATOR";
		}
		return row.allowed().stream().filter(world.principals::containsKey).findFirst().orElse("ADMIN");
	}

	/** Someone of the other corporation (the same role where there is one) sending the same request. */
	private String stranger(String allowed) {
		if (allowed.equals("NONE") || allowed.equals("ADMIN")) {
			return allowed;
		}
		String zuid = "ZUID_" + allowed;
		if (world.principals.containsKey(zuid)) {
			return zuid;
		}
		if (allowed.startsWith("ZUID_") && world.principals.containsKey(allowed.substring(5))) {
			return allowed.substring(5);
		}
		return allowed.startsWith("ZUID_") ? "COORDINATOR" : "ZUID_COORDINATOR";
	}

	private List<Case> casesFor(ApiDescription.Operation operation, AuthorisationMatrix.Row row, String principalKey, Corporation owner) {
		Principal principal = world.principals.get(principalKey);
		Map<Kind, String> ids = new LinkedHashMap<>(world.ids.get(owner == null ? Corporation.KETEN : owner));
		Kind kind = row.kind() == null ? Kind.PROJECT : row.kind();
		String path = operation.path().replace("{dwellingId}", AuthorisationMatrix.id(ids, Kind.DWELLING)).replace("{organisationId}", AuthorisationMatrix.id(ids, Kind.PARTNER))
			.replace("{id}", AuthorisationMatrix.id(ids, kind));
		String query = operation.key().equals("GET /api/v1/signals/stats") ? "?projectId=" + ids.get(Kind.PROJECT) : "";
		String base = AuthorisationMatrix.BODIES.get(operation.key());
		String validBody = base == null ? null : AuthorisationMatrix.fill(base, ids);
		String auth = principal.authorization();
		String method = operation.method();
		List<Case> cases = new ArrayList<>();
		String key = operation.key();

		// Ids in the path: malformed, unknown, traversal, another corporation's.
		if (operation.path().contains("{")) {
			Map<Kind, String> others = world.ids.get(owner == Corporation.ZUID ? Corporation.KETEN : Corporation.ZUID);
			for (String bad : List.of("not-a-uuid", UUID.randomUUID().toString(), "..%2F..%2Fetc%2Fpasswd", "%00", "9".repeat(300), "-1",
					"00000000-0000-0000-0000-000000000000", AuthorisationMatrix.id(others, kind), "%27%20or%201%3D1--", "%E2%80%AE")) {
				String mutated = operation.path().replace("{dwellingId}", AuthorisationMatrix.id(ids, Kind.DWELLING)).replace("{organisationId}", AuthorisationMatrix.id(ids, Kind.PARTNER))
					.replaceFirst("\\{[a-zA-Z]+\\}", java.util.regex.Matcher.quoteReplacement(bad)).replace("{id}", AuthorisationMatrix.id(ids, kind));
				cases.add(new Case(key + " path=" + bad, principalKey, () -> json(method, mutated + query, auth, validBody)));
			}
		}
		// Query parameters: wrong types, huge and negative numbers, injections.
		for (ApiDescription.Parameter parameter : operation.parameters()) {
			if (!parameter.in().equals("query") || operation.body() != null) {
				continue;
			}
			for (String bad : List.of("-1", "abc", "99999999999999999999", "2147483648", "%00", "%27%3B--", "1e309", "", "%3Cscript%3E")) {
				String separator = query.isEmpty() ? "?" : "&";
				cases.add(new Case(key + " " + parameter.name() + "=" + bad, principalKey,
						() -> json(method, path + query + separator + parameter.name() + "=" + bad, auth, validBody)));
			}
		}
		if (operation.hasJsonBody() && validBody != null) {
			ObjectNode valid = (ObjectNode) Client.JSON.readTree(validBody);
			// One field at a time, for every property of the schema (also those the valid body leaves out).
			List<String> fields = new ArrayList<>();
			operation.body().path("properties").propertyNames().forEach(fields::add);
			for (String field : fields) {
				for (Map.Entry<String, JsonNode> bad : badValues().entrySet()) {
					cases.add(new Case(key + " " + field + "=" + bad.getKey(), principalKey, () -> {
						ObjectNode body = valid.deepCopy();
						body.set(field, bad.getValue());
						return json(method, path + query, auth, Client.JSON.writeValueAsString(body));
					}));
				}
			}
			for (JsonNode required : operation.body().path("required")) {
				cases.add(new Case(key + " without " + required.asString(), principalKey, () -> {
					ObjectNode body = valid.deepCopy();
					body.remove(required.asString());
					return json(method, path + query, auth, Client.JSON.writeValueAsString(body));
				}));
			}
			cases.add(new Case(key + " with extra fields", principalKey, () -> {
				ObjectNode body = valid.deepCopy();
				body.put("id", UUID.randomUUID().toString());
				body.put("corporationId", AuthorisationMatrix.id(world.ids.get(Corporation.ZUID), Kind.CORPORATION));
				body.put("status", "APPROVED");
				body.put("isAdmin", true);
				return json(method, path + query, auth, Client.JSON.writeValueAsString(body));
			}));
			// Whole bodies that are wrong.
			Map<String, String> wholes = new LinkedHashMap<>();
			wholes.put("truncated", validBody.substring(0, validBody.length() / 2));
			wholes.put("empty", "");
			wholes.put("null", "null");
			wholes.put("array", "[" + validBody + "]");
			wholes.put("string", "\"" + "a".repeat(100) + "\"");
			wholes.put("number", "12345678901234567890");
			wholes.put("nested 5000 deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
			wholes.put("NUL bytes", validBody.replace("\"", "\u0000\""));
			wholes.put("invalid UTF-8", "{\"name\":\"\u00ff\u00fe\"}");
			wholes.put("trailing garbage", validBody + "}}]]garbage");
			wholes.put("duplicate keys", validBody.replaceFirst("\\{", "{\"x\":1,\"x\":2,"));
			for (var whole : wholes.entrySet()) {
				byte[] bytes = whole.getKey().equals("invalid UTF-8") ? new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }
						: whole.getValue().getBytes(StandardCharsets.UTF_8);
				cases.add(new Case(key + " body " + whole.getKey(), principalKey,
						() -> client.request(method, path + query, auth, "application/json", bytes)));
			}
			for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
					"application/json; charset=ebcdic", "")) {
				cases.add(new Case(key + " as " + (type.isEmpty() ? "no content type" : type), principalKey,
						() -> client.request(method, path + query, auth, type.isEmpty() ? null : type, validBody.getBytes(StandardCharsets.UTF_8))));
			}
		}
		if (operation.bodyType() != null && operation.bodyType().startsWith("multipart")) {
			Map<String, String> fields = key.endsWith("/progress")
					? Map.of("amount", "1", "occurredOn", java.time.LocalDate.now().toString(), "note", "Voortgang") : Map.of();
			for (String[] file : List.of(new String[] { "../../../../etc/passwd.pdf", "application/pdf", "pdf" },
					new String[] { "bewijs.pdf", "application/pdf", "html" }, new String[] { "..\\..\\windows\\win.ini", "image/png", "pdf" },
					new String[] { "bewijs\u0000.exe.pdf", "application/pdf", "pdf" }, new String[] { "leeg.pdf", "application/pdf", "empty" },
					new String[] { "a".repeat(5000) + ".pdf", "application/pdf", "pdf" }, new String[] { "script.pdf", "application/pdf", "js" })) {
				byte[] content = switch (file[2]) {
					case "html" -> "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
					case "empty" -> new byte[0];
					case "js" -> "%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF"
						.getBytes(StandardCharsets.US_ASCII);
					default -> Samples.PDF;
				};
				cases.add(new Case(key + " file " + World.abbreviate(file[0]) + " (" + file[2] + ")", principalKey,
						() -> world.multipart(auth, path, file[0], file[1], content, fields)));
			}
		}
		return cases;
	}

	private static Map<String, JsonNode> badValues() {
		Map<String, JsonNode> values = new LinkedHashMap<>();
		values.put("null", NODES.nullNode());
		values.put("empty string", NODES.textNode(""));
		values.put("1 MB string", NODES.textNode(MEGABYTE));
		values.put("NUL", NODES.textNode("a\u0000b"));
		values.put("Unicode", NODES.textNode("Ünïcødé 𝔘𝔫𝔦 \u202e\u200b ﷽ 🏚️"));
		values.put("SQL", NODES.textNode("x'; drop table project; --"));
		values.put("HTML", NODES.textNode("<img src=x onerror=alert(1)>"));
		values.put("traversal", NODES.textNode("../../../../etc/passwd"));
		values.put("bad date", NODES.textNode("2026-02-30"));
		values.put("bad uuid", NODES.textNode("not-a-uuid"));
		values.put("unknown uuid", NODES.textNode(UUID.randomUUID().toString()));
		values.put("zero", NODES.numberNode(0));
		values.put("negative", NODES.numberNode(-1));
		values.put("min int - 1", NODES.numberNode(-2147483649L));
		values.put("huge integer", NODES.numberNode(new BigInteger("9".repeat(400))));
		values.put("huge decimal", NODES.numberNode(new BigDecimal("1e308")));
		values.put("tiny decimal", NODES.numberNode(new BigDecimal("1e-400")));
		values.put("fraction", NODES.numberNode(new BigDecimal("1.5")));
		values.put("true", NODES.booleanNode(true));
		values.put("array", NODES.arrayNode().add("x").add(1));
		values.put("object", NODES.objectNode().put("a", 1));
		values.put("unknown enum", NODES.textNode("NOT_A_VALUE"));
		return values;
	}

	private HttpRequest.Builder json(String method, String path, String authorization, String body) {
		return client.request(method, path, authorization, body == null ? null : "application/json",
				body == null ? null : body.getBytes(StandardCharsets.UTF_8));
	}
}
