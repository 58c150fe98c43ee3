package nl.ketenimpact.project;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a dwelling is written in lists: address, energy labels and planned date. */
class DwellingViewTests {

	@Test
	void addressLabelsAndPlannedDateAsTheListShowsThem() {
		DwellingView full = dwelling("A", "2", "E", "A", LocalDate.of(2026, 6, 3));
		assertThat(full.streetAddress()).isEqualTo("Kanaalstraat 12A-2");
		assertThat(full.labels("onbekend")).isEqualTo("E → A");
		assertThat(full.plannedDisplay()).isEqualTo("3-6-2026");
		assertThat(full.postcodeDisplay()).isEqualTo("3531 AB");
	}

	@Test
	void unknownPartsAreShownAsUnknownNotAsNull() {
		DwellingView bare = dwelling(null, null, null, "B", null);
		assertThat(bare.streetAddress()).isEqualTo("Kanaalstraat 12");
		assertThat(bare.labels("onbekend")).isEqualTo("onbekend → B");
		assertThat(bare.plannedDisplay()).isEqualTo("–");
		assertThat(dwelling(null, null, null, null, null).labels("onbekend")).isEqualTo("onbekend");
	}

	private static DwellingView dwelling(String letter, String addition, String before, String after, LocalDate planned) {
		return new DwellingView(UUID.randomUUID(), UUID.randomUUID(), null, "0344010000000001", "Kanaalstraat", 12, letter, addition, "3531AB",
				"Utrecht", 1965, before, after, planned, false);
	}
}
