package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import nl.ketenimpact.impact.ContributionKind;

/**
 * A contribution as the partner registers it, with the API contract's names. Which fields are needed
 * depends on {@code kind}: PERSON needs personRef, birthYear, block, hoursPerWeek, startDate, endDate;
 * PURCHASE needs supplier, amountEur, startDate (invoice date), register; ACTIVITY_HOURS needs hours and
 * startDate. Everything else may be null.
 */
public record ContributionInput(@NotNull(message = "{validation.required}") ContributionKind kind, String personRef, Integer birthYear,
		Block block, BigDecimal hoursPerWeek, LocalDate startDate, LocalDate endDate, Set<Bonus> bonuses, String supplier, BigDecimal amountEur,
		Boolean register, BigDecimal hours) {

	public Set<Bonus> bonusesOrNone() {
		return bonuses == null ? Set.of() : bonuses;
	}
}
