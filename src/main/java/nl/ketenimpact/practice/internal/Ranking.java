package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Practices ranked by measured results relative to effort: the score is the average of its ratio
 * results (hires per internship, participants per activity, …). Practices without such a result have no
 * score and come last, newest first among themselves.
 */
public final class Ranking {

	private Ranking() {
	}

	public static BigDecimal score(Collection<PracticeResult> results) {
		List<BigDecimal> ratios = results.stream().map(PracticeResult::ratio).filter(Objects::nonNull).toList();
		if (ratios.isEmpty()) {
			return null;
		}
		return ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(ratios.size()), 3, RoundingMode.HALF_UP);
	}

	/** Highest score first, unscored last. */
	public static <T> Comparator<T> byScore(java.util.function.Function<T, BigDecimal> score) {
		return Comparator.comparing(score, Comparator.nullsLast(Comparator.reverseOrder()));
	}
}
