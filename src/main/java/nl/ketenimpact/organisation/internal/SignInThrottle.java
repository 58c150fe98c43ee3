package nl.ketenimpact.organisation.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins must wait (DOMAIN_RULES §8: slow the attacker down, never lock the victim out). Per account
 * and client address the first {@code freeFailures} cost nothing, each further one doubles the wait (2 s, 4 s, 8 s, …,
 * at most {@code maxDelay}); per client address, more than {@code perAddress} failures within an hour block that
 * address for the rest of the hour. A stranger elsewhere therefore never stops the owner of an account, and an
 * unknown username is treated exactly like a known one.
 */
public record SignInThrottle(int freeFailures, Duration maxDelay, int perAddress) {

	public static final Duration WINDOW = Duration.ofHours(1);

	/** Until when the account at this address waits after its {@code failures}-th failure at {@code now}; null: no wait. */
	public Instant accountBlockedUntil(int failures, Instant now) {
		if (failures <= freeFailures) {
			return null;
		}
		int doublings = Math.min(failures - freeFailures - 1, 30);
		long seconds = Math.min(2L << doublings, maxDelay.toSeconds());
		return now.plusSeconds(seconds);
	}

	/** Until when the address waits after its {@code failures}-th failure in the hour that began at {@code windowStart}; null: no wait. */
	public Instant addressBlockedUntil(int failures, Instant windowStart) {
		return failures > perAddress ? windowStart.plus(WINDOW) : null;
	}
}
