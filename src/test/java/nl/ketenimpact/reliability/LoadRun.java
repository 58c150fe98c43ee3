package nl.ketenimpact.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenimpact.TestTotp;

/**
 * Simulated people of mixed roles reading their pages with think times between clicks, for a fixed time. Per page
 * template: count, errors and p50/p95/p99; the application's own request count and busiest connection pool come
 * from its Prometheus endpoint, sampled during the run.
 */
final class LoadRun {

	record Role(String name, String username, String totp, int users, List<String> pages) {
	}

	record Sample(String page, int status, long millis) {
	}

	final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

	final List<String> dropped = new ArrayList<>();

	final AtomicLong poolActiveMax = new AtomicLong();

	final AtomicLong poolPendingMax = new AtomicLong();

	private final String base;

	private final World world;

	LoadRun(String base, World world) {
		this.base = base;
		this.world = world;
	}

	List<Role> roles() {
		String keten = world.ids.get(World.Corporation.KETEN).get(World.Kind.PROJECT);
		String zuid = world.ids.get(World.Corporation.ZUID).get(World.Kind.PROJECT);
		String p = "/projects/" + keten;
		String z = "/projects/" + zuid;
		return List.of(
				new Role("coordinator", "coordinator@demo.nl", null, 7, List.of("/", "/projects", p, p + "/social-return", p + "/results", "/impact",
						"/practices", "/invitations", "/audit", p + "/plan")),
				new Role("coordinator (Zuid)", "coordinator@zuid.demo.nl", null, 3, List.of("/", "/projects", z, "/impact", "/practices")),
				new Role("project lead", "projectlead@demo.nl", null, 8, List.of("/", "/projects", p, p + "/opportunities", p + "/activities",
						p + "/self-work", p + "/plan", p + "/import", p + "/reports")),
				new Role("project lead (Zuid)", "projectlead@zuid.demo.nl", null, 2, List.of("/", z, z + "/opportunities")),
				new Role("partner lead", "aannemer@demo.nl", null, 8, List.of("/", "/projects", p, p + "/reports", p + "/opportunities", p + "/social-return")),
				new Role("field worker", "vakman@demo.nl", null, 8, List.of("/", p, "/signals", p + "/activities")),
				new Role("social worker", "wijkconsulent@demo.nl", TestTotp.DEMO_SECRET, 6, List.of("/signals", "/", p + "/signals/stats")),
				new Role("resident", "huurder@demo.nl", null, 6, List.of("/portal", "/")),
				new Role("resident (Zuid)", "huurder@zuid.demo.nl", null, 2, List.of("/portal")));
	}

	void run(long seconds, String adminToken) throws Exception {
		List<Role> roles = roles();
		// One signed-in session per account (the social worker's second factor is asked once), shared by that role's people.
		Map<String, Client> sessions = new LinkedHashMap<>();
		Map<String, List<String>> reachable = new LinkedHashMap<>();
		for (Role role : roles) {
			Client session = new Client(base);
			session.login(role.username(), "demo", role.totp());
			sessions.put(role.name(), session);
			List<String> pages = new ArrayList<>();
			for (String page : role.pages()) {
				Client.Reply reply = session.page(page);
				// A menu link that redirects (the dashboard to the corporation's own, a tenant's start to the portal) is read where it leads.
				String location = reply.header("location").replaceFirst("^https?://[^/]+", "");
				if (reply.status() == 302 && location.startsWith("/") && !location.startsWith("/login") && session.page(location).status() == 200) {
					page = location;
					reply = session.page(page);
				}
				int status = reply.status();
				if (status == 200) {
					pages.add(page);
				}
				else {
					dropped.add(role.name() + " " + page + " → " + status);
				}
			}
			reachable.put(role.name(), pages);
		}
		int users = roles.stream().mapToInt(Role::users).sum();
		ExecutorService pool = Executors.newFixedThreadPool(users + 1);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Client metrics = new Client(base);
		pool.submit(() -> {
			while (System.nanoTime() < end) {
				sampleMetrics(metrics, adminToken);
				Faults.sleep(2_000);
			}
		});
		int n = 0;
		for (Role role : roles) {
			for (int i = 0; i < role.users(); i++) {
				Random random = new Random(n++);
				Client session = sessions.get(role.name());
				List<String> pages = reachable.get(role.name());
				pool.submit(() -> {
					Faults.sleep(random.nextInt(2_000));
					while (System.nanoTime() < end && !pages.isEmpty()) {
						String page = pages.get(random.nextInt(pages.size()));
						Client.Reply reply = session.page(page);
						samples.add(new Sample(template(page), reply.status(), reply.millis()));
						// Think time: a person reads before the next click.
						Faults.sleep(500 + random.nextInt(1_500));
					}
				});
			}
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
		sampleMetrics(metrics, adminToken);
	}

	private void sampleMetrics(Client metrics, String adminToken) {
		String text = metrics.get("/actuator/prometheus", adminToken).body();
		poolActiveMax.accumulateAndGet((long) gauge(text, "hikaricp_connections_active"), Math::max);
		poolPendingMax.accumulateAndGet((long) gauge(text, "hikaricp_connections_pending"), Math::max);
	}

	private static double gauge(String text, String name) {
		Matcher value = Pattern.compile("^" + name + "\\{[^}]*\\} ([0-9.Ee+]+)$", Pattern.MULTILINE).matcher(text);
		return value.find() ? Double.parseDouble(value.group(1)) : -1;
	}

	static String template(String page) {
		return page.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
	}

	/** Per page template: count, errors, p50, p95, p99 in ms. */
	Map<String, long[]> perPage() {
		Map<String, List<Long>> times = new TreeMap<>();
		Map<String, Long> errors = new TreeMap<>();
		synchronized (samples) {
			for (Sample sample : samples) {
				times.computeIfAbsent(sample.page(), k -> new ArrayList<>()).add(sample.millis());
				if (sample.status() != 200) {
					errors.merge(sample.page(), 1L, Long::sum);
				}
			}
		}
		Map<String, long[]> table = new TreeMap<>();
		times.forEach((page, list) -> {
			Collections.sort(list);
			table.put(page, new long[] { list.size(), errors.getOrDefault(page, 0L), pct(list, 50), pct(list, 95), pct(list, 99) });
		});
		return table;
	}

	private static long pct(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}
}
