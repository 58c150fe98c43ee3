package nl.ketenimpact.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Page;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API. The token is shown once; only its SHA-256 is stored (a token is
 * 256 random bits, so a fast hash is enough and keeps every API request cheap).
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration defaultTtl;

	private final int maxRateLimit;

	ApiTokens(JdbcClient jdbc, UserManagement users, AuditLog audit, Clock clock,
			@Value("${ketenimpact.api.token-ttl:P30D}") Duration defaultTtl,
			@Value("${ketenimpact.api.max-rate-limit-per-minute:6000}") int maxRateLimit) {
		this.maxRateLimit = maxRateLimit;
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.defaultTtl = defaultTtl;
	}

	/** Issues a token for the user; returns the plain token, which is not stored. */
	@Transactional
	public String issue(CurrentUser user, String name) {
		String token = newToken();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into api_token (id, user_id, name, token_hash, expires_at) values (:id, :user, :name, :hash, :expires)")
			.param("id", id)
			.param("user", user.id())
			.param("name", name)
			.param("hash", hash(token))
			.param("expires", OffsetDateTime.now(clock).plus(defaultTtl))
			.update();
		audit.record(user.id(), "API_TOKEN_ISSUED", "api_token", id, null);
		return token;
	}

	/** A token as its owner (or an admin) sees it; never the token itself. Null fields: not set, never used, not revoked. */
	public record TokenView(UUID id, UUID userId, String username, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, Integer rateLimitPerMinute) {

		public boolean active() {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(OffsetDateTime.now()));
		}
	}

	/** A newly created token: the plain value is in here once and nowhere else. */
	public record NewToken(UUID id, String token, OffsetDateTime expiresAt) {
	}

	/** A named token of the user; {@code validDays} null means it does not expire. */
	@Transactional
	public NewToken create(CurrentUser user, String name, Integer validDays, Integer rateLimitPerMinute) {
		java.util.List<nl.ketenimpact.shared.FieldMessage> errors = new java.util.ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 80) {
			errors.add(new nl.ketenimpact.shared.FieldMessage("name", "token.name.invalid"));
		}
		if (validDays != null && (validDays < 1 || validDays > 730)) {
			errors.add(new nl.ketenimpact.shared.FieldMessage("validDays", "token.validDays.range"));
		}
		// A token's own limit is the operator's tool (a busy integration, a misbehaving one): a user setting it could
		// lift themselves above the platform's limit.
		if (rateLimitPerMinute != null && !user.has(Role.ADMIN)) {
			errors.add(new nl.ketenimpact.shared.FieldMessage("rateLimitPerMinute", "token.rateLimit.adminOnly"));
		}
		else if (rateLimitPerMinute != null && (rateLimitPerMinute < 1 || rateLimitPerMinute > maxRateLimit)) {
			errors.add(new nl.ketenimpact.shared.FieldMessage("rateLimitPerMinute", "token.rateLimit.range", maxRateLimit));
		}
		nl.ketenimpact.shared.InvalidInput.throwIfAny(errors);
		String token = newToken();
		UUID id = UUID.randomUUID();
		OffsetDateTime expires = validDays == null ? null : OffsetDateTime.now(clock).plusDays(validDays);
		jdbc.sql("""
				insert into api_token (id, user_id, name, token_hash, expires_at, rate_limit_per_minute)
				values (:id, :user, :name, :hash, :expires, :limit)""")
			.param("id", id).param("user", user.id()).param("name", name.strip()).param("hash", hash(token)).param("expires", expires)
			.param("limit", rateLimitPerMinute).update();
		audit.record(user.id(), "API_TOKEN_ISSUED", "api_token", id, null);
		return new NewToken(id, token, expires);
	}

	private static final String SELECT_TOKEN = """
			select t.id, t.user_id, cast(null as varchar) as username, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
			       t.rate_limit_per_minute from api_token t""";

	/** The user's own tokens, newest first. */
	@Transactional(readOnly = true)
	public java.util.List<TokenView> mine(CurrentUser user) {
		return jdbc.sql(SELECT_TOKEN + " where t.user_id = :u order by t.created_at desc limit 200").param("u", user.id()).query(TokenView.class).list();
	}

	/** All tokens on the platform (ADMIN), newest first. */
	@Transactional(readOnly = true)
	public Page<TokenView> all(CurrentUser admin, int page, int size) {
		OrganisationManagement.requireAdmin(admin);
		long total = jdbc.sql("select count(*) from api_token").query(Long.class).single();
		var rows = jdbc.sql("""
				select t.id, t.user_id, u.username, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at, t.rate_limit_per_minute
				from api_token t join app_user u on u.id = t.user_id order by t.created_at desc""" + Page.window(page, size))
			.query(TokenView.class).list();
		return new Page<>(rows, page, size, total);
	}

	/** Revokes a token at once: the next request with it is refused. Owners revoke their own, ADMIN any. */
	@Transactional
	public void revoke(CurrentUser user, UUID tokenId) {
		UUID owner = jdbc.sql("select user_id from api_token where id = :id").param("id", tokenId).query(UUID.class).optional()
			.orElseThrow(() -> new nl.ketenimpact.shared.NotFound("token"));
		if (!owner.equals(user.id()) && !user.has(Role.ADMIN)) {
			throw new nl.ketenimpact.shared.NotFound("token");
		}
		jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, now()) where id = :id").param("id", tokenId).update();
		audit.record(user.id(), "API_TOKEN_REVOKED", "api_token", tokenId, null);
	}

	/** The per-minute limit of a token, or empty for the platform default. */
	@Transactional(readOnly = true)
	public Optional<Integer> rateLimit(String token) {
		return jdbc.sql("select rate_limit_per_minute from api_token where token_hash = :h").param("h", hash(token))
			.query((rs, n) -> (Integer) rs.getObject(1, Integer.class)).optional().flatMap(Optional::ofNullable);
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "ki_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The active user behind a valid, unexpired, unrevoked token. */
	@Transactional
	public Optional<CurrentUser> authenticate(String token) {
		if (token == null || !token.startsWith("ki_") || token.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(token);
		Optional<UUID> userId = jdbc.sql("""
				select user_id from api_token
				where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now())""")
			.param("hash", hash)
			.query(UUID.class)
			.optional();
		if (userId.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("update api_token set last_used_at = now() where token_hash = :hash and (last_used_at is null or last_used_at < now() - interval '1 minute')")
			.param("hash", hash)
			.update();
		return users.currentUser(userId.get());
	}

	/** SHA-256 in hex: how tokens, links and codes are stored and looked up (never the value itself). */
	public static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
