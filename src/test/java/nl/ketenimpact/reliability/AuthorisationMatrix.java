package nl.ketenimpact.reliability;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import nl.ketenimpact.reliability.World.Corporation;
import nl.ketenimpact.reliability.World.Kind;
import nl.ketenimpact.reliability.World.Principal;

/**
 * Every operation of the API description × every principal × an id of their own corporation and of the other (and,
 * for a resident, of another household). Who may do what on their own ids is the {@link #TABLE}; anyone else must be
 * refused. A leak is a 2xx where a refusal is expected, or an answer that carries the other corporation's data.
 */
final class AuthorisationMatrix {

	/**
	 * Operation, the kind of its {@code {id}}, and who may call it on ids of their own corporation ({@code PUBLIC}: anyone,
	 * also without a token; {@code SIGNED_IN}: every active account). An id of the other corporation is refused for all but
	 * the admin, who belongs to none; practices are shared between corporations by design ({@code SHARED}).
	 */
	static final String TABLE = """
			POST /api/v1/activate                                        -            PUBLIC
			POST /api/v1/activities/{id}/held                            ACTIVITY     COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/applications                                     -            SIGNED_IN
			POST /api/v1/applications/{id}/decision                      APPLICATION  COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/audit                                            -            ADMIN COORDINATOR ZUID_COORDINATOR
			POST /api/v1/auth/password-reset                             -            PUBLIC
			POST /api/v1/auth/password-reset/confirm                     -            PUBLIC
			POST /api/v1/auth/token                                      -            PUBLIC
			POST /api/v1/commitments/{id}/accept                         COMMITMENT   COORDINATOR ZUID_COORDINATOR
			POST /api/v1/commitments/{id}/decline                        COMMITMENT   COORDINATOR ZUID_COORDINATOR
			POST /api/v1/commitments/{id}/progress                       COMMITMENT   COORDINATOR PARTNER_LEAD PROJECT_LEAD ZUID_COORDINATOR ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/contributions/{id}                               CONTRIBUTION COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/contributions/{id}/approve                      CONTRIBUTION COORDINATOR ZUID_COORDINATOR
			POST /api/v1/contributions/{id}/evidence                     CONTRIBUTION PARTNER_LEAD ZUID_PARTNER_LEAD
			POST /api/v1/contributions/{id}/reject                       CONTRIBUTION COORDINATOR ZUID_COORDINATOR
			GET /api/v1/evidence/{id}                                    EVIDENCE     COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/imports/{id}/start                              IMPORT       PROJECT_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/household-reads                                  -            COORDINATOR ZUID_COORDINATOR
			GET /api/v1/imports/{id}                                     IMPORT       PROJECT_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/invitations                                      -            ADMIN COORDINATOR NO_PROJECTS PARTNER_LEAD PROJECT_LEAD ZUID_COORDINATOR ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/invitations                                     -            ADMIN COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			POST /api/v1/invitations/accept                              -            PUBLIC
			GET /api/v1/invitations/{id}                                 INVITATION   ADMIN COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			POST /api/v1/invitations/{id}/resend                         INVITATION   ADMIN COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			POST /api/v1/invitations/{id}/revoke                         INVITATION   ADMIN COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/me                                               -            SIGNED_IN
			GET /api/v1/me/worklist                                      -            SIGNED_IN
			GET /api/v1/me/data                                          -            SIGNED_IN
			POST /api/v1/me/requests                                     -            SIGNED_IN
			GET /api/v1/me/notification-preferences                      -            SIGNED_IN
			PUT /api/v1/me/notification-preferences                      -            SIGNED_IN
			GET /api/v1/me/notifications                                 -            SIGNED_IN
			POST /api/v1/me/notifications/read                           -            SIGNED_IN
			GET /api/v1/opportunities/{id}                               OPPORTUNITY  CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			GET /api/v1/opportunities/{id}/applications                  OPPORTUNITY  COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			POST /api/v1/opportunities/{id}/applications                 OPPORTUNITY  CASE_WORKER RESIDENT ZUID_RESIDENT
			GET /api/v1/organisations                                    -            ADMIN CASE_WORKER COORDINATOR FIELD_WORKER NO_PROJECTS PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/organisations                                   -            ADMIN
			GET /api/v1/organisations/{id}/benchmark                     CORPORATION  COORDINATOR PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/organisations/{id}/esrs                          CORPORATION  COORDINATOR PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_PROJECT_LEAD
			DELETE /api/v1/organisations/{id}/identity-provider          CORPORATION  ADMIN
			GET /api/v1/organisations/{id}/identity-provider             CORPORATION  ADMIN
			PUT /api/v1/organisations/{id}/identity-provider             CORPORATION  ADMIN
			GET /api/v1/organisations/{id}/impact                        CORPORATION  COORDINATOR PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/placements                                       -            SIGNED_IN
			POST /api/v1/placements                                      -            COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			POST /api/v1/placements/{id}/hours                           PLACEMENT    COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			POST /api/v1/placements/{id}/outcome                         PLACEMENT    COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/practices                                        -            ADMIN CASE_WORKER COORDINATOR FIELD_WORKER NO_PROJECTS PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD SHARED
			GET /api/v1/practices/{id}                                   PRACTICE     ADMIN CASE_WORKER COORDINATOR FIELD_WORKER NO_PROJECTS PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD SHARED
			POST /api/v1/practices/{id}/copy                             PRACTICE     COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/privacy/register                                 -            ADMIN COORDINATOR ZUID_COORDINATOR
			GET /api/v1/privacy/requests                                 -            ADMIN COORDINATOR ZUID_COORDINATOR
			POST /api/v1/privacy/requests/{id}/decision                  PRIVACY_REQUEST COORDINATOR ZUID_COORDINATOR
			GET /api/v1/proposals/{id}                                   PROPOSAL     CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			PUT /api/v1/proposals/{id}                                   PROPOSAL     COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			POST /api/v1/proposals/{id}/close                            PROPOSAL     COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/proposals/{id}/notices                           PROPOSAL     COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			POST /api/v1/proposals/{id}/open                             PROPOSAL     COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/proposals/{id}/result                            PROPOSAL     CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			PUT /api/v1/proposals/{id}/vote                              PROPOSAL     RESIDENT ZUID_RESIDENT
			PUT /api/v1/proposals/{id}/votes/{dwellingId}                PROPOSAL     COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/projects                                         -            SIGNED_IN
			POST /api/v1/projects                                        -            PROJECT_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}                                    PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			PATCH /api/v1/projects/{id}                                  PROJECT      PROJECT_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/projects/{id}/activation-codes                  PROJECT      PROJECT_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/activation-letters                 PROJECT      PROJECT_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/activities                         PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/projects/{id}/activities                        PROJECT      COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/commitments                        PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/projects/{id}/commitments                       PROJECT      COORDINATOR PARTNER_LEAD PROJECT_LEAD ZUID_COORDINATOR ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/contributions                      PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/projects/{id}/contributions                     PROJECT      PARTNER_LEAD ZUID_PARTNER_LEAD
			GET /api/v1/projects/{id}/dwellings                          PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			POST /api/v1/projects/{id}/dwellings                         PROJECT      PROJECT_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/projects/{id}/dwellings/import                  PROJECT      PROJECT_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/dwellings/{dwellingId}             PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			GET /api/v1/projects/{id}/dwellings/{dwellingId}/resident    PROJECT      COORDINATOR PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_PROJECT_LEAD
			PUT /api/v1/projects/{id}/dwellings/{dwellingId}/resident    PROJECT      PROJECT_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/impact                             PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/job-guarantees                     PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			PUT /api/v1/projects/{id}/obligations/{organisationId}       PROJECT      COORDINATOR ZUID_COORDINATOR
			GET /api/v1/projects/{id}/opportunities                      PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			POST /api/v1/projects/{id}/opportunities                     PROJECT      COORDINATOR PARTNER_LEAD PROJECT_LEAD ZUID_COORDINATOR ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/partners                           PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			POST /api/v1/projects/{id}/partners                          PROJECT      PROJECT_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/proposals                          PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD RESIDENT SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD ZUID_RESIDENT
			POST /api/v1/projects/{id}/proposals                         PROJECT      COORDINATOR PROJECT_LEAD ZUID_COORDINATOR ZUID_PROJECT_LEAD
			GET /api/v1/projects/{id}/reports                            PROJECT      CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			POST /api/v1/projects/{id}/reports                           PROJECT      PARTNER_LEAD ZUID_PARTNER_LEAD
			POST /api/v1/projects/{id}/signals                           PROJECT      FIELD_WORKER SOCIAL_WORKER ZUID_FIELD_WORKER
			POST /api/v1/reports/{id}/approve                            REPORT       COORDINATOR ZUID_COORDINATOR
			POST /api/v1/reports/{id}/return                             REPORT       COORDINATOR ZUID_COORDINATOR
			GET /api/v1/signal-settings                                  -            SIGNED_IN
			PUT /api/v1/signal-settings                                  -            ADMIN
			GET /api/v1/signals                                          -            SIGNED_IN
			GET /api/v1/signals/log                                      -            COORDINATOR ZUID_COORDINATOR
			GET /api/v1/signals/stats                                    -            CASE_WORKER COORDINATOR FIELD_WORKER PARTNER_LEAD PROJECT_LEAD SOCIAL_WORKER ZUID_COORDINATOR ZUID_FIELD_WORKER ZUID_PARTNER_LEAD ZUID_PROJECT_LEAD
			GET /api/v1/signals/{id}                                     SIGNAL       FIELD_WORKER SOCIAL_WORKER ZUID_FIELD_WORKER
			POST /api/v1/signals/{id}/transitions                        SIGNAL       SOCIAL_WORKER
			GET /api/v1/tokens                                           -            SIGNED_IN
			POST /api/v1/tokens                                          -            SIGNED_IN
			DELETE /api/v1/tokens/{id}                                   TOKEN        ADMIN COORDINATOR ZUID_COORDINATOR
			GET /api/v1/value-sets                                       -            SIGNED_IN
			POST /api/v1/value-sets                                      -            ADMIN
			""";

	/** A valid body for each operation that takes JSON, with the ids of the scope it is sent in. */
	static final Map<String, String> BODIES = new LinkedHashMap<>();
	static {
		BODIES.put("PUT /api/v1/signal-settings", "{\"triageDays\":5,\"urgentDays\":2,\"retentionMonths\":24}");
		BODIES.put("PUT /api/v1/projects/{id}/obligations/{organisationId}", "{\"percentage\":5,\"psoStep\":2}");
		BODIES.put("PUT /api/v1/projects/{id}/dwellings/{dwellingId}/resident", "{\"name\":\"T. Proef\",\"preferredLanguage\":\"nl\"}");
		BODIES.put("PUT /api/v1/organisations/{id}/identity-provider",
				"{\"issuerUri\":\"http://127.0.0.1:9/\",\"clientId\":\"ketenimpact\",\"clientSecret\":\"s3cr3t\",\"emailDomains\":[\"idp-{UNIQUE}.test\"],\"passwordsAllowed\":true}");
		BODIES.put("POST /api/v1/value-sets",
				"{\"name\":\"Waardetabel proef\",\"municipality\":\"Proefgemeente {UNIQUE}\",\"validFrom\":\"{TODAY}\",\"amounts\":{\"PARTICIPATIEWET\":30000,\"BANENAFSPRAAK\":30000,\"PRAKTIJKONDERWIJS\":20000,\"WIA_WAO\":30000,\"WW\":15000,\"BBL\":10000,\"BOL\":5000,\"NO_BENEFIT\":5000},\"bonusEur\":1000,\"activityHourEur\":35,\"purchaseRegisterPct\":100,\"purchaseOtherPct\":10,\"psoFulfilmentPct\":50}");
		BODIES.put("POST /api/v1/tokens", "{\"name\":\"matrix\",\"validDays\":1}");
		BODIES.put("POST /api/v1/signals/{id}/transitions", "{\"action\":\"PICK_UP\"}");
		BODIES.put("POST /api/v1/reports/{id}/return", "{\"reason\":\"Graag de uren per week toevoegen.\"}");
		BODIES.put("POST /api/v1/projects", "{\"name\":\"Proefproject {UNIQUE}\",\"municipality\":\"Utrecht\",\"projectType\":\"REB\"}");
		BODIES.put("POST /api/v1/projects/{id}/signals",
				"{\"dwellingId\":\"{DWELLING}\",\"categories\":[\"HEALTH\"],\"urgency\":\"NORMAL\",\"observation\":\"Bewoner hoest erg.\"}");
		BODIES.put("POST /api/v1/projects/{id}/reports", "{\"period\":\"{YEAR}-Q2\",\"narrative\":\"Voortgang volgens plan.\"}");
		BODIES.put("POST /api/v1/projects/{id}/partners", "{\"organisationId\":\"{NEW_PARTNER}\",\"role\":\"SUPPLIER\",\"contractValueEur\":100000}");
		BODIES.put("POST /api/v1/projects/{id}/opportunities",
				"{\"type\":\"INTERNSHIP\",\"title\":\"Stage {UNIQUE}\",\"description\":\"Meelopen op de bouw.\",\"places\":1,\"startDate\":\"{TODAY}\"}");
		BODIES.put("POST /api/v1/projects/{id}/dwellings",
				"{\"code\":\"M-{UNIQUE}\",\"bagIdentificatie\":\"0344010{DIGITS}\",\"straatnaam\":\"Proeflaan\",\"huisnummer\":7,\"postcode\":\"3511AA\",\"woonplaats\":\"Utrecht\"}");
		BODIES.put("POST /api/v1/projects/{id}/contributions", "{\"kind\":\"PURCHASE\",\"supplier\":\"Leerwerkbedrijf\",\"amountEur\":100,\"register\":false,\"startDate\":\"{TODAY}\"}");
		BODIES.put("POST /api/v1/projects/{id}/commitments",
				"{\"partnerId\":\"{PARTNER}\",\"theme\":\"LIVEABILITY\",\"description\":\"Buurtfeest\",\"metric\":\"ACTIVITIES\",\"target\":1}");
		BODIES.put("POST /api/v1/projects/{id}/activities",
				"{\"type\":\"CLEAN_UP_DAY\",\"title\":\"Opschoondag\",\"heldOn\":\"{TODAY}\",\"children\":0,\"adults\":5,\"residents\":4,\"staffVolunteerHours\":3,\"parentalConsents\":0}");
		BODIES.put("POST /api/v1/practices/{id}/copy", "{\"projectId\":\"{PROJECT}\",\"showName\":false,\"again\":true}");
		BODIES.put("POST /api/v1/placements",
				"{\"applicationId\":\"{APPLICATION}\",\"startDate\":\"{TODAY}\",\"endDate\":\"{LATER}\",\"mentor\":\"A. Bakker\",\"hoursPerWeek\":12}");
		BODIES.put("POST /api/v1/placements/{id}/outcome", "{\"outcome\":\"COMPLETED\"}");
		BODIES.put("POST /api/v1/placements/{id}/hours", "{\"weekStart\":\"{MONDAY}\",\"hours\":8}");
		BODIES.put("POST /api/v1/organisations", "{\"name\":\"Proefbedrijf {UNIQUE}\",\"type\":\"SUPPLIER\"}");
		BODIES.put("POST /api/v1/opportunities/{id}/applications", "{\"motivation\":\"Ik wil dit graag leren.\",\"availability\":\"Dinsdag\"}");
		BODIES.put("POST /api/v1/invitations", "{\"email\":\"matrix.{UNIQUE}@reliability.test\",\"organisationId\":\"{CORPORATION}\",\"roles\":[\"FIELD_WORKER\"]}");
		BODIES.put("POST /api/v1/invitations/accept", "{\"token\":\"ongeldig\",\"password\":\"" + World.PASSWORD + "\"}");
		BODIES.put("POST /api/v1/contributions/{id}/reject", "{\"reason\":\"Bewijs ontbreekt.\"}");
		BODIES.put("POST /api/v1/commitments/{id}/decline", "{\"reason\":\"Past niet in dit project.\"}");
		BODIES.put("PUT /api/v1/me/notification-preferences", "{}");
		BODIES.put("POST /api/v1/auth/token", "{\"username\":\"niemand@reliability.test\",\"password\":\"fout\"}");
		BODIES.put("POST /api/v1/auth/password-reset", "{\"email\":\"niemand@reliability.test\"}");
		BODIES.put("POST /api/v1/auth/password-reset/confirm", "{\"token\":\"ongeldig\",\"password\":\"" + World.PASSWORD + "\"}");
		BODIES.put("POST /api/v1/applications/{id}/decision", "{\"accept\":false,\"reason\":\"Geen plek meer.\"}");
		BODIES.put("POST /api/v1/activities/{id}/held",
				"{\"type\":\"SITE_EXCURSION\",\"title\":\"Bouwplaatsbezoek\",\"heldOn\":\"{TODAY}\",\"children\":10,\"adults\":2,\"residents\":0,\"staffVolunteerHours\":2,\"parentalConsents\":10}");
		BODIES.put("POST /api/v1/activate", "{\"code\":\"AAAAA-AAAAA\",\"email\":\"nieuw@reliability.test\",\"name\":\"N. Ieuw\",\"password\":\""
				+ World.PASSWORD + "\"}");
		BODIES.put("PATCH /api/v1/projects/{id}", "{\"neighbourhood\":\"Proefwijk\"}");
		BODIES.put("POST /api/v1/projects/{id}/proposals", "{\"title\":\"Matrix\",\"worksRenovation\":\"Isolatie\",\"rentChanges\":[{\"dwellingType\":"
				+ "\"Flat\",\"currentRentEur\":600,\"newRentEur\":620,\"basis\":\"Verbetering\"}],\"durationWeeks\":2,\"inhabited\":true,"
				+ "\"votingOpensOn\":\"{TODAY}\",\"votingClosesOn\":\"{TODAY}\"}");
		BODIES.put("PUT /api/v1/proposals/{id}", BODIES.get("POST /api/v1/projects/{id}/proposals"));
		BODIES.put("POST /api/v1/me/requests", "{\"kind\":\"CORRECTION\",\"details\":\"Mijn telefoonnummer klopt niet.\"}");
		BODIES.put("POST /api/v1/privacy/requests/{id}/decision", "{\"decision\":\"REFUSED\",\"reason\":\"Matrix: niet uitgevoerd.\"}");
		BODIES.put("PUT /api/v1/proposals/{id}/vote", "{\"choice\":\"AGREE\"}");
		BODIES.put("PUT /api/v1/proposals/{id}/votes/{dwellingId}", "{\"choice\":\"AGREE\"}");
	}

	record Row(String key, Kind kind, Set<String> allowed) {
	}

	/** One call and what it showed. */
	record Call(String principal, String operation, String scope, int status, boolean expectedAllowed, String verdict, String detail) {
	}

	static Map<String, Row> table() {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (String line : TABLE.strip().split("\n")) {
			String[] cells = line.trim().split("\\s+");
			String key = cells[0] + " " + cells[1];
			Set<String> allowed = new LinkedHashSet<>(List.of(cells).subList(3, cells.length));
			rows.put(key, new Row(key, cells[2].equals("-") ? null : Kind.valueOf(cells[2]), allowed));
		}
		return rows;
	}

	/** Operations of the description without a row, and rows without an operation: either fails the suite and the build. */
	static List<String> drift(ApiDescription api) {
		Map<String, Row> rows = table();
		List<String> drift = new ArrayList<>();
		Set<String> described = new TreeSet<>();
		for (ApiDescription.Operation operation : api.operations) {
			described.add(operation.key());
			if (!rows.containsKey(operation.key())) {
				drift.add("no row for " + operation.key());
			}
		}
		for (String key : rows.keySet()) {
			if (!described.contains(key)) {
				drift.add("row without operation: " + key);
			}
		}
		return drift;
	}

	private final Client client;

	private final World world;

	private final ApiDescription api;

	final List<Call> calls = new ArrayList<>();

	/** Observed on own ids: who was not refused (for writing the table, with --learn). */
	final Map<String, Set<String>> observed = new TreeMap<>();

	AuthorisationMatrix(Client client, World world, ApiDescription api) {
		this.client = client;
		this.world = world;
		this.api = api;
	}

	void run() {
		Map<String, Row> rows = table();
		// Reads first, then writes, deletes last (a deleted token or provider cannot be read any more).
		List<ApiDescription.Operation> operations = new ArrayList<>(api.operations);
		operations.sort(Comparator.comparingInt(o -> switch (o.method()) {
			case "GET" -> 0;
			case "DELETE" -> 2;
			default -> 1;
		}));
		for (ApiDescription.Operation operation : operations) {
			Row row = rows.get(operation.key());
			for (Principal principal : world.principals.values()) {
				for (String scope : scopes(principal, operation)) {
					call(operation, row, principal, scope);
				}
			}
		}
	}

	private static final Set<String> WITHOUT_ACCOUNT = Set.of("NONE", "EXPIRED", "DEACTIVATED");

	private List<String> scopes(Principal principal, ApiDescription.Operation operation) {
		List<String> scopes = new ArrayList<>(List.of("OWN"));
		if (operation.path().contains("{")) {
			scopes.add("OTHER");
			if (world.neighbours.containsKey(principal.key())
					&& (operation.path().contains("{dwellingId}") || operation.path().startsWith("/api/v1/applications/"))) {
				scopes.add("NEIGHBOUR");
			}
		}
		return scopes;
	}

	private void call(ApiDescription.Operation operation, Row row, Principal principal, String scope) {
		Corporation home = principal.corporation() == null ? Corporation.KETEN : principal.corporation();
		Corporation target = scope.equals("OTHER") ? other(home) : home;
		Map<Kind, String> ids = new LinkedHashMap<>(world.ids.get(target));
		if (scope.equals("OWN") && world.residentOwn.containsKey(principal.key())) {
			ids.putAll(world.residentOwn.get(principal.key()));
		}
		if (scope.equals("NEIGHBOUR")) {
			ids.putAll(world.neighbours.get(principal.key()));
		}
		Kind kind = row == null ? null : row.kind();
		String path = operation.path().replace("{dwellingId}", id(ids, Kind.DWELLING)).replace("{organisationId}", id(ids, Kind.PARTNER))
			.replace("{id}", id(ids, kind == null ? Kind.PROJECT : kind)) + query(operation, ids);
		Client.Reply reply = client.send(request(operation, principal, path, ids));

		boolean expected = row != null && allowed(row, principal, scope);
		String verdict;
		String detail = "";
		Set<String> foreign = foreignMarkers(principal);
		String leaked = foreign.stream().filter(m -> reply.body().contains(m) && !path.contains(m)).findFirst().orElse(null);
		if (reply.status() == 0) {
			verdict = "HUNG";
		}
		else if (reply.status() >= 500) {
			verdict = "ERROR";
			detail = World.abbreviate(reply.body());
		}
		else if (leaked != null) {
			verdict = "LEAK";
			detail = "carries " + leaked;
		}
		else if (row == null) {
			verdict = "NO_ROW";
		}
		else if (row.allowed().contains("PUBLIC")) {
			// Anyone may call it; what it answers depends on the body, not on who calls.
			verdict = "OK";
		}
		else if (expected) {
			verdict = refused(reply.status(), principal) ? "TABLE_WRONG" : "OK";
		}
		else if (reply.ok()) {
			verdict = "LEAK";
			detail = "2xx where a refusal is expected";
		}
		else if (WITHOUT_ACCOUNT.contains(principal.key()) && !row.allowed().contains("PUBLIC") && reply.status() != 401) {
			verdict = "TABLE_WRONG";
			detail = "expected 401, got " + reply.status();
		}
		else {
			verdict = reply.status() == 400 || reply.status() == 409 ? "OK_REFUSED_BY_VALIDATION" : "OK";
		}
		if (reply.status() == 400 && detail.isEmpty()) {
			detail = World.abbreviate(reply.body().replaceAll("\"(instance|type|title|detail)\":\"[^\"]*\",?", ""));
		}
		if (scope.equals("OWN") && !refused(reply.status(), principal) && reply.status() < 500) {
			observed.computeIfAbsent(operation.key(), k -> new TreeSet<>()).add(principal.key());
		}
		if (scope.equals("OTHER") && !refused(reply.status(), principal) && reply.status() < 500) {
			observed.computeIfAbsent(operation.key() + " [other]", k -> new TreeSet<>()).add(principal.key());
		}
		calls.add(new Call(principal.key(), operation.key(), scope, reply.status(), expected, verdict, detail));
	}

	private static boolean refused(int status, Principal principal) {
		return status == 401 || status == 403 || status == 404;
	}

	private static boolean allowed(Row row, Principal principal, String scope) {
		if (row.allowed().contains("PUBLIC")) {
			return true;
		}
		if (WITHOUT_ACCOUNT.contains(principal.key())) {
			return false;
		}
		boolean may = row.allowed().contains(principal.key()) || row.allowed().contains("SIGNED_IN");
		if (scope.equals("OWN")) {
			return may;
		}
		if (scope.equals("NEIGHBOUR")) {
			return false;
		}
		return may && (principal.key().equals("ADMIN") || row.allowed().contains("SHARED"));
	}

	private Set<String> foreignMarkers(Principal principal) {
		if (principal.key().equals("ADMIN")) {
			return Set.of();
		}
		if (principal.corporation() == null) {
			Set<String> both = new LinkedHashSet<>(world.markers.get(Corporation.KETEN));
			both.addAll(world.markers.get(Corporation.ZUID));
			return both;
		}
		return world.markers.get(other(principal.corporation()));
	}

	private static Corporation other(Corporation corporation) {
		return corporation == Corporation.KETEN ? Corporation.ZUID : Corporation.KETEN;
	}

	static String id(Map<Kind, String> ids, Kind kind) {
		String id = ids.get(kind);
		// A kind the world could not make: an id that exists nowhere (reported in the world's notes).
		return id != null ? id : new UUID(0, kind.ordinal()).toString();
	}

	private static String query(ApiDescription.Operation operation, Map<Kind, String> ids) {
		StringBuilder query = new StringBuilder();
		for (ApiDescription.Parameter parameter : operation.parameters()) {
			// The progress form's fields are listed as query parameters, but are sent with its file (multipart).
			if (parameter.in().equals("query") && parameter.required() && operation.body() == null) {
				String value = "proef";
				query.append(query.isEmpty() ? '?' : '&').append(parameter.name()).append('=').append(Client.enc(value));
			}
		}
		if (operation.key().equals("GET /api/v1/signals/stats")) {
			query.append("?projectId=").append(ids.get(Kind.PROJECT));
		}
		return query.toString();
	}

	private java.net.http.HttpRequest.Builder request(ApiDescription.Operation operation, Principal principal, String path, Map<Kind, String> ids) {
		String authorization = principal.authorization();
		if (operation.key().equals("POST /api/v1/contributions/{id}/evidence")) {
			return world.multipart(authorization, path, "bewijs.pdf", "application/pdf", Samples.PDF, Map.of());
		}
		if (operation.key().equals("POST /api/v1/commitments/{id}/progress")) {
			return world.multipart(authorization, path, "bewijs.pdf", "application/pdf", Samples.PDF,
					Map.of("amount", "1", "occurredOn", LocalDate.now().toString(), "note", "Eerste plaatsing gestart"));
		}
		if (operation.key().equals("POST /api/v1/projects/{id}/dwellings/import")) {
			return client.request("POST", path + (path.contains("?") ? "&" : "?") + "dryRun=true", authorization, "text/csv",
					Samples.csv(2, 900).getBytes(StandardCharsets.UTF_8));
		}
		String body = BODIES.get(operation.key());
		java.net.http.HttpRequest.Builder request = client.request(operation.method(), path, authorization, body == null ? null : "application/json",
				body == null ? null : fill(body, ids).getBytes(StandardCharsets.UTF_8));
		if (operation.key().equals("GET /api/v1/signals/{id}")) {
			request.header("X-Access-Reason", "Controle van de toegang");
		}
		return request;
	}

	static String fill(String body, Map<Kind, String> ids) {
		LocalDate today = LocalDate.now();
		return body.replace("{TODAY}", today.toString()).replace("{LATER}", today.plusMonths(2).toString())
			.replace("{MONDAY}", today.with(java.time.DayOfWeek.MONDAY).toString()).replace("{YEAR}", String.valueOf(today.getYear()))
			.replace("{UNIQUE}", UUID.randomUUID().toString().substring(0, 8))
			.replace("{DIGITS}", String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000))).replace("{DWELLING}", id(ids, Kind.DWELLING))
			.replace("{PARTNER}", id(ids, Kind.PARTNER)).replace("{NEW_PARTNER}", id(ids, Kind.NEW_PARTNER))
			.replace("{CORPORATION}", id(ids, Kind.CORPORATION)).replace("{PROJECT}", id(ids, Kind.PROJECT))
			.replace("{APPLICATION}", id(ids, Kind.APPLICATION));
	}

	/** Counts per verdict. */
	Map<String, Integer> verdicts() {
		Map<String, Integer> counts = new TreeMap<>();
		calls.forEach(c -> counts.merge(c.verdict(), 1, Integer::sum));
		return counts;
	}

	List<Call> failures() {
		return calls.stream().filter(c -> !c.verdict().startsWith("OK")).toList();
	}
}
