package nl.ketenimpact.impact.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The board report's charts and tables: round axis steps, names that fit their room, headers that never break inside a word. */
class PdfChartsTests {

	@Test
	void theValueAxisHasFourRoundSteps() {
		assertThat(PdfCharts.niceCeiling(42)).isEqualTo(60); // 0, 15, 30, 45, 60
		assertThat(PdfCharts.niceCeiling(97_411)).isEqualTo(100_000);
		assertThat(PdfCharts.niceCeiling(8)).isEqualTo(8);
		assertThat(PdfCharts.niceCeiling(0)).isEqualTo(4);
	}

	@Test
	void aLongNameIsShortenedWithAnEllipsisToFitItsRoom() {
		String fitted = PdfCharts.fit("Verduurzaming Lombok-West en omliggende straten in Utrecht", 8, 100);
		assertThat(fitted).endsWith("…");
		assertThat(PdfCharts.width(fitted, 8)).isLessThanOrEqualTo(100);
		assertThat(PdfCharts.fit("Kort", 8, 100)).isEqualTo("Kort");
	}

	@Test
	void everyColumnIsAtLeastAsWideAsTheLongestWordOfItsHeader() {
		List<String> headers = List.of("Thema", "Partner", "Meeteenheid", "Afspraken", "Gehaald", "Doel", "Gerealiseerd");
		float[] widths = PdfTables.widths(headers, new float[] { 3, 3, 2, 1, 1, 1.5f, 1.5f }, PdfCharts.WIDTH);
		float total = 0;
		for (int i = 0; i < widths.length; i++) {
			assertThat(widths[i]).as(headers.get(i)).isGreaterThanOrEqualTo(PdfCharts.width(headers.get(i), 9) * 1.12f + 10);
			total += widths[i];
		}
		assertThat(total).isCloseTo(PdfCharts.WIDTH, org.assertj.core.data.Offset.offset(0.5f));
	}
}
