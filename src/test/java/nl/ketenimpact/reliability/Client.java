package nl.ketenimpact.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenimpact.TestTotp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP on loopback with a deadline on every request (a request that passes it counts as hung): bearer tokens for the
 * API, and a cookie jar for a browser's session with its CSRF token.
 */
final class Client {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Duration HUNG = Duration.ofSeconds(20);

	/** One answer; status 0 when the request hung or the connection failed. */
	record Reply(int status, String contentType, String body, long millis, Map<String, String> headers) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		boolean problem() {
			return contentType.startsWith("application/problem+json");
		}

		JsonNode json() {
			return JSON.readTree(body.isEmpty() ? "{}" : body);
		}

		String header(String name) {
			return headers.getOrDefault(name.toLowerCase(), "");
		}
	}

	String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private String csrf;

	Client(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	Reply send(HttpRequest.Builder request) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request.timeout(HUNG).build(), HttpResponse.BodyHandlers.ofString());
			Map<String, String> headers = new LinkedHashMap<>();
			response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
					(System.nanoTime() - start) / 1_000_000, headers);
		}
		catch (HttpTimeoutException hung) {
			return new Reply(0, "", "hung", (System.nanoTime() - start) / 1_000_000, Map.of());
		}
		catch (IOException failed) {
			return new Reply(0, "", "connection: " + failed, (System.nanoTime() - start) / 1_000_000, Map.of());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new Reply(0, "", "interrupted", 0, Map.of());
		}
	}

	HttpRequest.Builder request(String method, String path, String authorization, String contentType, byte[] body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return builder.header("Accept", "application/json, application/problem+json, */*");
	}

	Reply call(String method, String path, String authorization, String json) {
		return send(request(method, path, authorization, json == null ? null : "application/json",
				json == null ? null : json.getBytes(StandardCharsets.UTF_8)));
	}

	Reply get(String path, String authorization) {
		return call("GET", path, authorization, null);
	}

	/** A bearer token from {@code POST /api/v1/auth/token}, with a TOTP code when the account has a second factor. */
	String token(String username, String password, String totpSecret) {
		Reply reply = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			Map<String, String> body = new LinkedHashMap<>(Map.of("username", username, "password", password));
			if (totpSecret != null) {
				body.put("totp", TestTotp.code(totpSecret, TestTotp.step() + attempt - 1));
			}
			reply = call("POST", "/api/v1/auth/token", null, JSON.writeValueAsString(body));
			if (reply.status() == 200) {
				return "Bearer " + reply.json().path("token").asString();
			}
		}
		throw new IllegalStateException("no token for " + username + ": " + reply.status() + " " + reply.body());
	}

	private static void sleepUntilStep(long step) {
		long wait = step * 30_000 - System.currentTimeMillis() + 500;
		if (wait > 0) {
			try {
				Thread.sleep(wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	// --- a browser's session ---------------------------------------------------------------------------

	/** Signs in with the login form (and the second step when the account has one); keeps the session cookie. */
	void login(String username, String password, String totpSecret) {
		Reply reply = form("/login", "/login", Map.of("username", username, "password", password));
		if (reply.status() != 302 || reply.header("location").contains("error")) {
			throw new IllegalStateException("login of " + username + " failed: " + reply.status() + " " + reply.header("location"));
		}
		Reply start = send(HttpRequest.newBuilder(URI.create(base + "/")));
		if (start.header("location").endsWith("/tweede-stap")) {
			// Each code of the server's window (this step and its neighbours) counts once: an API token taken for the same
			// account in this half minute may have used one. Try the window, then a step that no earlier sign-in can have used.
			long step = TestTotp.step();
			int status = 0;
			for (long candidate : new long[] { step, step + 1, step - 1, step + 2 }) {
				if (candidate == step + 2) {
					sleepUntilStep(step + 1);
				}
				Reply verified = form("/tweede-stap", "/tweede-stap", Map.of("code", TestTotp.code(totpSecret, candidate)));
				status = verified.status();
				if (status == 302) {
					break;
				}
			}
			if (status != 302) {
				throw new IllegalStateException("second factor of " + username + " refused: " + status);
			}
		}
		csrf = null;
	}

	/** Posts a form with the CSRF token of the page it is on (read from that page once per session). */
	Reply form(String page, String action, Map<String, String> fields) {
		if (csrf == null || page.equals("/login") || page.equals("/tweede-stap")) {
			Reply shown = send(HttpRequest.newBuilder(URI.create(base + page)));
			Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(shown.body());
			if (!token.find()) {
				throw new IllegalStateException("no CSRF token on " + page + " (" + shown.status() + ")");
			}
			csrf = token.group(1);
		}
		StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf));
		fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
		return send(HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	Reply page(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)));
	}

	String sessionCookie() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).map(c -> c.getValue()).findFirst()
			.orElse(null);
	}

	/** The same session against another instance (the cookie is host-bound on loopback, so it is copied). */
	Client sameSessionOn(String otherBase) {
		Client other = new Client(otherBase);
		java.net.HttpCookie session = new java.net.HttpCookie("SESSION", sessionCookie());
		session.setPath("/");
		session.setVersion(0);
		other.cookies.getCookieStore().add(URI.create(otherBase), session);
		other.csrf = csrf;
		return other;
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
