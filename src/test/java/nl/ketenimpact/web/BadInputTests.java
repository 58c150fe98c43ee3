package nl.ketenimpact.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Input that used to reach PostgreSQL or Tomcat's own error page and came back as a 500 or an HTML page: each is now
 * a 400 that names the field (problem+json under /api, the error page elsewhere) and changes nothing. Sent over
 * real HTTP to the running server, because several of these never get past Tomcat in MockMvc.
 */
class BadInputTests extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder to(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
	}

	private static void assertProblem(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		if (field != null) {
			assertThat((String) JsonPath.read(response.body(), "$.errors[0].field")).isEqualTo(field);
			assertThat((String) JsonPath.read(response.body(), "$.errors[0].message")).isNotBlank();
		}
	}

	@Test
	void aNulCharacterInJsonIsRefusedWithItsFieldAndNothingIsWritten() throws Exception {
		long tokens = count("api_token");
		assertProblem(send(to("/api/v1/auth/token").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"a\\u0000b\",\"password\":\"demo\"}"))), "username");
		String bearer = bearer(PARTNER_LEAD);
		tokens = count("api_token");
		HttpResponse<String> nul = send(to("/api/v1/tokens").header("Authorization", bearer).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Koppeling\\u0000\"}")));
		assertProblem(nul, "name");
		assertThat((String) JsonPath.read(nul.body(), "$.errors[0].message")).contains("niet is toegestaan");
		HttpResponse<String> surrogate = send(to("/api/v1/tokens").header("Authorization", bearer).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\\ud800 los\"}")));
		assertProblem(surrogate, "name");
		assertThat(count("api_token")).isEqualTo(tokens);
	}

	@Test
	void aDateIsAYearMonthDayOfThisMillenniumNotADayNumber() throws Exception {
		String lead = bearer(PROJECT_LEAD);
		long activities = count("activity");
		// A day number far enough out was stored as -infinity, and every later figure of the project answered 500 (fuzzer).
		for (String heldOn : new String[] { "-2147483649", "20261201", "\"+999999999-12-31\"", "\"1899-12-31\"", "\"2026-02-30\"", "\"1-1-2026\"" }) {
			HttpResponse<String> refused = send(to("/api/v1/projects/" + lombok().id() + "/activities").header("Authorization", lead)
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
						{"type":"CLEAN_UP_DAY","title":"Opknapdag","heldOn":%s,"children":0,"adults":3,"residents":2,"staffVolunteerHours":1,
						"parentalConsents":0}""".formatted(heldOn))));
			assertProblem(refused, "heldOn");
		}
		assertThat(count("activity")).isEqualTo(activities);
		assertThat(send(to("/api/v1/projects/" + lombok().id() + "/impact").header("Authorization", lead).GET()).statusCode()).isEqualTo(200);
	}

	@Test
	void aNulInAnUploadedFileNameIsABadRequestNotAFailure() throws Exception {
		byte[] body = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bewijs\u0000.exe.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
				+ "%PDF-1.4\n%%EOF\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> refused = send(to("/api/v1/contributions/" + UUID.randomUUID() + "/evidence").header("Authorization", bearer(PARTNER_LEAD))
			.header("Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertProblem(refused, "file");
		assertThat((String) JsonPath.read(refused.body(), "$.errors[0].message")).contains("bestandsnaam");
	}

	@Test
	void aWholeNumberGivenAsAFractionIsRefusedNotTruncated() throws Exception {
		String admin = bearer(ADMIN);
		long tokens = count("api_token");
		assertProblem(send(to("/api/v1/tokens").header("Authorization", admin).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Half\",\"validDays\":1.5}"))), "validDays");
		assertThat(count("api_token")).isEqualTo(tokens);
	}

	@Test
	void controlCharactersAndUndecodableTextInParametersAreRefusedAtTheEdge() throws Exception {
		String bearer = bearer(COORDINATOR);
		assertProblem(send(to("/api/v1/practices?q=%00").header("Authorization", bearer)), "q");
		assertProblem(send(to("/api/v1/practices?q=%ED%A0%80").header("Authorization", bearer)), "query");
		assertProblem(send(to("/api/v1/practices?q=caf%C3").header("Authorization", bearer)), "query");
		assertThat(send(to("/api/v1/practices?q=caf%C3%A9").header("Authorization", bearer)).statusCode()).isEqualTo(200);

		// The login form: the page again says why, and no failed attempt is counted.
		long failures = count("sign_in_attempt");
		HttpResponse<String> login = send(to("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + PARTNER_LEAD + "%00&password=demo")));
		assertThat(login.statusCode()).isEqualTo(400);
		assertThat(login.body()).contains("teken dat niet is toegestaan");
		assertThat(count("sign_in_attempt")).isEqualTo(failures);
	}

	@Test
	void aMultipartBodyWithoutBoundaryIsABadRequest() throws Exception {
		assertProblem(send(to("/api/v1/auth/token").header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"x\",\"password\":\"y\"}"))), "body");
	}

	@Test
	void whatTomcatRefusesItselfIsProblemJsonUnderTheApi() throws Exception {
		String bearer = bearer(COORDINATOR);
		assertProblem(send(to("/api/v1/projects/%2F").header("Authorization", bearer)), null);
		assertProblem(send(to("/api/v1/projects/a%00b").header("Authorization", bearer)), null);
		assertProblem(send(to("/api/v1/me").header("Authorization", bearer).header("X-Large", "a".repeat(20_000))), null);
		HttpResponse<String> page = send(to("/projects/a%00b"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).doesNotContain("Apache Tomcat/");
	}

	@Test
	void anUploadedFileNameLosesItsDirectoriesAndControlCharacters() throws Exception {
		UUID project = projects.create(user(PROJECT_LEAD),
				new nl.ketenimpact.project.ProjectInput("Bestandsnaam-project", "Utrecht", null, nl.ketenimpact.project.ProjectType.REB, null, null));
		byte[] file = "bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\n0344019000012001;Naamstraat;1;3531 AB;Utrecht\n"
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/projects/" + project + "/import").file(new MockMultipartFile("file", "../../etc/wo\u0000ningen.csv", "text/csv", file))
			.with(as(PROJECT_LEAD)).with(csrf()));
		assertThat(jdbc.sql("select filename from import_job where project_id = :p").param("p", project).query(String.class).single())
			.isEqualTo("woningen.csv");
	}

	@Test
	void behindHttpsTheSessionAndLanguageCookiesAreSecureWithHstsAndTheLanguageCookieIsHttpOnly() throws Exception {
		HttpResponse<String> secure = send(to("/login?lang=en").header("X-Forwarded-Proto", "https"));
		assertThat(secure.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
		// wapiti's finding (reliability scenario 7): the language cookie went in clear after being set over TLS.
		assertThat(secure.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("ketenimpact-lang=").containsIgnoringCase("HttpOnly").contains("Secure"));
		assertThat(secure.headers().firstValue("Strict-Transport-Security")).isPresent();

		HttpResponse<String> plain = send(to("/login?lang=en"));
		assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("ketenimpact-lang="));
		assertThat(plain.headers().allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}
}
