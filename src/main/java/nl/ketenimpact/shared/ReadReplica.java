package nl.ketenimpact.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only work (dashboards, exports, the ESRS report, the sector benchmark, the practice search) may
 * run on a PostgreSQL streaming replica ({@code ketenimpact.datasource.replica.url/username/password}):
 * such a method is {@code @Transactional(readOnly = true, label = ReadReplica.LABEL)}. The replica is
 * used only while it answers, is a standby and is at most {@code max-lag} (30 s) behind; otherwise
 * the same work runs on the primary, and {@code /actuator/health} says so (component {@code replica},
 * status {@code FALLBACK}).
 * <p>
 * How far behind: every check reads the primary's WAL position and then the replica's replay position;
 * the replica has everything the primary had at the newest check whose position it has replayed. That
 * is right for an idle primary too, where the time of the last replayed transaction would only say how
 * long nothing happened.
 */
public final class ReadReplica {

	/** The transaction label of read-only work that may run on the replica. */
	public static final String LABEL = "replica";

	private static final Logger log = LoggerFactory.getLogger(ReadReplica.class);

	/** What the health endpoint and the tests see. */
	public record State(boolean configured, boolean usable, String reason, Duration lag, Instant checkedAt) {
	}

	private record Position(Instant at, long lsn) {
	}

	private final DataSource primary;

	private final DataSource replica;

	private final Duration maxLag;

	private final MeterRegistry meters;

	private final Deque<Position> history = new ArrayDeque<>();

	private volatile State state;

	private ScheduledExecutorService checker;

	ReadReplica(DataSource dataSource, Duration maxLag, Duration checkInterval, MeterRegistry meters) {
		this.maxLag = maxLag;
		this.meters = meters;
		if (dataSource instanceof ReplicaRoutingDataSource routing) {
			this.primary = routing.primary();
			this.replica = routing.replica();
			this.state = new State(true, false, "not checked yet", null, null);
			checker = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread thread = new Thread(r, "replica-check");
				thread.setDaemon(true);
				return thread;
			});
			checker.scheduleWithFixedDelay(this::check, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
		}
		else {
			this.primary = dataSource;
			this.replica = null;
			this.state = new State(false, false, "not configured", null, null);
		}
	}

	void stop() {
		if (checker != null) {
			checker.shutdownNow();
		}
	}

	public State state() {
		return state;
	}

	boolean usable() {
		return state.usable();
	}

	void countRead(boolean onReplica) {
		meters.counter("ketenimpact.replica.reads", "target", onReplica ? "replica" : "primary").increment();
	}

	/** A connection to the replica failed during a read: use the primary until the next check says otherwise. */
	void markUnavailable(String reason) {
		State was = state;
		state = new State(true, false, reason, was.lag(), Instant.now());
		if (was.usable()) {
			log.warn("Read replica {}: read-only work runs on the primary", reason);
		}
	}

	/** One check; synchronised so a test's explicit check and the scheduled one do not interleave. */
	synchronized void check() {
		if (replica == null) {
			return;
		}
		Instant now = Instant.now();
		State next;
		try {
			long primaryLsn;
			try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select pg_current_wal_lsn()::text")) {
				rs.next();
				primaryLsn = lsn(rs.getString(1));
			}
			history.addLast(new Position(now, primaryLsn));
			while (history.size() > 2 && history.peekFirst().at().isBefore(now.minus(maxLag.multipliedBy(4)))) {
				history.removeFirst();
			}
			try (Connection connection = replica.getConnection(); Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select pg_is_in_recovery(), coalesce(pg_last_wal_replay_lsn(), '0/0')::text")) {
				rs.next();
				if (!rs.getBoolean(1)) {
					next = new State(true, false, "not a standby", null, now);
				}
				else {
					Duration lag = lag(lsn(rs.getString(2)), now);
					next = lag != null && lag.compareTo(maxLag) <= 0 ? new State(true, true, null, lag, now)
							: new State(true, false, "behind", lag, now);
				}
			}
		}
		catch (Exception ex) {
			next = new State(true, false, "unreachable", null, now);
		}
		if (next.usable() != state.usable()) {
			if (next.usable()) {
				log.info("Read replica usable again: read-only work runs on the replica");
			}
			else {
				log.warn("Read replica {}: read-only work runs on the primary", next.reason());
			}
		}
		state = next;
	}

	/**
	 * How long ago the primary was where the replica is now (zero when it has caught up with the latest check);
	 * null when it has not reached any position seen, so how far behind is not known (it is not used then).
	 */
	private Duration lag(long replayed, Instant now) {
		Instant caughtUpTo = null;
		for (Position position : history) {
			if (position.lsn() <= replayed) {
				caughtUpTo = position.at();
			}
		}
		return caughtUpTo == null ? null : Duration.between(caughtUpTo, now);
	}

	/** A WAL position such as {@code 16/B374D848} as one number. */
	static long lsn(String text) {
		int slash = text.indexOf('/');
		return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
	}
}
