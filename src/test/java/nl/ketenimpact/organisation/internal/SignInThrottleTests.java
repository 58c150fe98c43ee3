package nl.ketenimpact.organisation.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15), 50);

	private final Instant now = Instant.parse("2026-12-01T20:00:00Z");

	@Test
	void theFirstFailuresAreFreeThenEachOneDoublesTheWaitUpToTheMaximum() {
		assertThat(throttle.accountBlockedUntil(3, now)).isNull();
		assertThat(throttle.accountBlockedUntil(4, now)).isEqualTo(now.plusSeconds(2));
		assertThat(throttle.accountBlockedUntil(5, now)).isEqualTo(now.plusSeconds(4));
		assertThat(throttle.accountBlockedUntil(8, now)).isEqualTo(now.plusSeconds(32));
		assertThat(throttle.accountBlockedUntil(40, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
		assertThat(throttle.accountBlockedUntil(Integer.MAX_VALUE, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
	}

	@Test
	void anAddressOverItsLimitWaitsOutTheHourItsCountBegan() {
		Instant windowStart = now.minus(Duration.ofMinutes(20));
		assertThat(throttle.addressBlockedUntil(50, windowStart)).isNull();
		assertThat(throttle.addressBlockedUntil(51, windowStart)).isEqualTo(windowStart.plus(Duration.ofHours(1)));
	}
}
