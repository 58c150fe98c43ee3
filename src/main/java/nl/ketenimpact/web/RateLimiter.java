package nl.ketenimpact.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Requests per token per clock minute (fixed window). The count is kept in PostgreSQL ({@code api_rate_window}), one
 * upsert per request, so two instances together allow the limit once, not twice. A token's own limit applies when set,
 * else the platform default. Keys are hashes, so no token is stored. The count's commit does not wait for the disk
 * ({@code synchronous_commit} off for that transaction only): a crash forgets at most the last moment's counts, and the
 * row of a busy token is free again at once instead of after a flush, so a token's simultaneous requests do not queue
 * behind each other's disk writes (at 32 clients on one token that queue was most of signal intake's p99, issue 21).
 */
class RateLimiter {

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final int defaultLimit;

	private final Clock clock;

	/** The last minute this instance removed old windows for; each instance does it at most once a minute. */
	private final AtomicLong cleaned = new AtomicLong();

	RateLimiter(JdbcClient jdbc, TransactionOperations transactions, int defaultLimit, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.defaultLimit = defaultLimit;
		this.clock = clock;
	}

	private record Count(int used, int maxUsed) {
	}

	/** Seconds to wait, or 0 when the request may go ahead. The token's own limit is looked up once per window. */
	long check(String token, Supplier<Integer> ownLimit) {
		long minute = clock.millis() / 60_000;
		String key = hash(token);
		Count count = transactions.execute(status -> {
			jdbc.sql("set local synchronous_commit = off").update();
			return jdbc.sql("update api_rate_window set used = used + 1 where token_hash = :k and minute = :m returning used, max_used")
				.param("k", key).param("m", minute).query(Count.class).optional()
				.orElseGet(() -> jdbc.sql("""
						insert into api_rate_window (token_hash, minute, used, max_used) values (:k, :m, 1, :limit)
						on conflict (token_hash, minute) do update set used = api_rate_window.used + 1
						returning used, max_used""")
					.param("k", key).param("m", minute).param("limit", limitOf(ownLimit)).query(Count.class).single());
		});
		long last = cleaned.get();
		if (last < minute && cleaned.compareAndSet(last, minute)) {
			jdbc.sql("delete from api_rate_window where minute < :m").param("m", minute - 1).update();
		}
		if (count.used() <= count.maxUsed()) {
			return 0;
		}
		return Math.max(1, 60 - (clock.millis() / 1000) % 60);
	}

	private int limitOf(Supplier<Integer> ownLimit) {
		Integer own = ownLimit.get();
		return own != null ? own : defaultLimit;
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
