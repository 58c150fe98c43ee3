package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.ketenimpact.shared.FieldMessage;

/** Field rules per contribution kind, in plain Java so they are tested without Spring. */
final class ContributionRules {

	/** A pseudonym, not a name: letters, digits and . _ - without spaces (e.g. the municipality's candidate number). */
	private static final Pattern PERSON_REF = Pattern.compile("^[A-Za-z0-9._-]{2,40}$");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private ContributionRules() {
	}

	static List<FieldMessage> check(ContributionInput input, LocalDate today) {
		List<FieldMessage> errors = new ArrayList<>();
		if (input.startDate() == null) {
			errors.add(new FieldMessage("startDate", "validation.required"));
		}
		if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
			errors.add(new FieldMessage("endDate", "contribution.endDate.beforeStart"));
		}
		switch (input.kind()) {
			case PERSON -> {
				if (input.personRef() == null || input.personRef().isBlank()) {
					errors.add(new FieldMessage("personRef", "validation.required"));
				}
				else if (!PERSON_REF.matcher(input.personRef().strip()).matches()) {
					errors.add(new FieldMessage("personRef", "contribution.personRef.invalid"));
				}
				if (input.birthYear() == null) {
					errors.add(new FieldMessage("birthYear", "validation.required"));
				}
				else if (input.birthYear() < today.getYear() - 80 || input.birthYear() > today.getYear() - 15) {
					errors.add(new FieldMessage("birthYear", "contribution.birthYear.invalid", today.getYear() - 80, today.getYear() - 15));
				}
				if (input.block() == null) {
					errors.add(new FieldMessage("block", "validation.required"));
				}
				if (input.hoursPerWeek() == null) {
					errors.add(new FieldMessage("hoursPerWeek", "validation.required"));
				}
				else if (input.hoursPerWeek().signum() <= 0 || input.hoursPerWeek().compareTo(BigDecimal.valueOf(60)) > 0) {
					errors.add(new FieldMessage("hoursPerWeek", "contribution.hoursPerWeek.invalid"));
				}
				if (input.endDate() == null) {
					errors.add(new FieldMessage("endDate", "contribution.endDate.required"));
				}
			}
			case PURCHASE -> {
				if (input.supplier() == null || input.supplier().isBlank()) {
					errors.add(new FieldMessage("supplier", "validation.required"));
				}
				else if (input.supplier().strip().length() > 120) {
					errors.add(new FieldMessage("supplier", "contribution.supplier.tooLong"));
				}
				positive(errors, "amountEur", input.amountEur(), MAX_AMOUNT);
			}
			case ACTIVITY_HOURS -> positive(errors, "hours", input.hours(), BigDecimal.valueOf(100_000));
		}
		if (input.startDate() != null && input.startDate().isAfter(today.plusYears(3))) {
			errors.add(new FieldMessage("startDate", "contribution.startDate.tooFar"));
		}
		return errors;
	}

	private static void positive(List<FieldMessage> errors, String field, BigDecimal value, BigDecimal max) {
		if (value == null) {
			errors.add(new FieldMessage(field, "validation.required"));
		}
		else if (value.signum() <= 0) {
			errors.add(new FieldMessage(field, "validation.positive"));
		}
		else if (value.compareTo(max) > 0 || value.scale() > 2) {
			errors.add(new FieldMessage(field, "contribution.amount.invalid"));
		}
	}

	/** How one person is recognised across partners and projects: the pseudonym, case-insensitive, and the birth year. */
	static String personKey(String personRef, int birthYear) {
		return personRef.strip().toLowerCase(Locale.ROOT) + ":" + birthYear;
	}
}
