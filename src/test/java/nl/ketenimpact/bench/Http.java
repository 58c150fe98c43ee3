package nl.ketenimpact.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client on loopback: form login for page sessions, bearer tokens for the API. */
final class Http {

	final String base;

	final HttpClient client;

	Http(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Signs in with the login form and returns the session cookie header value. */
	String login(String username, String password) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login of " + username + " failed: " + response.statusCode() + " " + location);
		}
		// The admin and the social team give a TOTP code before any page (their secret: the demo's or the generator's).
		HttpResponse<String> start = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
		if (start.headers().firstValue("Location").orElse("").endsWith("/tweede-stap")) {
			String step = browser.send(HttpRequest.newBuilder(URI.create(base + "/tweede-stap")).build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher stepCsrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(step);
			if (!stepCsrf.find()) {
				throw new IllegalStateException("no second-factor page for " + username);
			}
			String secret = username.endsWith("@bench.test") ? DataGenerator.TOTP_SECRET : "KETENIMPACTDEMO7";
			HttpResponse<String> verified = browser.send(HttpRequest.newBuilder(URI.create(base + "/tweede-stap"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("code=" + nl.ketenimpact.TestTotp.now(secret) + "&_csrf=" + enc(stepCsrf.group(1)))).build(),
					HttpResponse.BodyHandlers.ofString());
			if (verified.statusCode() != 302) {
				throw new IllegalStateException("second factor of " + username + " refused: " + verified.statusCode());
			}
		}
		for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
			if (cookie.getName().equals("SESSION")) {
				return "SESSION=" + cookie.getValue();
			}
		}
		throw new IllegalStateException("no session cookie for " + username);
	}

	String token(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException("no token for " + username + ": " + response.statusCode());
		}
		return "Bearer " + token.group(1);
	}

	HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).build());
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
