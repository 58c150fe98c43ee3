package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;

/** Volunteer-allowance caps of one year (DOMAIN_RULES §2); {@code estimated} when the year itself is not configured yet. */
public record AllowanceLimits(int year, BigDecimal hourlyAdult, BigDecimal hourlyYoung, BigDecimal monthly, BigDecimal yearly,
		boolean estimated) {
}
