package nl.ketenimpact.organisation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * SPI through which each module puts on a user's worklist what needs them there (a report to approve, a signal in the
 * queue): the worklist module asks every implementation and merges the answers. Each part is one kind of work with
 * how many there are and the first few, scoped by the module's own rules: another organisation's records never appear.
 */
public interface WorkItems {

	/** How many items of one kind a part shows at most; its count is of all. */
	int SHOWN = 10;

	/** The parts of this module for the user; none when the user's roles have no work here. */
	List<Part> partsFor(CurrentUser user);

	/**
	 * One kind of work: {@code kind} is stable (the API's name, and the key of its text {@code worklist.kind.<kind>}),
	 * {@code count} how many there are in all, {@code items} the first of them, most urgent first.
	 */
	record Part(String kind, long count, List<Item> items) {

		public Part {
			items = List.copyOf(items);
		}
	}

	/**
	 * One thing to do. The title is the message {@code titleKey} with {@code titleArguments} (names of projects,
	 * periods, counts, dates as {@code LocalDate}, written in the reader's language: never the content of a signal, a
	 * referral or a household); {@code dueAt} its deadline, or null;
	 * {@code since} when it started waiting (its age); {@code url} the page where it is done.
	 */
	record Item(String kind, String titleKey, List<Object> titleArguments, OffsetDateTime dueAt, OffsetDateTime since, String url) {

		public Item {
			titleArguments = List.copyOf(titleArguments);
		}
	}
}
