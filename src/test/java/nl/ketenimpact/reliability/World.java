package nl.ketenimpact.reliability;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenimpact.TestTotp;

/**
 * Who calls and on what: a token for every demo user of both corporations, a deactivated user, a user of an
 * organisation without projects, an expired token and no token; and for every kind of record an id of each
 * corporation, made through the API where the demo data has none (the second corporation has only dwellings).
 * Everything here is set up through the product; only the expiry of one token is moved back in the database.
 */
final class World {

	static final String PASSWORD = "Rivier-Zeeg-Betrouwbaar-47";

	enum Corporation {
		KETEN, ZUID
	}

	/** Kinds of ids in paths and bodies. */
	enum Kind {
		PROJECT, DWELLING, PARTNER, NEW_PARTNER, CORPORATION, SIGNAL, REPORT, PRACTICE, PLACEMENT, OPPORTUNITY, INVITATION, CONTRIBUTION, COMMITMENT,
		APPLICATION, ACTIVITY, IMPORT, EVIDENCE, TOKEN, PROPOSAL, PRIVACY_REQUEST
	}

	record Principal(String key, String username, String authorization, Corporation corporation) {
	}

	final Map<String, Principal> principals = new LinkedHashMap<>();

	final Map<Corporation, Map<Kind, String>> ids = new EnumMap<>(Corporation.class);

	/** Per resident principal: the dwelling and application of another household of the same corporation. */
	final Map<String, Map<Kind, String>> neighbours = new LinkedHashMap<>();

	/** Per resident principal: their own dwelling and application (instead of the corporation's first). */
	final Map<String, Map<Kind, String>> residentOwn = new LinkedHashMap<>();

	/** Strings only the corporation's own people may see: ids of its records, its residents' names, its staff's addresses. */
	final Map<Corporation, Set<String>> markers = new EnumMap<>(Corporation.class);

	final List<String> notes = new ArrayList<>();

	private final Client client;

	/** A connection to the application's database when one is needed (PostgreSQL may have been restarted in between). */
	interface Database {
		Connection connect() throws SQLException;
	}

	private final Database database;

	World(Client client, Database database) {
		this.client = client;
		this.database = database;
	}

	static final Map<String, String[]> DEMO = new LinkedHashMap<>();
	static {
		DEMO.put("ADMIN", new String[] { "admin@demo.nl", "KETEN" });
		DEMO.put("COORDINATOR", new String[] { "coordinator@demo.nl", "KETEN" });
		DEMO.put("PROJECT_LEAD", new String[] { "projectlead@demo.nl", "KETEN" });
		DEMO.put("SOCIAL_WORKER", new String[] { "wijkconsulent@demo.nl", "KETEN" });
		DEMO.put("PARTNER_LEAD", new String[] { "aannemer@demo.nl", "KETEN" });
		DEMO.put("FIELD_WORKER", new String[] { "vakman@demo.nl", "KETEN" });
		DEMO.put("CASE_WORKER", new String[] { "hulpverlener@demo.nl", "KETEN" });
		DEMO.put("RESIDENT", new String[] { "huurder@demo.nl", "KETEN" });
		DEMO.put("ZUID_COORDINATOR", new String[] { "coordinator@zuid.demo.nl", "ZUID" });
		DEMO.put("ZUID_PROJECT_LEAD", new String[] { "projectlead@zuid.demo.nl", "ZUID" });
		DEMO.put("ZUID_PARTNER_LEAD", new String[] { "aannemer@zuid.demo.nl", "ZUID" });
		DEMO.put("ZUID_RESIDENT", new String[] { "huurder@zuid.demo.nl", "ZUID" });
	}

	static final Set<String> TOTP_USERS = Set.of("admin@demo.nl", "wijkconsulent@demo.nl", "hulpverlener@demo.nl");

	/** The application moved (another instance took over): the same tokens, another address. */
	void moveTo(String base) {
		client.base = base;
	}

	String token(String key) {
		return principals.get(key).authorization();
	}

	void build() throws Exception {
		for (var entry : DEMO.entrySet()) {
			String username = entry.getValue()[0];
			principals.put(entry.getKey(), new Principal(entry.getKey(), username,
					client.token(username, "demo", TOTP_USERS.contains(username) ? TestTotp.DEMO_SECRET : null),
					Corporation.valueOf(entry.getValue()[1])));
		}
		for (Corporation corporation : Corporation.values()) {
			ids.put(corporation, new EnumMap<>(Kind.class));
		}
		demoIds();
		// The second corporation's chain partner brings a site worker (the demo has none there): who reports its signals.
		principals.put("ZUID_FIELD_WORKER", new Principal("ZUID_FIELD_WORKER", "vakman@kempen.test", invitedToken(token("ZUID_PARTNER_LEAD"),
				ids.get(Corporation.ZUID).get(Kind.PARTNER), "vakman@kempen.test", "FIELD_WORKER"), Corporation.ZUID));
		seedZuid();
		seedKeten();
		extraPrincipals();
		for (Corporation corporation : Corporation.values()) {
			markers.put(corporation, markersOf(corporation));
		}
	}

	// --- ids ----------------------------------------------------------------------------------------------

	private void demoIds() throws SQLException {
		Map<Kind, String> keten = ids.get(Corporation.KETEN);
		Map<Kind, String> zuid = ids.get(Corporation.ZUID);
		keten.put(Kind.CORPORATION, one("select id from organisation where name = 'Woonstichting De Keten'"));
		zuid.put(Kind.CORPORATION, one("select id from organisation where name = 'Woongoed Zuid'"));
		// The project every Keten demo user works in (the chain partner, the welfare organisation and the resident's dwelling).
		keten.put(Kind.PROJECT, one("select id from project where name = 'Verduurzaming Lombok-West'"));
		zuid.put(Kind.PROJECT, one("select id from project where name = 'Verduurzaming Woensel-Noord'"));
		for (Corporation corporation : Corporation.values()) {
			Map<Kind, String> mine = ids.get(corporation);
			String project = "'" + mine.get(Kind.PROJECT) + "'";
			mine.put(Kind.DWELLING, one("select d.id from dwelling d left join resident_account a on a.dwelling_id = d.id where d.project_id = "
					+ project + " order by (a.user_id is null), d.code limit 1"));
			mine.put(Kind.PARTNER, one("select pp.organisation_id from project_partner pp join organisation o on o.id = pp.organisation_id"
					+ " where pp.project_id = " + project + " order by (o.type = 'MAIN_CONTRACTOR') desc, o.name limit 1"));
		}
		// Practices are shared on purpose (copying what worked elsewhere): one of each corporation's side is the same kind of id.
		String practice = one("select id from practice order by title limit 1");
		keten.put(Kind.PRACTICE, practice);
		zuid.put(Kind.PRACTICE, practice);
	}

	/** The second corporation's records of every kind, made by its own people through the API. */
	private void seedZuid() throws Exception {
		seed(Corporation.ZUID, "ZUID_FIELD_WORKER", "ZUID_PROJECT_LEAD", "ZUID_PARTNER_LEAD", "ZUID_COORDINATOR", "ZUID_RESIDENT");
	}

	/** Records the first corporation lacks in the demo data (an import, an invitation) and its resident's own ids. */
	private void seedKeten() throws Exception {
		seed(Corporation.KETEN, "FIELD_WORKER", "PROJECT_LEAD", "PARTNER_LEAD", "COORDINATOR", "RESIDENT");
		String resident = principals.get("RESIDENT").username();
		residentOwn.put("RESIDENT", Map.of(Kind.DWELLING, one("select a.dwelling_id from resident_account a join app_user u on u.id = a.user_id"
				+ " where u.username = '" + resident + "'"), Kind.APPLICATION, one("select a.id from application a join app_user u on u.id = a.applicant_id"
				+ " where u.username = '" + resident + "' order by a.created_at limit 1")));
		residentOwn.put("ZUID_RESIDENT", Map.of(Kind.DWELLING, one("select a.dwelling_id from resident_account a join app_user u on u.id = a.user_id"
				+ " where u.username = 'huurder@zuid.demo.nl'"), Kind.APPLICATION, ids.get(Corporation.ZUID).get(Kind.APPLICATION)));
		neighbours.put("RESIDENT", Map.of(Kind.DWELLING, one("select d.id from dwelling d join resident r on r.dwelling_id = d.id where d.project_id = '"
				+ ids.get(Corporation.KETEN).get(Kind.PROJECT) + "' and d.id <> '" + residentOwn.get("RESIDENT").get(Kind.DWELLING)
				+ "' order by d.code limit 1"), Kind.APPLICATION, one("select a.id from application a join app_user u on u.id = a.applicant_id"
				+ " join opportunity o on o.id = a.opportunity_id where o.project_id = '" + ids.get(Corporation.KETEN).get(Kind.PROJECT)
				+ "' and u.username <> '" + resident + "' order by a.created_at limit 1")));
	}

	private void seed(Corporation corporation, String reporter, String lead, String partner, String coordinator, String resident) throws Exception {
		Map<Kind, String> mine = ids.get(corporation);
		String project = mine.get(Kind.PROJECT);
		String today = LocalDate.now().toString();
		// An organisation that is not yet a chain partner of the project (what POST /projects/{id}/partners adds).
		mine.put(Kind.NEW_PARTNER, created("ADMIN", "POST", "/api/v1/organisations", """
				{"name":"Proefleverancier %s","type":"SUPPLIER"}""".formatted(corporation.name()), "id"));
		mine.computeIfAbsent(Kind.SIGNAL, k -> created(reporter, "POST", "/api/v1/projects/" + project + "/signals", """
				{"dwellingId":"%s","categories":["LONELINESS"],"urgency":"NORMAL","observation":"Bewoner lijkt weinig bezoek te krijgen."}"""
			.formatted(mine.get(Kind.DWELLING)), "id"));
		mine.computeIfAbsent(Kind.CONTRIBUTION, k -> created(partner, "POST", "/api/v1/projects/" + project + "/contributions", """
				{"kind":"PURCHASE","supplier":"Sociale Werkplaats Oost","amountEur":1250,"register":true,"startDate":"%s"}""".formatted(today), "id"));
		if (!mine.containsKey(Kind.EVIDENCE) && mine.get(Kind.CONTRIBUTION) != null) {
			Client.Reply evidence = client.send(multipart(token(partner), "/api/v1/contributions/" + mine.get(Kind.CONTRIBUTION) + "/evidence",
					"factuur.pdf", "application/pdf", Samples.PDF, Map.of()));
			remember(mine, Kind.EVIDENCE, evidence, "evidenceId", "evidence upload");
		}
		mine.computeIfAbsent(Kind.REPORT, k -> created(partner, "POST", "/api/v1/projects/" + project + "/reports", """
				{"period":"%d-Q4","narrative":"Twee leerwerkplekken gestart."}""".formatted(LocalDate.now().getYear() - 1), "id"));
		mine.computeIfAbsent(Kind.COMMITMENT, k -> created(coordinator, "POST", "/api/v1/projects/" + project + "/commitments", """
				{"partnerId":"%s","theme":"WORK_EXPERIENCE","description":"Twee werkervaringsplaatsen","metric":"PLACEMENTS","target":2}"""
			.formatted(mine.get(Kind.PARTNER)), "id"));
		mine.computeIfAbsent(Kind.ACTIVITY, k -> created(lead, "POST", "/api/v1/projects/" + project + "/activities", """
				{"type":"SITE_EXCURSION","title":"Bouwplaatsbezoek groep 7","heldOn":"%s","children":12,"adults":2,"residents":3,
				"staffVolunteerHours":4,"parentalConsents":12}""".formatted(today), "id"));
		// A tenant's request to correct their data (what the coordinator decides on).
		mine.computeIfAbsent(Kind.PRIVACY_REQUEST, k -> created(resident, "POST", "/api/v1/me/requests", """
				{"kind":"CORRECTION","details":"Mijn achternaam is verkeerd gespeld."}""", "id"));
		// A renovation proposal for all the project's dwellings, open until today (tenants vote on it; it can be closed).
		if (!mine.containsKey(Kind.PROPOSAL)) {
			String proposal = created(lead, "POST", "/api/v1/projects/" + project + "/proposals", """
					{"title":"Proefvoorstel","worksRenovation":"Isolatie","rentChanges":[{"dwellingType":"Flat","currentRentEur":600,"newRentEur":620,
					"basis":"Verbetering"}],"durationWeeks":2,"inhabited":true,"votingOpensOn":"%s","votingClosesOn":"%s"}""".formatted(today, today), "id");
			if (proposal != null) {
				client.call("POST", "/api/v1/proposals/" + proposal + "/open", token(lead), null);
				mine.put(Kind.PROPOSAL, proposal);
			}
		}
		mine.computeIfAbsent(Kind.OPPORTUNITY, k -> created(lead, "POST", "/api/v1/projects/" + project + "/opportunities", """
				{"type":"WORK_EXPERIENCE","title":"Werkervaring schilderen","description":"Drie maanden meewerken met de schilders.","places":3,
				"startDate":"%s","jobGuarantee":false}""".formatted(today), "id"));
		if (!mine.containsKey(Kind.APPLICATION) && mine.get(Kind.OPPORTUNITY) != null) {
			mine.put(Kind.APPLICATION, created(resident, "POST", "/api/v1/opportunities/" + mine.get(Kind.OPPORTUNITY) + "/applications", """
					{"motivation":"Ik wil graag leren schilderen.","availability":"Maandag tot en met woensdag"}""", "id"));
		}
		if (!mine.containsKey(Kind.PLACEMENT) && mine.get(Kind.APPLICATION) != null) {
			String placement = created(lead, "POST", "/api/v1/applications/" + mine.get(Kind.APPLICATION) + "/decision", """
					{"accept":true,"startDate":"%s","endDate":"%s","mentor":"J. de Vries","hoursPerWeek":16,"block":"PARTICIPATIEWET"}"""
				.formatted(today, LocalDate.now().plusMonths(3)), "placementId");
			if (placement != null) {
				mine.put(Kind.PLACEMENT, placement);
			}
		}
		Client.Reply imported = client.send(client.request("POST", "/api/v1/projects/" + project + "/dwellings/import?dryRun=true", token(lead),
				"text/csv", Samples.csv(3, corporation.ordinal() * 100).getBytes(StandardCharsets.UTF_8)));
		remember(mine, Kind.IMPORT, imported, "id", "import preview");
		mine.put(Kind.INVITATION, created(coordinator, "POST", "/api/v1/invitations", """
				{"email":"nieuw.%s@reliability.test","name":"Nieuwe Collega","organisationId":"%s","roles":["FIELD_WORKER"]}"""
				.formatted(corporation.name().toLowerCase(), mine.get(Kind.CORPORATION)),
				"id"));
		// An identity provider of the corporation's own (for other domains than its people's, so passwords keep working here).
		Client.Reply provider = client.call("PUT", "/api/v1/organisations/" + mine.get(Kind.CORPORATION) + "/identity-provider", token("ADMIN"), """
				{"issuerUri":"http://127.0.0.1:9/%s","clientId":"ketenimpact","clientSecret":"geheim","emailDomains":["idp-%s.test"],"passwordsAllowed":true}"""
			.formatted(corporation.name().toLowerCase(), corporation.name().toLowerCase()));
		if (!provider.ok()) {
			notes.add("identity provider could not be registered: " + provider.status() + " " + abbreviate(provider.body()));
		}
		// A second token of the coordinator: what DELETE /tokens/{id} is tried on (the first keeps working).
		mine.put(Kind.TOKEN, created(coordinator, "POST", "/api/v1/tokens", "{\"name\":\"matrix\",\"validDays\":1}", "id"));
	}

	private void remember(Map<Kind, String> mine, Kind kind, Client.Reply reply, String field, String what) {
		String id = reply.ok() ? reply.json().path(field).asString(null) : null;
		if (id == null) {
			notes.add(what + " could not be made: " + reply.status() + " " + abbreviate(reply.body()));
		}
		else {
			mine.put(kind, id);
		}
	}

	private String created(String principal, String method, String path, String json, String field) {
		Client.Reply reply = client.call(method, path, token(principal), json);
		String id = reply.ok() ? reply.json().path(field).asString(null) : null;
		if (id == null) {
			notes.add(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " as " + principal + " made nothing: " + reply.status() + " "
					+ abbreviate(reply.body()));
		}
		return id;
	}

	// --- extra principals ------------------------------------------------------------------------------------

	private void extraPrincipals() throws Exception {
		String admin = token("ADMIN");
		// A partner organisation without any project, and its lead.
		String lonely = created("ADMIN", "POST", "/api/v1/organisations", "{\"name\":\"Schildersbedrijf Zonder Project\",\"type\":\"SUBCONTRACTOR\"}",
				"id");
		principals.put("NO_PROJECTS", new Principal("NO_PROJECTS", "lead@zonderproject.test", invitedToken(admin, lonely,
				"lead@zonderproject.test", "PARTNER_LEAD"), null));
		// A field worker of the chain partner, deactivated by the admin in the UI after the token was issued.
		String partner = one("select id from organisation where name = 'Bouwbedrijf Van Dam'");
		String deactivatedToken = invitedToken(admin, partner, "vertrokken@vandam.test", "FIELD_WORKER");
		String userId = one("select id from app_user where username = 'vertrokken@vandam.test'");
		Client browser = new Client(client.base);
		browser.login("admin@demo.nl", "demo", TestTotp.DEMO_SECRET);
		Client.Reply deactivated = browser.form("/admin/users/" + userId, "/admin/users/" + userId + "/active", Map.of("active", "false"));
		if (deactivated.status() != 302) {
			throw new IllegalStateException("deactivation refused: " + deactivated.status());
		}
		principals.put("DEACTIVATED", new Principal("DEACTIVATED", "vertrokken@vandam.test", deactivatedToken, Corporation.KETEN));
		// A coordinator's token that has expired (its expiry moved into the past: a day is too long to wait).
		Client.Reply extra = client.call("POST", "/api/v1/tokens", token("COORDINATOR"), "{\"name\":\"verlopen\",\"validDays\":1}");
		String expiredId = extra.json().path("id").asString();
		try (Connection db = database.connect(); Statement statement = db.createStatement()) {
			statement.executeUpdate("update api_token set expires_at = now() - interval '1 minute' where id = '" + expiredId + "'");
		}
		principals.put("EXPIRED", new Principal("EXPIRED", "coordinator@demo.nl", "Bearer " + extra.json().path("token").asString(),
				Corporation.KETEN));
		principals.put("NONE", new Principal("NONE", null, null, null));
	}

	/** Invites through the API, accepts with the token from the outbox (no mail server here), and signs in. */
	String invitedToken(String admin, String organisation, String email, String role) throws SQLException {
		Client.Reply invited = client.call("POST", "/api/v1/invitations", admin, """
				{"email":"%s","name":"Reliability %s","organisationId":"%s","roles":["%s"]}""".formatted(email, role, organisation, role));
		if (invited.status() != 201) {
			throw new IllegalStateException("invitation of " + email + " refused: " + invited.status() + " " + invited.body());
		}
		String body = one("select body from mail_outbox where to_address = '" + email + "' order by created_at desc limit 1");
		Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body == null ? "" : body);
		if (!link.find()) {
			throw new IllegalStateException("no invitation link in the outbox for " + email);
		}
		Client.Reply accepted = client.call("POST", "/api/v1/invitations/accept", null, """
				{"token":"%s","name":"Reliability %s","password":"%s"}""".formatted(link.group(1), role, PASSWORD));
		if (accepted.status() != 201) {
			throw new IllegalStateException("acceptance for " + email + " refused: " + accepted.status() + " " + accepted.body());
		}
		return client.token(email, PASSWORD, null);
	}

	// --- what must not leak ------------------------------------------------------------------------------

	private Set<String> markersOf(Corporation corporation) throws SQLException {
		String org = "'" + ids.get(corporation).get(Kind.CORPORATION) + "'";
		String projects = "(select id from project where corporation_id = " + org + ")";
		Set<String> found = new HashSet<>();
		for (String sql : List.of("select id::text from project where corporation_id = " + org,
				"select id::text from dwelling where project_id in " + projects,
				"select r.name from resident r join dwelling d on d.id = r.dwelling_id where d.project_id in " + projects + " and length(r.name) > 5",
				"select id::text from signal where project_id in " + projects, "select id::text from contribution where project_id in " + projects,
				"select id::text from partner_report where project_id in " + projects, "select id::text from placement where project_id in " + projects,
				"select id::text from commitment where project_id in " + projects, "select id::text from activity where project_id in " + projects,
				"select id::text from evidence where project_id in " + projects,
				"select a.id::text from application a join opportunity o on o.id = a.opportunity_id where o.project_id in " + projects,
				"select username from app_user where organisation_id = " + org, "select id::text from app_user where organisation_id = " + org)) {
			try (Connection db = database.connect(); Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
				while (rows.next()) {
					found.add(rows.getString(1));
				}
			}
		}
		// Opportunities of a project are public to the project's residents only, but the corporation's other ids cover it.
		return found;
	}

	String one(String sql) throws SQLException {
		try (Connection db = database.connect(); Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	java.net.http.HttpRequest.Builder multipart(String authorization, String path, String filename, String type, byte[] content,
			Map<String, String> fields) {
		String boundary = "reliability" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder parts = new StringBuilder();
		fields.forEach((name, value) -> parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
			.append("\"\r\n\r\n").append(value).append("\r\n"));
		byte[] head = (parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\nContent-Type: " + type
				+ "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return client.request("POST", path, authorization, "multipart/form-data; boundary=" + boundary, body);
	}

	static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
	}
}
