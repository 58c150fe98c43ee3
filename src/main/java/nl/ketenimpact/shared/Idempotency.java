package nl.ketenimpact.shared;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Idempotency-Key} on a create: the same key from the same user gives the same record, however often the
 * request is sent (a phone that lost the answer sends it again). The key's row is written in the transaction that
 * creates the record, so either both exist or neither; a second request with the key waits on the first's row lock
 * and then answers with its record. A key sent again with another request is refused ({@link IdempotencyKeyReused}).
 */
@Component
public class Idempotency {

	/** What a client may send: printable ASCII without spaces, at most 255 characters (a UUID fits). */
	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	/** Keys are kept two days: a phone keeps an unsent report at most 24 hours. */
	static final Duration KEPT = Duration.ofDays(2);

	private final JdbcClient jdbc;

	private final Clock clock;

	Idempotency(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The result of a create under a key: the record's id and whether it was made earlier (a replay). */
	public record Outcome(UUID id, boolean replayed) {
	}

	/**
	 * Runs {@code create} once per (user, key): the first time it creates and remembers the id; a retry answers the
	 * remembered id without running it. {@code key} null means the client sent none: {@code create} just runs.
	 * {@code request} is what the client asked (the path's ids and the body), compared by its canonical form.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Outcome once(UUID userId, String key, String operation, Object request, Supplier<UUID> create) {
		if (key == null) {
			return new Outcome(create.get(), false);
		}
		if (!KEY.matcher(key).matches()) {
			throw new InvalidInput("Idempotency-Key", "idempotency.keyInvalid");
		}
		String hash = fingerprint(operation, request);
		int inserted = jdbc.sql("""
				insert into idempotency_key (user_id, idempotency_key, operation, request_hash, created_at)
				values (:user, :key, :operation, :hash, :now) on conflict do nothing""")
			.param("user", userId).param("key", key).param("operation", operation).param("hash", hash)
			.param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC)).update();
		if (inserted == 0) {
			record Earlier(String operation, String requestHash, UUID resourceId) {
			}
			Earlier earlier = jdbc.sql("select operation, request_hash, resource_id from idempotency_key where user_id = :user and idempotency_key = :key")
				.param("user", userId).param("key", key).query(Earlier.class).single();
			if (!earlier.operation().equals(operation) || !earlier.requestHash().equals(hash) || earlier.resourceId() == null) {
				throw new IdempotencyKeyReused();
			}
			return new Outcome(earlier.resourceId(), true);
		}
		UUID id = create.get();
		jdbc.sql("update idempotency_key set resource_id = :id where user_id = :user and idempotency_key = :key")
			.param("id", id).param("user", userId).param("key", key).update();
		return new Outcome(id, false);
	}

	/** Forgets the keys of one person (their erasure): the requests they sent are not kept for them. */
	@org.springframework.transaction.annotation.Transactional
	public void forget(UUID userId) {
		jdbc.sql("delete from idempotency_key where user_id = :u").param("u", userId).update();
	}

	/** Forgets keys older than two days; a plain delete, so any number of instances may run it. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public int forgetOld() {
		return jdbc.sql("delete from idempotency_key where created_at < :before")
			.param("before", clock.instant().minus(KEPT).atOffset(java.time.ZoneOffset.UTC)).update();
	}

	/** SHA-256 of the request's canonical text: records by component, collections sorted, so equal requests hash equal. */
	static String fingerprint(String operation, Object request) {
		StringBuilder text = new StringBuilder(operation).append('|');
		canonical(request, text);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void canonical(Object value, StringBuilder text) {
		if (value == null) {
			text.append("null");
		}
		else if (value instanceof Record record) {
			text.append('{');
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				text.append(component.getName()).append('=');
				try {
					// Callers describe their request with a local record, which is not public.
					java.lang.reflect.Method accessor = component.getAccessor();
					accessor.setAccessible(true);
					canonical(accessor.invoke(record), text);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
				text.append(';');
			}
			text.append('}');
		}
		else if (value instanceof Collection<?> items) {
			text.append('[');
			items.stream().map(item -> {
				StringBuilder one = new StringBuilder();
				canonical(item, one);
				return one.toString();
			}).sorted().forEach(item -> text.append(item).append(','));
			text.append(']');
		}
		else if (value instanceof java.math.BigDecimal number) {
			text.append(number.stripTrailingZeros().toPlainString());
		}
		else {
			// Quoted with its length, so that no two different values run together into one text.
			String plain = String.valueOf(value);
			text.append(plain.length()).append(':').append(plain);
		}
	}
}
