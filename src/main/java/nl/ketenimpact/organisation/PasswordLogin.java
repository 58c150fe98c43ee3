package nl.ketenimpact.organisation;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, with throttling: after {@code max-failed-logins} failures in a
 * row the account is locked for the lockout window, whatever password is tried. Used by the login
 * form and by {@code POST /api/v1/auth/token}.
 */
@Component
public class PasswordLogin {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final UserManagement users;

	private final int maxFailures;

	private final Duration lockout;

	private final String dummyHash;

	PasswordLogin(JdbcClient jdbc, PasswordEncoder passwords, UserManagement users,
			@Value("${ketenimpact.security.max-failed-logins:5}") int maxFailures,
			@Value("${ketenimpact.security.lockout:PT5M}") Duration lockout) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.users = users;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.dummyHash = passwords.encode("not-a-real-password");
	}

	private record Account(java.util.UUID id, String passwordHash, boolean active, int failedLogins, boolean locked) {
	}

	/** @throws org.springframework.security.core.AuthenticationException when refused */
	public CurrentUser authenticate(String username, String password) {
		String name = UserManagement.normaliseUsername(username);
		Optional<Account> account = jdbc.sql("""
				select u.id, u.password_hash, u.active and o.active as active, u.failed_logins,
				       (u.failed_logins >= :max and u.last_failed_login_at > now() - make_interval(secs => :lockout)) as locked
				from app_user u join organisation o on o.id = u.organisation_id
				where u.username = :username""")
			.param("username", name)
			.param("max", maxFailures)
			.param("lockout", (double) lockout.toSeconds())
			.query(Account.class)
			.optional();
		if (account.isEmpty()) {
			// Same work as for a known user, so response time does not reveal which usernames exist.
			passwords.matches(password == null ? "" : password, dummyHash);
			throw new BadCredentialsException("bad credentials");
		}
		Account found = account.get();
		if (found.locked()) {
			throw new LockedException("too many failed logins");
		}
		if (password == null || !passwords.matches(password, found.passwordHash())) {
			jdbc.sql("""
					update app_user set
					  failed_logins = case when last_failed_login_at > now() - make_interval(secs => :lockout) then failed_logins + 1 else 1 end,
					  last_failed_login_at = now()
					where id = :id""")
				.param("id", found.id())
				.param("lockout", (double) lockout.toSeconds())
				.update();
			throw new BadCredentialsException("bad credentials");
		}
		if (!found.active()) {
			throw new DisabledException("deactivated");
		}
		if (found.failedLogins() > 0) {
			jdbc.sql("update app_user set failed_logins = 0 where id = :id").param("id", found.id()).update();
		}
		return users.currentUser(found.id()).orElseThrow(() -> new DisabledException("deactivated"));
	}
}
