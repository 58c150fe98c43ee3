package nl.ketenimpact.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A date as Dutch lists and messages write it: "3-6-2026" (the templates use the same pattern with #temporals). */
public final class DutchDate {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d-M-yyyy");

	private DutchDate() {
	}

	public static String format(LocalDate date) {
		return FORMAT.format(date);
	}
}
