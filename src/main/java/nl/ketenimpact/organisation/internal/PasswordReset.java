package nl.ketenimpact.organisation.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.AttemptLimit;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PasswordChanged;
import nl.ketenimpact.organisation.PasswordRules;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Gone;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Outbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wachtwoord vergeten" (DOMAIN_RULES §8): a single-use link valid one hour, mailed to an active account. The request
 * answers the same whether the address has an account or not; the caller shows one message for both.
 */
@Service
public class PasswordReset {

	static final Duration VALID = Duration.ofHours(1);

	static final int MAX_PER_HOUR = 5;

	/** Reset requests per client address and hour, whatever the addresses asked for: nobody floods the platform's mail. */
	static final int REQUESTS_PER_ADDRESS_PER_HOUR = 30;

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final Outbox outbox;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final AttemptLimit attempts;

	PasswordReset(JdbcClient jdbc, UserManagement users, Outbox outbox, AuditLog audit, ApplicationEventPublisher events, java.time.Clock clock,
			AttemptLimit attempts) {
		this.attempts = attempts;
		this.jdbc = jdbc;
		this.users = users;
		this.outbox = outbox;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Mails a reset link when the address belongs to an active account; otherwise does nothing, visibly the same.
	 * Past {@value #REQUESTS_PER_ADDRESS_PER_HOUR} requests from one client address in an hour: {@code TooManyAttempts}
	 * for every e-mail alike.
	 */
	@Transactional
	public void request(String email, Locale requestLocale, String clientAddress) {
		attempts.requireAllowed("password-reset", clientAddress, REQUESTS_PER_ADDRESS_PER_HOUR);
		attempts.failed("password-reset", clientAddress);
		users.activeByUsername(email).ifPresent(user -> {
			long recent = jdbc.sql("select count(*) from password_reset where user_id = :u and created_at > :since")
				.param("u", user.id()).param("since", now().minus(VALID)).query(Long.class).single();
			if (recent >= MAX_PER_HOUR) {
				// Nobody fills someone's mailbox with reset mails; the answer stays the same.
				return;
			}
			String token = ApiTokens.newToken();
			// A new link replaces any earlier one that was not used.
			jdbc.sql("update password_reset set used_at = :now where user_id = :u and used_at is null").param("u", user.id()).param("now", now()).update();
			jdbc.sql("insert into password_reset (token_hash, user_id, expires_at, created_at) values (:h, :u, :e, :now)")
				.param("h", ApiTokens.hash(token)).param("u", user.id()).param("e", now().plus(VALID)).param("now", now()).update();
			Locale locale = users.localeOf(user.id());
			outbox.send(user.username(), locale, "passwordReset", true, user.name(), outbox.link("/wachtwoord-herstellen?token=" + token));
			audit.record(user.id(), user.organisationId(), "PASSWORD_RESET_REQUESTED", "user", user.id(), null);
		});
	}

	/** Checks a link before the new password is asked for: {@link Gone} when used, replaced or expired. */
	@Transactional(readOnly = true)
	public void check(String token) {
		usable(token);
	}

	/** Sets the new password; the link is used up and every session of the user ends. */
	@Transactional
	public void confirm(String token, String password) {
		UUID userId = usable(token);
		CurrentUser user = users.currentUser(userId).orElseThrow(() -> new Gone("passwordReset.invalid"));
		PasswordRules.check("password", password, user.username()).ifPresent(message -> {
			throw new InvalidInput(java.util.List.of(message));
		});
		int used = jdbc.sql("update password_reset set used_at = :now where token_hash = :h and used_at is null")
			.param("h", ApiTokens.hash(token.strip())).param("now", now()).update();
		if (used != 1) {
			throw new Gone("passwordReset.used");
		}
		users.storePassword(userId, password);
		audit.record(userId, user.organisationId(), "PASSWORD_RESET", "user", userId, null);
		events.publishEvent(new PasswordChanged(userId, false));
	}

	private UUID usable(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			throw new Gone("passwordReset.invalid");
		}
		record Reset(UUID userId, OffsetDateTime expiresAt, OffsetDateTime usedAt) {
		}
		Reset reset = jdbc.sql("select user_id, expires_at, used_at from password_reset where token_hash = :h")
			.param("h", ApiTokens.hash(token.strip())).query(Reset.class).optional().orElseThrow(() -> new Gone("passwordReset.invalid"));
		if (reset.usedAt() != null) {
			throw new Gone("passwordReset.used");
		}
		if (!reset.expiresAt().isAfter(now())) {
			throw new Gone("passwordReset.expired");
		}
		return reset.userId();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
