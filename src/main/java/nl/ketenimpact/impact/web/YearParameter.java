package nl.ketenimpact.impact.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.ketenimpact.impact.internal.Dashboard;
import nl.ketenimpact.shared.InvalidInput;

import org.springframework.stereotype.Component;

/** A year from a query parameter: blank is this year, text or a year out of range is refused with the field message. */
@Component
class YearParameter {

	private final Clock clock;

	YearParameter(Clock clock) {
		this.clock = clock;
	}

	int parse(String year) {
		if (year == null || year.isBlank()) {
			return LocalDate.now(clock).getYear();
		}
		try {
			return Dashboard.checkYear(Integer.parseInt(year.strip()));
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInput("year", "impact.filter.year.range");
		}
	}
}
