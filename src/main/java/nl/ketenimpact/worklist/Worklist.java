package nl.ketenimpact.worklist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.WorkItems;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's worklist: what every module says needs them ({@link WorkItems}), each item with its deadline or its age
 * and the page where it is done, most urgent first. Read in one read-only transaction; the menu's count comes from
 * {@link #total} through a short cache ({@code MenuCounts}).
 */
@Service
public class Worklist {

	private final List<WorkItems> sources;

	private final MessageSource messages;

	private final java.time.Clock clock;

	Worklist(List<WorkItems> sources, MessageSource messages, java.time.Clock clock) {
		this.sources = sources;
		this.messages = messages;
		this.clock = clock;
	}

	/** One item as shown and served: its title written in the reader's language. */
	public record Entry(String kind, String title, OffsetDateTime dueAt, OffsetDateTime since, String url, boolean overdue) {
	}

	/** One kind of work with its count and first entries. */
	public record Section(String kind, long count, List<Entry> entries) {
	}

	/** The whole list: sections with work in them (most urgent first), every entry in one order, and the count per kind (also the empty). */
	public record Overview(List<Section> sections, List<Entry> entries, Map<String, Long> counts) {

		public long total() {
			return counts.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/** Overdue first, then by deadline, then the longest waiting, then the rest. */
	static final Comparator<Entry> URGENCY = Comparator.comparing((Entry e) -> !e.overdue())
		.thenComparing(Entry::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Entry::since, Comparator.nullsLast(Comparator.naturalOrder()));

	@Transactional(readOnly = true)
	public Overview of(CurrentUser user, Locale locale) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, Long> counts = new LinkedHashMap<>();
		List<Section> sections = new ArrayList<>();
		for (WorkItems source : sources) {
			for (WorkItems.Part part : source.partsFor(user)) {
				counts.merge(part.kind(), part.count(), Long::sum);
				if (part.count() > 0) {
					List<Entry> entries = part.items().stream().map(item -> entry(item, locale, now)).sorted(URGENCY).toList();
					sections.add(new Section(part.kind(), part.count(), entries));
				}
			}
		}
		sections.sort(Comparator.comparing((Section s) -> s.entries().isEmpty() ? null : s.entries().get(0), Comparator.nullsLast(URGENCY)));
		List<Entry> all = sections.stream().flatMap(s -> s.entries().stream()).sorted(URGENCY).toList();
		return new Overview(List.copyOf(sections), all, counts);
	}

	/** How many things wait for the user, for the menu. */
	@Transactional(readOnly = true)
	public long total(CurrentUser user) {
		long total = 0;
		for (WorkItems source : sources) {
			for (WorkItems.Part part : source.partsFor(user)) {
				total += part.count();
			}
		}
		return total;
	}

	private Entry entry(WorkItems.Item item, Locale locale, OffsetDateTime now) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		Object[] arguments = item.titleArguments().stream().map(a -> a instanceof LocalDate day ? dates.format(day) : a).toArray();
		String title = messages.getMessage(item.titleKey(), arguments, locale);
		return new Entry(item.kind(), title, item.dueAt(), item.since(), item.url(), item.dueAt() != null && item.dueAt().isBefore(now));
	}
}
