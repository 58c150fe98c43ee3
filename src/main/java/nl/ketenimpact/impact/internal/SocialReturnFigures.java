package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Social return of a group: obligation (contract value × percentage, 5% unless set), approved value realised so far
 * (months passed), approved value still planned (months to come), approved people.
 */
public record SocialReturnFigures(BigDecimal obligationEur, BigDecimal valueEur, BigDecimal plannedEur, long people) {

	static final SocialReturnFigures NONE = new SocialReturnFigures(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
			BigDecimal.ZERO.setScale(2), 0);

	/** Approved value as a share of the obligation (capped at 100), or null without an obligation. */
	Integer compliancePct() {
		if (obligationEur.signum() == 0) {
			return null;
		}
		return Math.min(100, valueEur.multiply(BigDecimal.valueOf(100)).divide(obligationEur, 0, RoundingMode.DOWN).intValue());
	}
}
