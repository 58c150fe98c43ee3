package nl.ketenimpact.organisation;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.shared.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (DOMAIN_RULES §8, AVG art. 32): TOTP of RFC 6238 (30 s, 6 digits, SHA-1: what every
 * authenticator app does) from the totp library, with 10 single-use recovery codes. Mandatory for the admin, the
 * social team and case workers before they reach any signal, referral or admin page; optional for everyone else. No
 * code works twice: the last time step used is kept. The secret is encrypted at rest.
 */
@Service
public class SecondFactor {

	/** Roles that read special-category data or run the platform: they need a second factor. */
	public static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.ADMIN, Role.SOCIAL_WORKER, Role.CASE_WORKER);

	static final int PERIOD_SECONDS = 30;

	static final int RECOVERY_CODES = 10;

	/** Wrong codes per account per hour before the account waits: with three valid codes in a window, guessing stays hopeless. */
	static final int WRONG_PER_HOUR = 20;

	private final JdbcClient jdbc;

	private final Secrets secrets;

	private final AttemptLimit attempts;

	private final AuditLog audit;

	private final java.time.Clock clock;

	private final UserManagement users;

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	SecondFactor(JdbcClient jdbc, Secrets secrets, AttemptLimit attempts, AuditLog audit, java.time.Clock clock, UserManagement users) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.attempts = attempts;
		this.audit = audit;
		this.clock = clock;
		this.users = users;
	}

	public static boolean required(CurrentUser user) {
		return user.hasAny(REQUIRED_FOR);
	}

	/** A new secret to scan: the QR code as a data URI (the CSP allows {@code data:} images) and the secret to type. */
	public record Enrolment(String secret, String qrDataUri) {
	}

	@Transactional(readOnly = true)
	public boolean enrolled(UUID userId) {
		return jdbc.sql("select exists (select 1 from second_factor where user_id = :u and confirmed_at is not null)").param("u", userId)
			.query(Boolean.class).single();
	}

	/** Starts (or restarts) enrolment with a fresh secret; refused while a confirmed one exists (reset it first). */
	@Transactional
	public Enrolment startEnrolment(CurrentUser user) {
		if (enrolled(user.id())) {
			throw new Conflict("secondFactor.alreadyEnrolled");
		}
		String secret = new DefaultSecretGenerator(32).generate();
		jdbc.sql("""
				insert into second_factor (user_id, secret) values (:u, :s)
				on conflict (user_id) do update set secret = excluded.secret, last_time_step = 0, created_at = now()""")
			.param("u", user.id()).param("s", secrets.encrypt(secret)).update();
		return new Enrolment(secret, qr(user.username(), secret));
	}

	/** The enrolment that was started and not confirmed yet (the page shown again after a wrong code). */
	@Transactional(readOnly = true)
	public Optional<Enrolment> pendingEnrolment(CurrentUser user) {
		return jdbc.sql("select secret from second_factor where user_id = :u and confirmed_at is null").param("u", user.id())
			.query(String.class).optional().map(secrets::decrypt).map(secret -> new Enrolment(secret, qr(user.username(), secret)));
	}

	/** Confirms enrolment with a code from the app; returns the recovery codes, shown once. */
	@Transactional
	public List<String> confirmEnrolment(CurrentUser user, String code) {
		Optional<String> secret = jdbc.sql("select secret from second_factor where user_id = :u and confirmed_at is null").param("u", user.id())
			.query(String.class).optional().map(secrets::decrypt);
		if (secret.isEmpty()) {
			throw new Conflict("secondFactor.noEnrolment");
		}
		if (!acceptTotp(user.id(), secret.get(), code)) {
			throw new InvalidInput("code", "secondFactor.code.wrong");
		}
		jdbc.sql("update second_factor set confirmed_at = :now where user_id = :u").param("u", user.id()).param("now", OffsetDateTime.now(clock)).update();
		List<String> recovery = newRecoveryCodes(user.id());
		audit.record(user.id(), user.organisationId(), "SECOND_FACTOR_ENROLLED", "user", user.id(), null);
		return recovery;
	}

	/**
	 * Checks a code at sign-in: a TOTP code of the current time step or its neighbours that was not used before, or
	 * an unused recovery code (then used up). Wrong codes count per account ({@code TooManyAttempts} past the limit).
	 */
	@Transactional
	public boolean verify(CurrentUser user, String code) {
		String key = user.id().toString();
		attempts.requireAllowed("second-factor", key, WRONG_PER_HOUR);
		Optional<String> secret = jdbc.sql("select secret from second_factor where user_id = :u and confirmed_at is not null").param("u", user.id())
			.query(String.class).optional().map(secrets::decrypt);
		if (secret.isEmpty()) {
			return false;
		}
		String typed = code == null ? "" : code.strip();
		if (acceptTotp(user.id(), secret.get(), typed)) {
			return true;
		}
		String recovery = typed.toLowerCase(Locale.ROOT);
		if (recovery.length() >= 16 && jdbc.sql("update recovery_code set used_at = :now where user_id = :u and code_hash = :h and used_at is null")
			.param("u", user.id()).param("h", ApiTokens.hash(recovery)).param("now", OffsetDateTime.now(clock)).update() == 1) {
			audit.record(user.id(), user.organisationId(), "SECOND_FACTOR_RECOVERY_USED", "user", user.id(), null);
			return true;
		}
		attempts.failed("second-factor", key);
		return false;
	}

	/** The admin removes a user's second factor (a lost phone); the user sets it up again at the next sign-in. */
	@Transactional
	public void reset(CurrentUser admin, UUID userId) {
		OrganisationManagement.requireAdmin(admin);
		jdbc.sql("delete from recovery_code where user_id = :u").param("u", userId).update();
		int removed = jdbc.sql("delete from second_factor where user_id = :u").param("u", userId).update();
		if (removed > 0) {
			audit.record(admin.id(), users.organisationOf(userId), "SECOND_FACTOR_RESET", "user", userId, null);
		}
	}

	/** A user for whom it is optional turns it off, with a current code. */
	@Transactional
	public void remove(CurrentUser user, String code) {
		if (required(user)) {
			throw new Refused("secondFactor.required");
		}
		if (!verify(user, code)) {
			throw new InvalidInput("code", "secondFactor.code.wrong");
		}
		jdbc.sql("delete from recovery_code where user_id = :u").param("u", user.id()).update();
		jdbc.sql("delete from second_factor where user_id = :u").param("u", user.id()).update();
		audit.record(user.id(), user.organisationId(), "SECOND_FACTOR_REMOVED", "user", user.id(), null);
	}

	/** Unused recovery codes left. */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(UUID userId) {
		return jdbc.sql("select count(*) from recovery_code where user_id = :u and used_at is null").param("u", userId).query(Integer.class).single();
	}

	/** Demo data only: the users who need a second factor are enrolled with a known secret (README: oathtool). */
	public void enrolForDemo(UUID userId, String base32Secret) {
		jdbc.sql("insert into second_factor (user_id, secret, confirmed_at) values (:u, :s, now()) on conflict (user_id) do nothing")
			.param("u", userId).param("s", secrets.encrypt(base32Secret)).update();
	}

	private boolean acceptTotp(UUID userId, String secret, String code) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return false;
		}
		String typed = code.strip();
		long step = clock.instant().getEpochSecond() / PERIOD_SECONDS;
		long last = jdbc.sql("select last_time_step from second_factor where user_id = :u for update").param("u", userId).query(Long.class).single();
		for (long candidate = step - 1; candidate <= step + 1; candidate++) {
			if (candidate > last && constantTimeEquals(generate(secret, candidate), typed)) {
				jdbc.sql("update second_factor set last_time_step = :s where user_id = :u").param("u", userId).param("s", candidate).update();
				return true;
			}
		}
		return false;
	}

	private String generate(String secret, long step) {
		try {
			return codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("TOTP code could not be made", ex);
		}
	}

	private List<String> newRecoveryCodes(UUID userId) {
		jdbc.sql("delete from recovery_code where user_id = :u").param("u", userId).update();
		List<String> recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		for (String code : recovery) {
			jdbc.sql("insert into recovery_code (user_id, code_hash) values (:u, :h)").param("u", userId)
				.param("h", ApiTokens.hash(code.toLowerCase(Locale.ROOT))).update();
		}
		return recovery;
	}

	private static String qr(String username, String secret) {
		QrData data = new QrData.Builder().label(username).secret(secret).issuer("Ketenimpact").algorithm(HashingAlgorithm.SHA1)
			.digits(6).period(PERIOD_SECONDS).build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("QR code could not be made", ex);
		}
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII), b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}
}
