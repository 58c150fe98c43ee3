package nl.ketenimpact.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo user (both corporations, every role, read from the database: not a hand-picked list) signs in on a
 * 375 px phone screen and follows every link of every page reachable from the start page, menu and tabs, with the
 * application's CSP in force. Each page (one of each kind: the same path with another id is the same kind) must have
 * no console error, no axe-core violation, no sideways scroll, and drawn charts; every link on it must answer
 * 2xx/3xx for that user without ending at the login page.
 */
class EveryPageBrowserTests extends IntegrationTestSupport {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");

	/** More kinds of page than this for one user would mean the walk is running through generated links. */
	private static final int MAX_PAGES = 120;

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyDemoUserWalksEveryPageReachableFromTheMenu() {
		chromium = Chromium.start(port);
		List<String> demoUsers = jdbc.sql("""
				select username from app_user where active and (username like '%@demo.nl' or username like '%.demo.nl') order by username""")
			.query(String.class).list();
		assertThat(demoUsers).contains(ADMIN, COORDINATOR, PROJECT_LEAD, FIELD_WORKER, CASE_WORKER, RESIDENT, OTHER_RESIDENT);
		return demoUsers.stream().map(username -> DynamicTest.dynamicTest(username, () -> walk(username)));
	}

	private void walk(String username) {
		chromium.logIn(username, "demo");
		List<String> findings = new ArrayList<>();
		Set<String> kinds = new HashSet<>();
		Set<String> linksChecked = new HashSet<>();
		Deque<String> pages = new ArrayDeque<>();
		pages.add(chromium.driver.getCurrentUrl());
		kinds.add(kind(chromium.driver.getCurrentUrl()));
		int visited = 0;
		while (!pages.isEmpty()) {
			String page = pages.poll();
			assertThat(++visited).as("kinds of page for " + username + " (last: " + page + ")").isLessThanOrEqualTo(MAX_PAGES);
			chromium.get(page);
			String label = username + " " + URI.create(page).getPath() + (URI.create(page).getQuery() == null ? "" : "?" + URI.create(page).getQuery());
			findings.addAll(chromium.check(label));
			List<Map<?, ?>> links = links(linksChecked);
			for (String error : chromium.consoleErrors()) {
				// A link that failed is reported below; its fetch's console line is not the page's error.
				if (links.stream().noneMatch(link -> error.startsWith(String.valueOf(link.get("href"))))) {
					findings.add(label + ": console: " + error);
				}
			}
			for (Map<?, ?> link : links) {
				String href = (String) link.get("href");
				long status = ((Number) link.get("status")).longValue();
				String end = (String) link.get("url");
				if (status >= 400 || status == 0) {
					findings.add(label + ": link " + path(href) + " answers " + status);
				}
				else if (URI.create(end).getPath().equals("/login")) {
					findings.add(label + ": link " + path(href) + " ends at the login page");
				}
				else if (String.valueOf(link.get("type")).startsWith("text/html") && !path(href).startsWith("/swagger-ui")
						&& kinds.add(kind(end))) {
					pages.add(end);
				}
			}
		}
		assertThat(findings).as("findings for " + username + " on " + visited + " kinds of page").isEmpty();
	}

	/** The page's links not checked before, each fetched in the signed-in session: its status, final URL and type. */
	private List<Map<?, ?>> links(Set<String> checked) {
		List<?> hrefs = (List<?>) chromium.js().executeScript("""
				return [...new Set([...document.querySelectorAll('a[href]')].map(a => a.href.split('#')[0])
				  .filter(h => h.startsWith(location.origin) && !h.includes('lang=')))];""");
		List<String> fresh = hrefs.stream().map(String.class::cast).filter(checked::add).toList();
		if (fresh.isEmpty()) {
			return List.of();
		}
		List<?> answers = (List<?>) chromium.js().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				Promise.all(arguments[0].map(href => fetch(href, { credentials: 'same-origin' })
				    .then(r => r.arrayBuffer().then(() => ({ href, status: r.status, url: r.url, type: r.headers.get('content-type') || '' })))
				    .catch(e => ({ href, status: 0, url: href, type: String(e) }))))
				  .then(done);""", fresh);
		return answers.stream().<Map<?, ?>>map(a -> (Map<?, ?>) a).toList();
	}

	/** The kind of a page: its path with ids left out, and the names of its parameters. */
	static String kind(String url) {
		URI uri = URI.create(url);
		Set<String> parameters = new TreeSet<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				parameters.add(pair.split("=", 2)[0]);
			}
		}
		return ID.matcher(uri.getPath()).replaceAll("{id}") + parameters;
	}

	private static String path(String url) {
		URI uri = URI.create(url);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}
}
