package nl.ketenimpact.organisation;

import java.util.List;
import java.util.Map;

/**
 * SPI through which each module gives what it holds on one person, for "Mijn gegevens" (AVG art. 15 and 20): the
 * privacy module asks every implementation and puts the answers together. Each part is one kind of data
 * ({@code key}, its text {@code mydata.part.<key>}) with its records, each a map of field ({@code mydata.field.<field>})
 * to value (text, number, boolean, date or time). Only the person's own data: never another person's.
 */
public interface PersonalData {

	/** The parts this module holds on the person; none when it holds nothing. */
	List<Part> of(CurrentUser person);

	/**
	 * Erases what this module holds on the person (AVG art. 17), in the caller's transaction, except what a legal duty
	 * keeps (payments: 7 years): that stays, linked to the account, which the organisation module erases last and keeps
	 * as a pseudonym. Counts in reports stay the same: records that count something keep their numbers.
	 */
	void erase(CurrentUser person);

	record Part(String key, List<Map<String, Object>> records) {

		public Part {
			records = List.copyOf(records);
		}
	}

	/** A record whose fields keep their order and may be null (shown as "–"). */
	static Map<String, Object> record(Object... fieldsAndValues) {
		Map<String, Object> record = new java.util.LinkedHashMap<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			record.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		return record;
	}
}
