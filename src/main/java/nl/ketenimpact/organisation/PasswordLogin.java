package nl.ketenimpact.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import nl.ketenimpact.organisation.internal.SignInThrottle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, slowed down by {@link SignInThrottle} per account and client address and per
 * client address, kept in PostgreSQL so all instances agree. While a wait runs the password is not even checked, and
 * the answer is the same whether the username exists or not. Used by the login form and by
 * {@code POST /api/v1/auth/token}.
 */
@Component
public class PasswordLogin {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final UserManagement users;

	private final SignInThrottle throttle;

	private final java.time.Clock clock;

	private final nl.ketenimpact.shared.AuditLog audit;

	private final IdentityProviders providers;

	private final String dummyHash;

	PasswordLogin(JdbcClient jdbc, PasswordEncoder passwords, UserManagement users, java.time.Clock clock, nl.ketenimpact.shared.AuditLog audit,
			IdentityProviders providers,
			@Value("${ketenimpact.security.free-failures:3}") int freeFailures,
			@Value("${ketenimpact.security.max-delay:PT15M}") Duration maxDelay,
			@Value("${ketenimpact.security.failures-per-address-per-hour:50}") int perAddress) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.users = users;
		this.clock = clock;
		this.audit = audit;
		this.providers = providers;
		this.throttle = new SignInThrottle(freeFailures, maxDelay, perAddress);
		this.dummyHash = passwords.encode("not-a-real-password");
	}

	/** Refused because of earlier failures: try again after {@code retryAfterSeconds}. Says nothing of the account. */
	public static class Throttled extends LockedException {

		private final long retryAfterSeconds;

		Throttled(long retryAfterSeconds) {
			super("too many failed sign-ins");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		public long retryAfterSeconds() {
			return retryAfterSeconds;
		}
	}

	/** The right password, but the organisation signs in through its own identity provider only. */
	public static class ProviderOnly extends DisabledException {

		ProviderOnly() {
			super("sign in through the organisation's identity provider");
		}
	}

	private record Account(java.util.UUID id, java.util.UUID organisationId, String passwordHash, boolean active) {
	}

	/** @throws org.springframework.security.core.AuthenticationException when refused ({@link Throttled} while a wait runs) */
	public CurrentUser authenticate(String username, String password, String clientAddress) {
		String name = UserManagement.normaliseUsername(username);
		String address = clientAddress == null ? "unknown" : clientAddress;
		String accountKey = key("account", name + "|" + address);
		String addressKey = key("address", address);
		Instant now = clock.instant();
		Instant blocked = latest(blockedUntil(accountKey), blockedUntil(addressKey));
		if (blocked != null && blocked.isAfter(now)) {
			throw new Throttled(Math.max(1, Duration.between(now, blocked).toSeconds() + 1));
		}
		Optional<Account> account = jdbc.sql("""
				select u.id, u.organisation_id, u.password_hash, u.active and o.active as active
				from app_user u join organisation o on o.id = u.organisation_id
				where u.username = :username""")
			.param("username", name)
			.query(Account.class)
			.optional();
		boolean matches;
		if (account.isEmpty()) {
			// Same work for an unknown username as for a known one, so neither the time nor the answer tells which exist.
			passwords.matches(password == null ? "" : password, dummyHash);
			matches = false;
		}
		else {
			// No password at all: the account signs in through its organisation's provider only. Same work as a wrong one.
			String hash = account.get().passwordHash() == null ? dummyHash : account.get().passwordHash();
			matches = password != null && passwords.matches(password, hash) && account.get().passwordHash() != null;
		}
		if (!matches) {
			fail(accountKey, now, true);
			fail(addressKey, now, false);
			// Who tried is not known; the account tried is the subject (none for an unknown username, which is not stored).
			audit.recordAlone(null, account.map(Account::organisationId).orElse(null), "SIGN_IN_FAILED", "user",
					account.map(Account::id).orElse(null), null);
			throw new BadCredentialsException("bad credentials");
		}
		jdbc.sql("delete from sign_in_attempt where key_hash = :k").param("k", accountKey).update();
		if (!account.get().active()) {
			throw new DisabledException("deactivated");
		}
		if (!providers.passwordsAllowed(account.get().organisationId())) {
			throw new ProviderOnly();
		}
		audit.recordAlone(account.get().id(), account.get().organisationId(), "SIGN_IN_PASSWORD", "user", account.get().id(), null);
		return users.currentUser(account.get().id()).orElseThrow(() -> new DisabledException("deactivated"));
	}

	/** Counts a failure under the key (a new hour starts the count again) and sets the wait the throttle gives. */
	private void fail(String key, Instant now, boolean perAccount) {
		record Count(int failures, java.time.OffsetDateTime firstFailureAt) {
		}
		Count count = jdbc.sql("""
				insert into sign_in_attempt (key_hash, failures, first_failure_at, last_failure_at) values (:k, 1, :now, :now)
				on conflict (key_hash) do update set
				  failures = case when sign_in_attempt.first_failure_at < :windowStart then 1 else sign_in_attempt.failures + 1 end,
				  first_failure_at = case when sign_in_attempt.first_failure_at < :windowStart then :now else sign_in_attempt.first_failure_at end,
				  last_failure_at = :now
				returning failures, first_failure_at""")
			.param("k", key).param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
			.param("windowStart", java.time.OffsetDateTime.ofInstant(now.minus(SignInThrottle.WINDOW), java.time.ZoneOffset.UTC))
			.query(Count.class).single();
		Instant until = perAccount ? throttle.accountBlockedUntil(count.failures(), now)
				: throttle.addressBlockedUntil(count.failures(), count.firstFailureAt().toInstant());
		if (until != null) {
			jdbc.sql("update sign_in_attempt set blocked_until = :until where key_hash = :k")
				.param("k", key).param("until", java.time.OffsetDateTime.ofInstant(until, java.time.ZoneOffset.UTC)).update();
		}
		// Old counts are of no use any more; the index keeps this cheap.
		jdbc.sql("delete from sign_in_attempt where last_failure_at < :stale")
			.param("stale", java.time.OffsetDateTime.ofInstant(now.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC)).update();
	}

	private Instant blockedUntil(String key) {
		return jdbc.sql("select blocked_until from sign_in_attempt where key_hash = :k").param("k", key)
			.query(java.time.OffsetDateTime.class).optional().map(java.time.OffsetDateTime::toInstant).orElse(null);
	}

	private static Instant latest(Instant a, Instant b) {
		return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
	}

	/** A SHA-256 of what is counted (the same hash as API tokens): no e-mail address or IP address is stored. */
	private static String key(String kind, String value) {
		return ApiTokens.hash(kind + ":" + value);
	}

}
