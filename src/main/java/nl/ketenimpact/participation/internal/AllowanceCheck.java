package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The volunteer-allowance caps: per hour by age, per month and per year, summed over all payers and
 * projects of the same person. Returns what a payment would exceed, so the user is warned first.
 */
public final class AllowanceCheck {

	private AllowanceCheck() {
	}

	public enum Warning {
		HOURLY, MONTHLY, YEARLY
	}

	/**
	 * @param paidThisMonth volunteer allowances already paid to the person this calendar month (all payers)
	 * @param paidThisYear the same for the calendar year
	 * @param hours hours worked for this payment, may be null (then the hourly cap is not checked)
	 */
	public static List<Warning> check(AllowanceLimits limits, BigDecimal amount, BigDecimal hours, boolean age21Plus, BigDecimal paidThisMonth,
			BigDecimal paidThisYear) {
		List<Warning> warnings = new ArrayList<>();
		if (hours != null && hours.signum() > 0) {
			BigDecimal perHour = amount.divide(hours, 2, RoundingMode.HALF_UP);
			if (perHour.compareTo(age21Plus ? limits.hourlyAdult() : limits.hourlyYoung()) > 0) {
				warnings.add(Warning.HOURLY);
			}
		}
		if (paidThisMonth.add(amount).compareTo(limits.monthly()) > 0) {
			warnings.add(Warning.MONTHLY);
		}
		if (paidThisYear.add(amount).compareTo(limits.yearly()) > 0) {
			warnings.add(Warning.YEARLY);
		}
		return warnings;
	}
}
