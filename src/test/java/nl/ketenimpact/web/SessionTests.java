package nl.ketenimpact.web;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.KetenimpactApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in PostgreSQL: a second application instance on the same database serves the same signed-in user,
 * and "Mijn account" lists a user's sessions and ends one on another device. Over real HTTP with the SESSION cookie,
 * as browsers send it.
 */
class SessionTests extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	/** A browser: its own cookies, no redirects followed (so a redirect to the login page shows). */
	private record Browser(HttpClient http, CookieManager cookies) {

		static Browser start() {
			CookieManager cookies = new CookieManager();
			return new Browser(HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build(), cookies);
		}

		HttpResponse<String> get(String url) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String url, String form) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** The session id (the SESSION cookie carries it base64-encoded). */
		String session() {
			String cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).map(HttpCookie::getValue)
				.findFirst().orElseThrow();
			return new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		}
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private Browser signedIn(String username, String base) throws Exception {
		Browser browser = Browser.start();
		String token = csrf(browser.get(base + "/login").body());
		HttpResponse<String> login = browser.post(base + "/login", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
				+ "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/");
		return browser;
	}

	@Test
	void mijnAccountListsTheSessionsOfTheUserAndEndsOneOnAnotherDevice() throws Exception {
		String base = "http://localhost:" + port;
		Browser laptop = signedIn(COORDINATOR, base);
		Browser phone = signedIn(COORDINATOR, base);
		Browser colleague = signedIn(PROJECT_LEAD, base);

		String page = laptop.get(base + "/account").body();
		assertThat(page).contains("Mijn account").contains("Carla de Wit").contains("Dit apparaat").doesNotContain(laptop.session())
			.doesNotContain(phone.session());
		Matcher ends = Pattern.compile("action=\"/account/sessions/([0-9a-f]+)/end\"").matcher(page);
		List<String> handles = ends.results().map(m -> m.group(1)).toList();
		assertThat(handles).as("every other session of the user, not this one").hasSizeGreaterThanOrEqualTo(1)
			.doesNotContain(AccountController.handle(laptop.session())).contains(AccountController.handle(phone.session()));
		assertThat(page).doesNotContain(AccountController.handle(colleague.session()));

		// Someone else cannot end it; the user can, and that device is signed out at once.
		String phoneHandle = AccountController.handle(phone.session());
		String colleagueToken = csrf(colleague.get(base + "/account").body());
		assertThat(colleague.post(base + "/account/sessions/" + phoneHandle + "/end", "_csrf=" + colleagueToken).statusCode()).isEqualTo(404);
		assertThat(phone.get(base + "/projects").statusCode()).isEqualTo(200);
		HttpResponse<String> ended = laptop.post(base + "/account/sessions/" + phoneHandle + "/end", "_csrf=" + csrf(page));
		assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/account");
		assertThat(phone.get(base + "/projects").headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(laptop.get(base + "/projects").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name like '%@%'").query(Long.class).single())
			.as("sessions are indexed by user id, not by e-mail address").isZero();
	}

	@Test
	void aSecondInstanceOnTheSameDatabaseServesTheSameSignedInUser() throws Exception {
		HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(KetenimpactApplication.class).profiles("postgres")
			.properties("server.port=0", "spring.datasource.url=" + database.getJdbcUrl(), "spring.datasource.username=" + database.getUsername(),
					"spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()), "ketenimpact.scheduling.enabled=false",
					"spring.session.jdbc.cleanup-cron=-")
			.run()) {
			String other = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
			Browser browser = signedIn(FIELD_WORKER, "http://localhost:" + port);
			HttpResponse<String> there = browser.get(other + "/account");
			assertThat(there.statusCode()).as("signed in on the first instance, served by the second").isEqualTo(200);
			assertThat(there.body()).contains("Vincent Smit").contains("Dit apparaat");
			// Logging out on the second instance ends the session on the first one too.
			browser.post(other + "/logout", "_csrf=" + csrf(there.body()));
			assertThat(browser.get("http://localhost:" + port + "/account").headers().firstValue("Location").orElse("")).endsWith("/login");
		}
	}
}
