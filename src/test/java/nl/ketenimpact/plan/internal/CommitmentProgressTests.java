package nl.ketenimpact.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.ketenimpact.plan.CommitmentStatus;
import nl.ketenimpact.plan.ProgressState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentProgressTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);
	static final LocalDate DUE = LocalDate.of(2026, 12, 31);

	static ProgressState assess(long target, long actual, LocalDate today) {
		return CommitmentProgress.assess(CommitmentStatus.ACCEPTED, BigDecimal.valueOf(target), BigDecimal.valueOf(actual), START, DUE, today);
	}

	@Test
	void halfwayThroughTheYearHalfTheTargetIsExpected() {
		assertThat(CommitmentProgress.expected(BigDecimal.valueOf(10), START, DUE, LocalDate.of(2026, 7, 2))).isEqualByComparingTo("5");
	}

	@Test
	void behindTheStraightLineIsAtRisk() {
		assertThat(assess(10, 3, LocalDate.of(2026, 7, 2))).isEqualTo(ProgressState.AT_RISK);
		assertThat(assess(10, 6, LocalDate.of(2026, 7, 2))).isEqualTo(ProgressState.ON_TRACK);
	}

	@Test
	void reachedIsAchievedEvenAfterTheDueDate() {
		assertThat(assess(10, 10, LocalDate.of(2027, 3, 1))).isEqualTo(ProgressState.ACHIEVED);
	}

	@Test
	void notReachedAfterTheDueDateIsOverdue() {
		assertThat(assess(10, 9, LocalDate.of(2027, 1, 1))).isEqualTo(ProgressState.OVERDUE);
	}

	@Test
	void withoutADueDateNothingIsBehind() {
		assertThat(CommitmentProgress.assess(CommitmentStatus.ACCEPTED, BigDecimal.TEN, BigDecimal.ZERO, START, null, LocalDate.of(2026, 7, 1)))
			.isEqualTo(ProgressState.ON_TRACK);
	}

	@Test
	void proposalsAreNotAssessed() {
		assertThat(CommitmentProgress.assess(CommitmentStatus.PROPOSED, BigDecimal.TEN, BigDecimal.ZERO, START, DUE, LocalDate.of(2026, 7, 1)))
			.isEqualTo(ProgressState.NOT_PLANNED);
	}

	@Test
	void percentageIsCappedAtAHundred() {
		assertThat(CommitmentProgress.percentage(BigDecimal.TEN, BigDecimal.valueOf(25))).isEqualTo(100);
		assertThat(CommitmentProgress.percentage(BigDecimal.valueOf(3), BigDecimal.ONE)).isEqualTo(33);
	}
}
