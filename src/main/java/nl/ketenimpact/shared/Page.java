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
