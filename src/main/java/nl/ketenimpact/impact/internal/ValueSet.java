package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Euro values per contribution type for a municipality and period. {@code municipality} null: the
 * default where a municipality has none; {@code validTo} null: open-ended.
 */
public record ValueSet(UUID id, String name, String municipality, LocalDate validFrom, LocalDate validTo, Map<Block, BigDecimal> amounts,
		BigDecimal bonusEur, BigDecimal activityHourEur, BigDecimal purchaseRegisterPct, BigDecimal purchaseOtherPct,
		BigDecimal psoFulfilmentPct) {

	public ValueSet {
		amounts = Map.copyOf(amounts);
	}

	public boolean validOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}
}
