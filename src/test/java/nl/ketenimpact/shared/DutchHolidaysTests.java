package nl.ketenimpact.shared;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The days off in the Netherlands over several years: Easter-dependent dates move, King's Day leaves a Sunday, Liberation Day every five years. */
class DutchHolidaysTests {

	@Test
	void theEasterDependentHolidaysMoveWithEaster() {
		// Easter Monday, Ascension Day and Whit Monday of 2024-2027.
		List<LocalDate> expected = List.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 20),
				LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 9),
				LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
				LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17));
		assertThat(expected).allMatch(DutchHolidays::isHoliday);
		assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday is not a day off").isFalse();
	}

	@Test
	void kingsDayLeavesASundayForTheSaturdayBefore() {
		assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 4, 27))).isFalse();
		assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 4, 27))).isTrue();
	}

	@Test
	void liberationDayIsADayOffInLustrumYearsOnly() {
		assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 5, 5))).isTrue();
		assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 5, 5))).isFalse();
		assertThat(DutchHolidays.isHoliday(LocalDate.of(2030, 5, 5))).isTrue();
	}

	@Test
	void newYearAndChristmasEveryYearAndNothingElse() {
		assertThat(DutchHolidays.of(2026)).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6),
				LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 24), LocalDate.of(2026, 5, 25),
				LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
	}
}
