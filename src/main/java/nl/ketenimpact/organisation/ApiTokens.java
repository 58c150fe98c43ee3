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

	ApiTokens(JdbcClient jdbc, UserManagement users, AuditLog audit, Clock clock,
			@Value("${ketenimpact.api.token-ttl:P30D}") Duration defaultTtl) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.defaultTtl = defaultTtl;
	}

	/** Issues a token for the user; returns the plain token, which is not stored. */
	@Transactional
	public String issue(CurrentUser user, String name) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = "ki_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
