package nl.ketenimpact.impact.web;

import java.math.BigDecimal;
import java.util.Locale;

import nl.ketenimpact.impact.internal.Kpi;
import nl.ketenimpact.shared.Numbers;

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

	/** What the figure counts, in one sentence: shown under it on every page and in the reports, so one figure has one definition. */
	public String definition(Kpi kpi, Locale locale) {
		return messages.getMessage("kpi." + kpi.name() + ".definition", null, locale);
	}

	public String format(Kpi kpi, Number value, Locale locale) {
		if (value == null) {
			return kpi.unit() == Kpi.Unit.PCT ? "–" : "< 5";
		}
		return switch (kpi.unit()) {
			case EUR -> Numbers.eur(value, locale);
			case HOURS -> Numbers.decimal(value, 1, locale);
			case PCT -> Numbers.decimal(value, 1, locale) + "%";
			case COUNT -> Numbers.count(value, locale);
		};
	}

	/** A rate per 100 dwellings, one decimal. */
	public String rate(BigDecimal value, Locale locale) {
		return value == null ? "–" : Numbers.decimal(value, 1, locale);
	}
}
