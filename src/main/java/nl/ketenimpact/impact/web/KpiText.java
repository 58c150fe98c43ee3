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
		Locale numbers = Locale.forLanguageTag("nl".equals(locale.getLanguage()) ? "nl-NL" : "en-GB");
		return switch (kpi.unit()) {
			case EUR -> {
				NumberFormat format = NumberFormat.getNumberInstance(numbers);
				format.setMinimumFractionDigits(2);
				format.setMaximumFractionDigits(2);
				yield "€ " + format.format(new BigDecimal(value.toString()));
			}
			case HOURS -> {
				NumberFormat format = NumberFormat.getNumberInstance(numbers);
				format.setMaximumFractionDigits(1);
				yield format.format(new BigDecimal(value.toString()));
			}
			case PCT -> value + "%";
			case COUNT -> NumberFormat.getIntegerInstance(numbers).format(value.longValue());
		};
	}

	/** A rate per 100 dwellings, one decimal. */
	public String rate(BigDecimal value, Locale locale) {
		if (value == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl".equals(locale.getLanguage()) ? "nl-NL" : "en-GB"));
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}
}
