package nl.ketenimpact.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Requests per token per clock minute (fixed window, per app instance). A token's own limit applies
 * when set, else the platform default. Keys are hashes, so no token is kept in memory.
 */
class RateLimiter {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final int defaultLimit;

	private final Clock clock;

	RateLimiter(int defaultLimit, Clock clock) {
		this.defaultLimit = defaultLimit;
		this.clock = clock;
	}

	private record Window(long minute, int limit, AtomicInteger used) {
	}

	/** Seconds to wait, or 0 when the request may go ahead. */
	long check(String token, Supplier<Integer> ownLimit) {
		long minute = clock.millis() / 60_000;
		String key = hash(token);
		Window window = windows.compute(key, (k, current) -> current != null && current.minute() == minute ? current
				: new Window(minute, limitOf(ownLimit), new AtomicInteger()));
		if (window.used().incrementAndGet() <= window.limit()) {
			if (windows.size() > 50_000) {
				windows.values().removeIf(w -> w.minute() < minute);
			}
			return 0;
		}
		return Math.max(1, 60 - (clock.millis() / 1000) % 60);
	}

	private int limitOf(Supplier<Integer> ownLimit) {
		Integer own = ownLimit.get();
		return own != null ? own : defaultLimit;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
