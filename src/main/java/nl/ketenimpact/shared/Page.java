package nl.ketenimpact.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list; lists are never loaded unbounded. Page numbers start at 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 100;

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total);
	}

	/**
	 * The SQL ending that selects one page, e.g. {@code " limit 25 offset 50"}. The numbers are written into the
	 * statement rather than passed as parameters: with a parameter limit PostgreSQL cannot judge a shared plan and
	 * plans the statement anew on every call (measured: about as long as running it). Both are our own integers.
	 */
	public static String window(int page, int size) {
		if (page < 0 || size < 1) {
			throw new IllegalArgumentException("page " + page + ", size " + size);
		}
		return " limit " + size + " offset " + (long) page * size;
	}

	/** Clamps client input to sane bounds. */
	public static int safeSize(Integer size) {
		if (size == null || size < 1) {
			return DEFAULT_SIZE;
		}
		return Math.min(size, MAX_SIZE);
	}

	public static int safePage(Integer page) {
		return page == null || page < 0 ? 0 : Math.min(page, 100_000);
	}
}
