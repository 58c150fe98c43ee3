package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of the building-block method (DOMAIN_RULES §1). */
class ValuationTests {

	static final ValueSet UTRECHT = utrecht(BigDecimal.ZERO);

	static ValueSet utrecht(BigDecimal psoPct) {
		Map<Block, BigDecimal> amounts = new EnumMap<>(Block.class);
		amounts.put(Block.PARTICIPATIEWET, BigDecimal.valueOf(40_000));
		amounts.put(Block.BANENAFSPRAAK, BigDecimal.valueOf(50_000));
		amounts.put(Block.BBL, BigDecimal.valueOf(35_000));
		amounts.put(Block.BOL, BigDecimal.valueOf(20_000));
		return new ValueSet(UUID.randomUUID(), "Utrecht", null, LocalDate.of(2020, 1, 1), null, amounts, BigDecimal.valueOf(10_000),
				BigDecimal.valueOf(100), BigDecimal.valueOf(100), BigDecimal.valueOf(50), psoPct);
	}

	static BigDecimal eur(long amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

	@Test
	void participatiewetCandidateFullTimeForSixMonthsIsTwentyThousand() {
		BigDecimal months = Valuation.months(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
		assertThat(months).isEqualByComparingTo("6");
		assertThat(Valuation.person(UTRECHT, Block.PARTICIPATIEWET, Set.of(), BigDecimal.valueOf(36), months)).isEqualTo(eur(20_000));
	}

	@Test
	void eighteenHoursAWeekForAYearIsTwentyThousand() {
		BigDecimal months = Valuation.months(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28));
		assertThat(months).isEqualByComparingTo("12");
		assertThat(Valuation.person(UTRECHT, Block.PARTICIPATIEWET, Set.of(), BigDecimal.valueOf(18), months)).isEqualTo(eur(20_000));
	}

	@Test
	void aTwoAndAHalfYearEngagementCountsTwoYears() {
		BigDecimal months = Valuation.months(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 6, 30));
		assertThat(months).isEqualByComparingTo("30");
		BigDecimal counted = Valuation.countableMonths(months, List.of());
		assertThat(counted).isEqualByComparingTo("24");
		assertThat(Valuation.person(UTRECHT, Block.PARTICIPATIEWET, Set.of(), BigDecimal.valueOf(36), counted)).isEqualTo(eur(80_000));
	}

	@Test
	void earlierRegistrationsUseUpTheTwoYears() {
		var earlier = List.of(new Valuation.PersonPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), BigDecimal.valueOf(18), "A"));
		assertThat(Valuation.countableMonths(BigDecimal.valueOf(12), earlier)).isEqualByComparingTo("6");
		var full = List.of(new Valuation.PersonPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), BigDecimal.valueOf(24), "A"));
		assertThat(Valuation.countableMonths(BigDecimal.valueOf(12), full)).isEqualByComparingTo("0");
	}

	@Test
	void anOverlappingSecondRegistrationOfTheSamePersonIsFound() {
		var earlier = List.of(new Valuation.PersonPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), BigDecimal.valueOf(6), "project A"));
		assertThat(Valuation.overlap(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), earlier)).map(Valuation.PersonPeriod::where)
			.contains("project A");
		assertThat(Valuation.overlap(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), earlier)).isEmpty();
		assertThat(Valuation.overlap(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), earlier)).isEmpty();
	}

	@Test
	void eachBonusAddsTenThousandBeforeProRata() {
		BigDecimal value = Valuation.person(UTRECHT, Block.BANENAFSPRAAK, Set.of(Bonus.AGE_50_PLUS, Bonus.PERMANENT_CONTRACT),
				BigDecimal.valueOf(36), BigDecimal.valueOf(12));
		assertThat(value).isEqualTo(eur(70_000));
	}

	@Test
	void moreThanFullTimeCountsAsFullTime() {
		assertThat(Valuation.person(UTRECHT, Block.BOL, Set.of(), BigDecimal.valueOf(40), BigDecimal.valueOf(12))).isEqualTo(eur(20_000));
	}

	@Test
	void purchaseCountsFullyFromTheRegisterAndHalfOtherwise() {
		assertThat(Valuation.purchase(UTRECHT, BigDecimal.valueOf(12_000), true)).isEqualTo(eur(12_000));
		assertThat(Valuation.purchase(UTRECHT, BigDecimal.valueOf(12_000), false)).isEqualTo(eur(6_000));
	}

	@Test
	void socialActivityIsAHundredEuroAnHour() {
		assertThat(Valuation.activityHours(UTRECHT, BigDecimal.valueOf(37.5))).isEqualTo(eur(3_750));
	}

	@Test
	void obligationIsFivePercentOfTheContractByDefault() {
		assertThat(Valuation.obligation(BigDecimal.valueOf(4_800_000), BigDecimal.valueOf(5))).isEqualTo(eur(240_000));
	}

	@Test
	void psoStepTwoFulfilsAsConfigured() {
		ValueSet halfForPso = utrecht(BigDecimal.valueOf(50));
		assertThat(Valuation.psoFulfilment(halfForPso, eur(240_000), 2)).isEqualTo(eur(120_000));
		assertThat(Valuation.psoFulfilment(halfForPso, eur(240_000), 1)).isEqualByComparingTo("0");
		assertThat(Valuation.psoFulfilment(UTRECHT, eur(240_000), 3)).isEqualByComparingTo("0");
	}

	@Test
	void valueAccruesMonthByMonthNothingBeforeTheStartAllFromTheEnd() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		LocalDate end = LocalDate.of(2026, 12, 31);
		assertThat(Valuation.realisedShare(start, end, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0");
		assertThat(Valuation.realisedShare(start, end, LocalDate.of(2026, 6, 30))).isEqualByComparingTo("0.5");
		assertThat(Valuation.realisedShare(start, end, LocalDate.of(2026, 3, 31))).isEqualByComparingTo("0.25");
		assertThat(Valuation.realisedShare(start, end, end)).isEqualByComparingTo("1");
		assertThat(Valuation.realisedShare(start, end, LocalDate.of(2027, 5, 1))).isEqualByComparingTo("1");
		assertThat(Valuation.realised(new BigDecimal("22222.00"), start, end, LocalDate.of(2026, 6, 30))).isEqualByComparingTo("11111.00");
	}

	@Test
	void aRegistrationWithoutAnEndIsRealisedOnItsDate() {
		LocalDate on = LocalDate.of(2026, 9, 15);
		assertThat(Valuation.realisedShare(on, null, on.minusDays(1))).isEqualByComparingTo("0");
		assertThat(Valuation.realisedShare(on, null, on)).isEqualByComparingTo("1");
	}
}
