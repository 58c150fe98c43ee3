package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Optional;

/**
 * The building-block method in plain Java (DOMAIN_RULES §1): a person block is worth its value for
 * one year full time (36 hours a week), pro rata for hours and for months; a person counts at most
 * 24 months in total; purchases count at the register credit; activity hours at the hourly value.
 */
public final class Valuation {

	public static final BigDecimal FULL_TIME_HOURS = BigDecimal.valueOf(36);

	public static final BigDecimal MAX_MONTHS = BigDecimal.valueOf(24);

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private Valuation() {
	}

	/** A period of an earlier registration of the same person; {@code end} null means still running. */
	public record PersonPeriod(LocalDate start, LocalDate end, BigDecimal countedMonths, String where) {
	}

	/**
	 * Months from start to end inclusive, month-based: 1 January – 30 June is 6; extra days count as
	 * a fraction of 30. An open end is not valued: a person needs an end date.
	 */
	public static BigDecimal months(LocalDate start, LocalDate end) {
		Period period = Period.between(start, end.plusDays(1));
		BigDecimal whole = BigDecimal.valueOf(period.toTotalMonths());
		return whole.add(BigDecimal.valueOf(period.getDays()).divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP));
	}

	/**
	 * The share of a registration's value realised on {@code today}: value accrues month by month, so a person's
	 * registration counts the months passed (month-based, as {@link #months}) of its period; nothing before the start,
	 * all of it from the end. A registration without an end (a purchase, activity hours) is realised on its date.
	 * The SQL function {@code realised_share} (Flyway V11) is the same rule for sums over many registrations.
	 */
	public static BigDecimal realisedShare(LocalDate start, LocalDate end, LocalDate today) {
		if (today.isBefore(start)) {
			return BigDecimal.ZERO;
		}
		if (end == null || !today.isBefore(end)) {
			return BigDecimal.ONE;
		}
		BigDecimal whole = months(start, end);
		return whole.signum() == 0 ? BigDecimal.ONE : months(start, today).divide(whole, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE);
	}

	/** The realised part of a value (in cents), see {@link #realisedShare}. */
	public static BigDecimal realised(BigDecimal value, LocalDate start, LocalDate end, LocalDate today) {
		return value.multiply(realisedShare(start, end, today)).setScale(2, RoundingMode.HALF_UP);
	}

	/** Months that still count for this person after the earlier registrations (never below zero). */
	public static BigDecimal countableMonths(BigDecimal months, Collection<PersonPeriod> earlier) {
		BigDecimal used = earlier.stream().map(PersonPeriod::countedMonths).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal left = MAX_MONTHS.subtract(used).max(BigDecimal.ZERO);
		return months.min(left);
	}

	/** The first earlier registration whose period overlaps [start, end]. */
	public static Optional<PersonPeriod> overlap(LocalDate start, LocalDate end, Collection<PersonPeriod> earlier) {
		return earlier.stream()
			.filter(p -> !start.isAfter(p.end() == null ? LocalDate.MAX : p.end()) && !end.isBefore(p.start()))
			.findFirst();
	}

	public static BigDecimal person(ValueSet set, Block block, Collection<Bonus> bonuses, BigDecimal hoursPerWeek, BigDecimal countedMonths) {
		BigDecimal yearly = set.amounts().get(block);
		if (yearly == null) {
			throw new IllegalArgumentException("value set " + set.name() + " has no amount for " + block);
		}
		BigDecimal withBonuses = yearly.add(set.bonusEur().multiply(BigDecimal.valueOf(bonuses.size())));
		BigDecimal hoursShare = hoursPerWeek.min(FULL_TIME_HOURS).divide(FULL_TIME_HOURS, 10, RoundingMode.HALF_UP);
		BigDecimal monthShare = countedMonths.divide(TWELVE, 10, RoundingMode.HALF_UP);
		return withBonuses.multiply(hoursShare).multiply(monthShare).setScale(2, RoundingMode.HALF_UP);
	}

	public static BigDecimal purchase(ValueSet set, BigDecimal invoiceAmount, boolean inRegister) {
		BigDecimal credit = inRegister ? set.purchaseRegisterPct() : set.purchaseOtherPct();
		return invoiceAmount.multiply(credit).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	public static BigDecimal activityHours(ValueSet set, BigDecimal hours) {
		return hours.multiply(set.activityHourEur()).setScale(2, RoundingMode.HALF_UP);
	}

	/** The euro obligation: a percentage of the contract value. */
	public static BigDecimal obligation(BigDecimal contractValue, BigDecimal percentage) {
		return contractValue.multiply(percentage).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	/** The part of an obligation a PSO certificate (step 2 or higher) fulfils, as the value set configures. */
	public static BigDecimal psoFulfilment(ValueSet set, BigDecimal obligation, Integer psoStep) {
		if (psoStep == null || psoStep < 2) {
			return BigDecimal.ZERO.setScale(2);
		}
		return obligation.multiply(set.psoFulfilmentPct()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}
}
