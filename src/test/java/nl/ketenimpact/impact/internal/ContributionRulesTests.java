package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import nl.ketenimpact.impact.ContributionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	static ContributionInput person(String ref, Integer birthYear, Block block, String hours, LocalDate start, LocalDate end) {
		return new ContributionInput(ContributionKind.PERSON, ref, birthYear, block, hours == null ? null : new BigDecimal(hours), start, end,
				Set.of(), null, null, null, null);
	}

	@Test
	void aCompletePersonPasses() {
		assertThat(ContributionRules.check(person("KD-1", 1990, Block.WW, "36", TODAY, TODAY.plusMonths(6)), TODAY)).isEmpty();
	}

	@Test
	void aPersonNeedsAPseudonymNotAName() {
		assertThat(ContributionRules.check(person("Jan Jansen", 1990, Block.WW, "36", TODAY, TODAY.plusMonths(6)), TODAY))
			.extracting(e -> e.messageKey()).containsExactly("contribution.personRef.invalid");
	}

	@Test
	void endBeforeStartAndMissingFieldsAreReportedPerField() {
		assertThat(ContributionRules.check(person(null, null, null, "0", TODAY, TODAY.minusDays(1)), TODAY))
			.extracting(e -> e.field())
			.containsExactlyInAnyOrder("endDate", "personRef", "birthYear", "block", "hoursPerWeek");
	}

	@Test
	void negativePurchaseIsRefused() {
		var purchase = new ContributionInput(ContributionKind.PURCHASE, null, null, null, null, TODAY, null, null, "De Schakel",
				new BigDecimal("-100"), true, null);
		assertThat(ContributionRules.check(purchase, TODAY)).extracting(e -> e.field() + ":" + e.messageKey())
			.containsExactly("amountEur:validation.positive");
	}

	@Test
	void activityHoursNeedAPositiveNumber() {
		var hours = new ContributionInput(ContributionKind.ACTIVITY_HOURS, null, null, null, null, TODAY, null, null, null, null, null,
				BigDecimal.ZERO);
		assertThat(ContributionRules.check(hours, TODAY)).extracting(e -> e.field()).containsExactly("hours");
	}

	@Test
	void theSamePersonIsRecognisedWhateverTheCaseOrSpaces() {
		assertThat(ContributionRules.personKey(" kd-14 ", 1988)).isEqualTo(ContributionRules.personKey("KD-14", 1988));
		assertThat(ContributionRules.personKey("KD-14", 1988)).isNotEqualTo(ContributionRules.personKey("KD-14", 1989));
	}
}
