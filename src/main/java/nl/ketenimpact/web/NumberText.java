package nl.ketenimpact.web;

import nl.ketenimpact.shared.Numbers;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link Numbers} for templates, in the page's language: {@code ${@num.eur(x)}}, {@code ${@num.count(x)}},
 * {@code ${@num.metric(x, c.metric())}}.
 */
@Component("num")
public class NumberText {

	public String eur(Number value) {
		return Numbers.eur(value, LocaleContextHolder.getLocale());
	}

	public String count(Number value) {
		return Numbers.count(value, LocaleContextHolder.getLocale());
	}

	public String decimal(Number value, int maxDecimals) {
		return Numbers.decimal(value, maxDecimals, LocaleContextHolder.getLocale());
	}

	/**
	 * A target or actual of a plan metric (its unit is written beside it, "euro", "uur"): cents for euros, one
	 * decimal for hours, else a count with at most two decimals.
	 */
	public String metric(Number value, Object metric) {
		String name = String.valueOf(metric);
		return decimal(value, name.endsWith("_EUR") ? 2 : name.contains("HOURS") ? 1 : 2);
	}
}
