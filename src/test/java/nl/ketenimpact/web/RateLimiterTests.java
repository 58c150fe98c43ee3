package nl.ketenimpact.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-token limit is counted in PostgreSQL: two instances together allow it once, and a new minute starts afresh. */
class RateLimiterTests extends IntegrationTestSupport {

	@Autowired
	PlatformTransactionManager transactionManager;

	private TransactionOperations transactions;

	@BeforeEach
	void transactions() {
		transactions = new TransactionTemplate(transactionManager);
	}

	private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-02T12:00:10Z"), ZoneOffset.UTC);

	@Test
	void twoInstancesSharingTheDatabaseTogetherAllowTheLimitOnce() {
		RateLimiter one = new RateLimiter(jdbc, transactions, 600, NOON);
		RateLimiter two = new RateLimiter(jdbc, transactions, 600, NOON);
		String token = "ki_" + UUID.randomUUID();
		int allowed = 0;
		for (int i = 0; i < 10; i++) {
			if ((i % 2 == 0 ? one : two).check(token, () -> 5) == 0) {
				allowed++;
			}
		}
		assertThat(allowed).isEqualTo(5);
		assertThat(one.check(token, () -> 5)).as("seconds to wait until the next minute").isEqualTo(50);
		// The count is stored under the token's hash, never the token.
		assertThat(count("api_rate_window where token_hash = '" + token + "'")).isZero();
		assertThat(count("api_rate_window where token_hash = '" + RateLimiter.hash(token) + "'")).isEqualTo(1);
	}

	@Test
	void theNextMinuteStartsAfreshAndOldWindowsAreRemoved() {
		String token = "ki_" + UUID.randomUUID();
		RateLimiter noon = new RateLimiter(jdbc, transactions, 2, NOON);
		assertThat(noon.check(token, () -> null)).isZero();
		assertThat(noon.check(token, () -> null)).isZero();
		assertThat(noon.check(token, () -> null)).isPositive();
		RateLimiter later = new RateLimiter(jdbc, transactions, 2, Clock.offset(NOON, java.time.Duration.ofMinutes(2)));
		assertThat(later.check(token, () -> null)).isZero();
		assertThat(count("api_rate_window where token_hash = '" + RateLimiter.hash(token) + "'")).as("only the current window").isEqualTo(1);
	}
}
