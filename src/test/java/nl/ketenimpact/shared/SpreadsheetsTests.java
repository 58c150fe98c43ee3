package nl.ketenimpact.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTests {

	@Test
	void textThatWouldStartAFormulaGetsALeadingApostrophe() {
		for (String formula : new String[] { "=1+1", "+31 6 1234", "-2+3", "@SUM(A1)", "\tx", "\rx" }) {
			assertThat(Spreadsheets.text(formula)).isEqualTo("'" + formula);
		}
		assertThat(Spreadsheets.text("Kanaalstraat 12")).isEqualTo("Kanaalstraat 12");
		assertThat(Spreadsheets.text("")).isEmpty();
		assertThat(Spreadsheets.text(null)).isNull();
	}

	@Test
	void csvNumbersHaveADecimalCommaForDutchAndStayNumbersNotText() {
		assertThat(Spreadsheets.csvCell(new BigDecimal("205922.20"), Locale.forLanguageTag("nl"))).isEqualTo("205922,2");
		assertThat(Spreadsheets.csvCell(new BigDecimal("205922.20"), Locale.ENGLISH)).isEqualTo("205922.2");
		assertThat(Spreadsheets.csvCell(-3, Locale.forLanguageTag("nl"))).as("a negative number is a number, not a formula").isEqualTo("-3");
		assertThat(Spreadsheets.csvCell("=cmd", Locale.forLanguageTag("nl"))).isEqualTo("'=cmd");
	}

	@Test
	void numbersAreWrittenTheDutchWay() {
		Locale dutch = Locale.forLanguageTag("nl");
		assertThat(Numbers.eur(new BigDecimal("205922.22"), dutch)).isEqualTo("€ 205.922,22");
		assertThat(Numbers.count(372500, dutch)).isEqualTo("372.500");
		assertThat(Numbers.decimal(new BigDecimal("108511.11"), 2, dutch)).isEqualTo("108.511,11");
		assertThat(Numbers.year(2026)).isEqualTo("2026");
		assertThat(Numbers.eur(null, dutch)).isEqualTo("–");
	}
}
