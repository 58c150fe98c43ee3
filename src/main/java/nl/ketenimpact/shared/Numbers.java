package nl.ketenimpact.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as people read them, the same on pages, in PDFs and in messages: Dutch grouping and decimal comma
 * ({@code € 205.922,22}, {@code 372.500}) for Dutch, British English otherwise. Years are never grouped: they are
 * not numbers here but names of a period ({@link #year}).
 */
public final class Numbers {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

	private Numbers() {
	}

	/** An amount in euros with cents: {@code € 205.922,22}; a dash for null. */
	public static String eur(Number value, Locale locale) {
		return value == null ? "–" : "€ " + format(value, locale, 2, 2);
	}

	/** A whole count: {@code 372.500}; a dash for null. */
	public static String count(Number value, Locale locale) {
		return value == null ? "–" : format(value, locale, 0, 0);
	}

	/** A number with at most {@code maxDecimals} decimals (no trailing zeros): {@code 1.234,5}; a dash for null. */
	public static String decimal(Number value, int maxDecimals, Locale locale) {
		return value == null ? "–" : format(value, locale, 0, maxDecimals);
	}

	/** A year as written in a heading: {@code 2026}, never {@code 2.026}. */
	public static String year(int year) {
		return Integer.toString(year);
	}

	public static Locale numberLocale(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
	}

	private static String format(Number value, Locale locale, int min, int max) {
		NumberFormat format = NumberFormat.getNumberInstance(numberLocale(locale));
		format.setMinimumFractionDigits(min);
		format.setMaximumFractionDigits(max);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value instanceof BigDecimal || value instanceof Double || value instanceof Float ? new BigDecimal(value.toString())
				: value.longValue());
	}
}
