package nl.ketenimpact.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Dates and times on pages, as {@code ${@time.format(value, 'd-M-yyyy HH:mm')}}: a moment (stored and read in UTC)
 * is shown on the clock of the Netherlands, Europe/Amsterdam, summer time included; a date stays the date it is.
 */
@Component("time")
public class Times {

	public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	/** The value in the pattern; empty for null. */
	public String format(TemporalAccessor value, String pattern) {
		if (value == null) {
			return "";
		}
		DateTimeFormatter formatter = formatters.computeIfAbsent(pattern, DateTimeFormatter::ofPattern);
		return formatter.format(local(value));
	}

	static TemporalAccessor local(TemporalAccessor value) {
		if (value instanceof OffsetDateTime moment) {
			return moment.atZoneSameInstant(AMSTERDAM);
		}
		if (value instanceof ZonedDateTime moment) {
			return moment.withZoneSameInstant(AMSTERDAM);
		}
		if (value instanceof Instant moment) {
			return moment.atZone(AMSTERDAM);
		}
		return value;
	}
}
