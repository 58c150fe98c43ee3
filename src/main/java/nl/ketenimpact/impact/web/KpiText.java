package nl.ketenimpact.impact.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import nl.ketenimpact.impact.Kpi;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a key figure for people, the same on pages and in exports: euros with cents, hours with one
 * decimal, a percentage, a count. A hidden count (1 to 4 outside the social team) reads as less than five; a
 * percentage without a base reads as a dash.
 */
@Component("kpiText")
public class KpiText {

	private final MessageSource messages;

	KpiText(MessageSource messages) {
		this.messages = messages;
	}

	public String label(Kpi kpi, Locale locale) {
		return messages.getMessage("kpi." + kpi.name(), null, locale);
	}

	public String format(Kpi kpi, Number value, Locale locale) {
		if (value == null) {
			return kpi.unit() == Kpi.Unit.PCT ? "–" : "< 5";
		}
		return switch (kpi.unit()) {
			case EUR -> "€ " + decimals(locale, 2, 2).format(new BigDecimal(value.toString()));
			case HOURS -> decimals(locale, 0, 1).format(new BigDecimal(value.toString()));
			case PCT -> value + "%";
			case COUNT -> decimals(locale, 0, 0).format(value.longValue());
		};
	}

	/** A rate per 100 dwellings, one decimal. */
	public String rate(BigDecimal value, Locale locale) {
		return value == null ? "–" : decimals(locale, 1, 1).format(value);
	}

	/** Dutch grouping and decimal comma on Dutch pages, English otherwise. */
	private static NumberFormat decimals(Locale locale, int min, int max) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl".equals(locale.getLanguage()) ? "nl-NL" : "en-GB"));
		format.setMinimumFractionDigits(min);
		format.setMaximumFractionDigits(max);
		return format;
	}
}
