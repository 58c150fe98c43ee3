package nl.ketenimpact.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.impact.internal.Dashboard;
import nl.ketenimpact.impact.internal.Dashboards;
import nl.ketenimpact.impact.internal.Kpi;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Against a real streaming replica of the external PostgreSQL (started by {@code .ci/run} with {@code pg_basebackup -R}):
 * dashboards read from the replica, writes go to the primary, and reads fall back to the primary, with
 * {@code /actuator/health} saying so, when the replica is behind or stopped. Needs the environment
 * {@code KETENIMPACT_TEST_REPLICA_URL} (and _USERNAME, _PASSWORD, _SUPERUSER, _SUPERUSER_PASSWORD, _STOP, _START: shell
 * commands that stop and start the replica); without it the test is skipped (and {@code -Dreplica.tests=required} fails
 * {@link ReplicaRequiredTests}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Decided before any application context starts: this class's context (with the replica) is a second one, which the
// embedded database of the ordinary run cannot serve. ReplicaRequiredTests fails when the replica is required but absent.
@org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "KETENIMPACT_TEST_REPLICA_URL", matches = ".+")
class ReplicaTests extends IntegrationTestSupport {

	static final String SOCIAL_WORKER = "wijkconsulent@demo.nl";

	/** Short, so the test sees the fallback for being behind within seconds. */
	static final Duration MAX_LAG = Duration.ofSeconds(4);

	@Autowired
	Dashboards dashboards;

	@Autowired
	ReadReplica replica;

	@Autowired
	MeterRegistry meters;

	private static String env(String name) {
		return System.getenv("KETENIMPACT_TEST_REPLICA_" + name);
	}

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		if (env("URL") != null) {
			registry.add("ketenimpact.datasource.replica.url", () -> env("URL"));
			registry.add("ketenimpact.datasource.replica.username", () -> env("USERNAME"));
			registry.add("ketenimpact.datasource.replica.password", () -> env("PASSWORD"));
			registry.add("ketenimpact.datasource.replica.max-lag", () -> MAX_LAG.toString());
			registry.add("ketenimpact.datasource.replica.check-interval", () -> "200ms");
		}
	}

	@AfterEach
	void replicaRunsAndReplays() throws Exception {
		if (!replicaAnswers()) {
			shell(env("START"));
		}
		try (Connection c = superuser(); Statement st = c.createStatement()) {
			st.execute("select pg_wal_replay_resume()");
		}
		await(ReadReplica.State::usable, Duration.ofSeconds(30));
	}

	@Test
	void dashboardsReadFromTheReplicaWritesGoToThePrimaryAndReadsFallBackWhenItIsBehind() throws Exception {
		await(ReadReplica.State::usable, Duration.ofSeconds(30));
		long before = signalsRaised();
		double replicaReads = meters.counter("ketenimpact.replica.reads", "target", "replica").count();

		// Replay stops: what is written now reaches the primary only.
		try (Connection c = superuser(); Statement st = c.createStatement()) {
			st.execute("select pg_wal_replay_pause()");
		}
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"categories\":[\"LONELINESS\"],\"urgency\":\"NORMAL\",\"observation\":\"Replica\"}"))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from signal where observation = 'Replica'").query(Long.class).single())
			.as("the write is on the primary").isPositive();

		// Within the allowed lag the dashboard comes from the replica, which does not have the signal yet.
		assertThat(replica.state().usable()).isTrue();
		assertThat(signalsRaised()).as("read on the replica").isEqualTo(before);
		assertThat(meters.counter("ketenimpact.replica.reads", "target", "replica").count()).isGreaterThan(replicaReads);

		// More than the allowed lag behind: the same dashboard runs on the primary, and health says so.
		ReadReplica.State behind = await(s -> !s.usable(), MAX_LAG.plusSeconds(10));
		assertThat(behind.reason()).isEqualTo("behind");
		assertThat(signalsRaised()).as("read on the primary").isEqualTo(before + 1);
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")))
			.andExpect(jsonPath("$.components.replica.status", is("FALLBACK")));

		// Replay resumes: the replica catches up and is used again, now with the signal.
		try (Connection c = superuser(); Statement st = c.createStatement()) {
			st.execute("select pg_wal_replay_resume()");
		}
		await(ReadReplica.State::usable, Duration.ofSeconds(30));
		assertThat(signalsRaised()).isEqualTo(before + 1);
		mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components.replica.status", is("UP")));
	}

	@Test
	void aStoppedReplicaMakesReadsRunOnThePrimary() throws Exception {
		await(ReadReplica.State::usable, Duration.ofSeconds(30));
		long before = signalsRaised();
		shell(env("STOP"));
		// The very next dashboard works: the replica's refused connection sends it to the primary at once.
		double primaryReads = meters.counter("ketenimpact.replica.reads", "target", "primary").count();
		assertThat(signalsRaised()).isEqualTo(before);
		assertThat(meters.counter("ketenimpact.replica.reads", "target", "primary").count()).isGreaterThan(primaryReads);
		assertThat(await(s -> !s.usable(), Duration.ofSeconds(10)).reason()).isEqualTo("unreachable");
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")))
			.andExpect(jsonPath("$.components.replica.status", is("FALLBACK")));
		// Writes never depended on it.
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"categories\":[\"LONELINESS\"],\"urgency\":\"NORMAL\",\"observation\":\"Replica down\"}"))
			.andExpect(status().isCreated());
		assertThat(signalsRaised()).isEqualTo(before + 1);

		shell(env("START"));
		await(ReadReplica.State::usable, Duration.ofSeconds(60));
		assertThat(signalsRaised()).isEqualTo(before + 1);
	}

	private long signalsRaised() {
		Dashboard d = dashboards.project(user(SOCIAL_WORKER), lombok().id(), new Dashboard.Filters(LocalDate.now(clock).getYear(), null, null, null));
		return d.totals().get(Kpi.SIGNALS_RAISED).longValue();
	}

	private ReadReplica.State await(Predicate<ReadReplica.State> condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			replica.check();
			ReadReplica.State state = replica.state();
			if (condition.test(state)) {
				return state;
			}
			assertThat(System.nanoTime()).as("replica state still " + state).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private Connection superuser() throws Exception {
		return DriverManager.getConnection(env("URL"), env("SUPERUSER"), env("SUPERUSER_PASSWORD"));
	}

	private boolean replicaAnswers() {
		try (Connection c = superuser()) {
			return c.isValid(2);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void shell(String command) throws Exception {
		Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
		assertThat(process.exitValue()).as(command).isZero();
	}
}
