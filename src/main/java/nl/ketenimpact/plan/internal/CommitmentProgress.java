package nl.ketenimpact.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.ketenimpact.plan.CommitmentStatus;
import nl.ketenimpact.plan.ProgressState;

/**
 * Whether a commitment is on schedule: by the due date the whole target is due, and in between a
 * straight line from the start (the project's start, or when the commitment was made) is expected.
 */
public final class CommitmentProgress {

	private CommitmentProgress() {
	}

	/** The part of the target expected to be reached on {@code today}. */
	public static BigDecimal expected(BigDecimal target, LocalDate start, LocalDate due, LocalDate today) {
		if (due == null || start == null || !today.isAfter(start)) {
			return BigDecimal.ZERO;
		}
		if (!today.isBefore(due) || !due.isAfter(start)) {
			return target;
		}
		long total = ChronoUnit.DAYS.between(start, due);
		long elapsed = ChronoUnit.DAYS.between(start, today);
		return target.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
	}

	public static ProgressState assess(CommitmentStatus status, BigDecimal target, BigDecimal actual, LocalDate start, LocalDate due,
			LocalDate today) {
		if (status != CommitmentStatus.ACCEPTED) {
			return ProgressState.NOT_PLANNED;
		}
		if (actual.compareTo(target) >= 0) {
			return ProgressState.ACHIEVED;
		}
		if (due != null && today.isAfter(due)) {
			return ProgressState.OVERDUE;
		}
		return actual.compareTo(expected(target, start, due, today)) < 0 ? ProgressState.AT_RISK : ProgressState.ON_TRACK;
	}

	/** Actual as a percentage of target, 0–100 for display. */
	public static int percentage(BigDecimal target, BigDecimal actual) {
		if (target.signum() <= 0) {
			return 0;
		}
		return Math.min(100, actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).intValue());
	}
}
