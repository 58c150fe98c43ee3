package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A measured result: {@code value}, and for ratio kinds the effort it is measured against ({@code per}, else null). */
public record PracticeResult(ResultKind kind, BigDecimal value, BigDecimal per) {

	/** value ÷ per, or null when this is not a ratio or there was no effort. */
	public BigDecimal ratio() {
		if (per == null || per.signum() <= 0) {
			return null;
		}
		return value.divide(per, 3, RoundingMode.HALF_UP);
	}
}
