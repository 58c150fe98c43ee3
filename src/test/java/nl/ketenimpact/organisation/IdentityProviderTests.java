package nl.ketenimpact.organisation;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.internal.UserDetailsInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import testidp.TestIdentityProvider;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in through an organisation's own OpenID provider, against a real one (Spring Authorization Server on a random
 * port, {@link TestIdentityProvider}) over real HTTP: home realm discovery, match, mismatch, unknown e-mail, an invited
 * person's first sign-in, and {@code amr} with and without {@code mfa}.
 */
class IdentityProviderTests extends IntegrationTestSupport {

	private static ConfigurableApplicationContext idp;

	@LocalServerPort
	int port;

	private UUID welfare;

	@BeforeEach
	void provider() throws Exception {
		welfare = organisations.findByName("Welzijn Wijkkracht").orElseThrow().id();
		if (idp == null) {
			idp = TestIdentityProvider.start(List.of("http://localhost:" + port + "/login/oauth2/code/" + welfare));
		}
		mvc.perform(put("/api/v1/organisations/{id}/identity-provider", welfare).header("Authorization", bearer(ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"issuerUri\":\"http://localhost:" + TestIdentityProvider.port(idp) + "\",\"clientId\":\"" + TestIdentityProvider.CLIENT_ID
						+ "\",\"clientSecret\":\"" + TestIdentityProvider.CLIENT_SECRET + "\",\"emailDomains\":[\"wijk.idp.test\"],\"passwordsAllowed\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clientSecret").doesNotExist())
			.andExpect(jsonPath("$.emailDomains[0]").value("wijk.idp.test"));
		if (users.activeByUsername("sanne@wijk.idp.test").isEmpty()) {
			administration.create(user(ADMIN), new UserDetailsInput("sanne@wijk.idp.test", "Sanne Wijk", welfare, java.util.Set.of(Role.CASE_WORKER),
					"een lange zin voor sanne"));
			var contractor = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
			administration.create(user(ADMIN), new UserDetailsInput("vreemd@wijk.idp.test", "Vera Vreemd", contractor, java.util.Set.of(Role.FIELD_WORKER),
					"een lange zin voor vera"));
		}
	}

	/** Other tests sign in as the demo case worker of this organisation with a password. */
	@org.junit.jupiter.api.AfterEach
	void removeProvider() {
		jdbc.sql("delete from identity_provider where organisation_id = :o").param("o", welfare).update();
	}

	@AfterAll
	static void stopProvider() {
		if (idp != null) {
			idp.close();
			idp = null;
		}
	}

	/** What a browser asks for: the provider's login entry point answers pages only to it. */
	private static final String HTML = "text/html,application/xhtml+xml";

	/** A browser on real HTTP: its own cookies, redirects followed by hand so each hop can be seen. */
	private final class Browser {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5)).build();

		URI at = URI.create("http://localhost:" + port + "/login");

		String body;

		int status;

		void get(URI uri) throws Exception {
			send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept", HTML).GET().build());
		}

		void post(URI uri, String form) throws Exception {
			send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept", HTML).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build());
		}

		/** Sends, then follows redirects (at most 15) and stops at the first page. */
		private void send(HttpRequest request) throws Exception {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			at = request.uri();
			for (int hops = 0; response.statusCode() / 100 == 3 && hops < 15; hops++) {
				at = at.resolve(response.headers().firstValue("Location").orElseThrow());
				response = http.send(HttpRequest.newBuilder(at).timeout(Duration.ofSeconds(20)).header("Accept", HTML).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			}
			status = response.statusCode();
			body = response.body();
		}

		String csrf() {
			Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(body);
			assertThat(matcher.find()).as("a CSRF token on " + at).isTrue();
			return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		}

		/** Types the e-mail on Ketenimpact's login page, then signs in at the provider it is sent to. */
		void signInThroughProvider(String email) throws Exception {
			get(URI.create("http://localhost:" + port + "/login"));
			post(URI.create("http://localhost:" + port + "/login/start"), "email=" + enc(email) + "&_csrf=" + enc(csrf()));
			assertThat(at.getPort()).as("home realm discovery sends " + email + " to the provider").isEqualTo(TestIdentityProvider.port(idp));
			post(at.resolve("/login"), "username=" + enc(email) + "&password=" + enc(TestIdentityProvider.PASSWORD) + "&_csrf=" + enc(csrf()));
			assertThat(at.getPort()).as("back at Ketenimpact").isEqualTo(port);
		}

		void open(String path) throws Exception {
			get(URI.create("http://localhost:" + port + path));
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void anInvitedPersonsFirstSignInThroughTheProviderWithMfaMakesTheAccountAndNeedsNoTotp() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/invitations").header("Authorization", bearer(ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"mfa.joost@wijk.idp.test\",\"organisationId\":\"" + welfare + "\",\"roles\":[\"CASE_WORKER\"]}"))
			.andExpect(status().isCreated());
		Browser browser = new Browser();
		browser.signInThroughProvider("mfa.joost@wijk.idp.test");
		assertThat(browser.at.getPath()).isEqualTo("/");
		CurrentUser joost = user("mfa.joost@wijk.idp.test");
		assertThat(joost.organisationId()).isEqualTo(welfare);
		assertThat(joost.roles()).containsExactly(Role.CASE_WORKER);
		// The provider reported a second factor (amr: mfa): the referrals open without a TOTP code.
		browser.open("/signals");
		assertThat(browser.at.getPath()).isEqualTo("/signals");
		assertThat(browser.status).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'SIGN_IN_PROVIDER_MFA' and subject_id = :u")
			.param("u", joost.id().toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aKnownUserWithoutMfaFromTheProviderStillGivesTheSecondFactorAndCannotUseAPassword() throws Exception {
		Browser browser = new Browser();
		browser.signInThroughProvider("sanne@wijk.idp.test");
		assertThat(browser.at.getPath()).as("a case worker without mfa from the provider sets up TOTP first").isEqualTo("/tweede-stap/instellen");
		browser.open("/signals");
		assertThat(browser.at.getPath()).isEqualTo("/tweede-stap/instellen");

		// Passwords are off for this organisation: the right password does not sign in, and the page says why.
		Browser withPassword = new Browser();
		withPassword.open("/login");
		withPassword.post(URI.create("http://localhost:" + port + "/login"),
				"username=sanne%40wijk.idp.test&password=" + enc("een lange zin voor sanne") + "&_csrf=" + enc(withPassword.csrf()));
		assertThat(withPassword.at.getPath()).isEqualTo("/login");
		assertThat(withPassword.body).contains("eigen systeem");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"sanne@wijk.idp.test\",\"password\":\"een lange zin voor sanne\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("eigen systeem")));
	}

	@Test
	void anUnknownAddressAnotherOrganisationsUserAndAForeignDomainAreRefusedWithAClearMessage() throws Exception {
		long accounts = count("app_user");
		Browser unknown = new Browser();
		unknown.signInThroughProvider("onbekend@wijk.idp.test");
		assertThat(unknown.at.getPath()).isEqualTo("/login");
		assertThat(unknown.body).contains("nog geen account");
		assertThat(count("app_user")).as("no account without an invitation").isEqualTo(accounts);

		Browser other = new Browser();
		other.signInThroughProvider("vreemd@wijk.idp.test");
		assertThat(other.at.getPath()).isEqualTo("/login");
		assertThat(other.body).contains("andere organisatie");

		// The provider answers for an address of a domain it does not serve here: start the flow directly.
		Browser foreign = new Browser();
		foreign.open("/oauth2/authorization/" + welfare);
		foreign.post(foreign.at.resolve("/login"), "username=" + enc("iemand@elders.idp.test") + "&password=" + enc(TestIdentityProvider.PASSWORD)
				+ "&_csrf=" + enc(foreign.csrf()));
		assertThat(foreign.at.getPath()).isEqualTo("/login");
		assertThat(foreign.body).contains("niet bij haar hoort");
	}

	@Test
	void onlyTheAdminRegistersAProviderAndBadInputChangesNothing() throws Exception {
		mvc.perform(put("/api/v1/organisations/{id}/identity-provider", welfare).header("Authorization", bearer(COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"issuerUri\":\"https://login.example.test\",\"clientId\":\"x\",\"clientSecret\":\"y\",\"emailDomains\":[\"x.test\"]}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organisations/{id}/identity-provider", welfare).header("Authorization", bearer(ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"issuerUri\":\"ftp://login.example.test\",\"clientId\":\"x\",\"emailDomains\":[\"niet een domein\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("issuerUri", "emailDomains")));
		var contractor = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
		mvc.perform(put("/api/v1/organisations/{id}/identity-provider", contractor).header("Authorization", bearer(ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"issuerUri\":\"https://login.example.test\",\"clientId\":\"x\",\"clientSecret\":\"y\",\"emailDomains\":[\"wijk.idp.test\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("andere organisatie")));
		assertThat(jdbc.sql("select count(*) from identity_provider where organisation_id = :o").param("o", contractor).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select client_secret from identity_provider where organisation_id = :o").param("o", welfare).query(String.class).single())
			.as("the secret is encrypted at rest").doesNotContain(TestIdentityProvider.CLIENT_SECRET);
		mvc.perform(delete("/api/v1/organisations/{id}/identity-provider", contractor).header("Authorization", bearer(ADMIN))).andExpect(status().isNotFound());
		// The page: only the admin, and a bad issuer shows the form again with the message.
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/organisations/{id}/identity-provider", welfare)
				.with(as(COORDINATOR)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("issuerUri", "https://evil.example.test").param("clientId", "x").param("clientSecret", "y").param("emailDomains", "wijk.idp.test"))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/organisations/{id}/identity-provider", welfare)
				.with(as(ADMIN)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("issuerUri", "niet-een-adres").param("clientId", "x").param("emailDomains", "wijk.idp.test"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("https-adres")));
		assertThat(jdbc.sql("select issuer_uri from identity_provider where organisation_id = :o").param("o", welfare).query(String.class).single())
			.startsWith("http://localhost:");
	}
}
