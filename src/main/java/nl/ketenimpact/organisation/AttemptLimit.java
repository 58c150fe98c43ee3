package nl.ketenimpact.organisation;

import java.time.Duration;
import java.time.OffsetDateTime;

import nl.ketenimpact.organisation.internal.SignInThrottle;
import nl.ketenimpact.shared.TooManyAttempts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A limit of wrong attempts per client address and hour (activation codes, second-factor codes), kept in PostgreSQL
 * with the sign-in throttle so all instances agree. Only a hash of the kind and the address is stored.
 */
@Component
public class AttemptLimit {

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	AttemptLimit(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Refuses with {@link TooManyAttempts} when the address made {@code limit} wrong attempts of this kind within the hour. */
	@Transactional(readOnly = true)
	public void requireAllowed(String kind, String clientAddress, int limit) {
		record Window(int failures, OffsetDateTime firstFailureAt) {
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("select failures, first_failure_at from sign_in_attempt where key_hash = :k").param("k", key(kind, clientAddress))
			.query(Window.class).optional()
			.filter(w -> w.failures() >= limit && w.firstFailureAt().plus(SignInThrottle.WINDOW).isAfter(now))
			.ifPresent(w -> {
				throw new TooManyAttempts(Math.max(1, Duration.between(now, w.firstFailureAt().plus(SignInThrottle.WINDOW)).toSeconds() + 1));
			});
	}

	/**
	 * Counts a wrong attempt. Runs in its own transaction, so the count stays when the caller's transaction is rolled
	 * back by the refusal that follows.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String kind, String clientAddress) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into sign_in_attempt (key_hash, failures, first_failure_at, last_failure_at) values (:k, 1, :now, :now)
				on conflict (key_hash) do update set
				  failures = case when sign_in_attempt.first_failure_at < :windowStart then 1 else sign_in_attempt.failures + 1 end,
				  first_failure_at = case when sign_in_attempt.first_failure_at < :windowStart then :now else sign_in_attempt.first_failure_at end,
				  last_failure_at = :now""")
			.param("k", key(kind, clientAddress)).param("now", now).param("windowStart", now.minus(SignInThrottle.WINDOW)).update();
	}

	private static String key(String kind, String clientAddress) {
		return ApiTokens.hash(kind + ":" + (clientAddress == null ? "unknown" : clientAddress));
	}
}
