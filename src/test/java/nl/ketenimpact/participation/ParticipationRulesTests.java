package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.ketenimpact.participation.internal.AllowanceCheck;
import nl.ketenimpact.participation.internal.AllowanceLimits;
import nl.ketenimpact.participation.internal.JobGuarantee;
import nl.ketenimpact.participation.internal.PerformerAge;
import nl.ketenimpact.participation.internal.SelfWorkRules;
import nl.ketenimpact.participation.internal.TaskRisk;
import nl.ketenimpact.participation.internal.TaskStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationRulesTests {

	static final AllowanceLimits Y2025 = new AllowanceLimits(2025, new BigDecimal("5.60"), new BigDecimal("3.30"), new BigDecimal("210"),
			new BigDecimal("2100"), false);

	static BigDecimal eur(String amount) {
		return new BigDecimal(amount);
	}

	@Test
	void withinAllCapsThereIsNothingToWarnAbout() {
		assertThat(AllowanceCheck.check(Y2025, eur("56"), eur("10"), true, eur("100"), eur("1000"))).isEmpty();
	}

	@Test
	void theHourlyCapDependsOnAge() {
		assertThat(AllowanceCheck.check(Y2025, eur("40"), eur("10"), false, eur("0"), eur("0"))).containsExactly(AllowanceCheck.Warning.HOURLY);
		assertThat(AllowanceCheck.check(Y2025, eur("33"), eur("10"), false, eur("0"), eur("0"))).isEmpty();
	}

	@Test
	void monthAndYearCapsCountAllEarlierPaymentsFromAllPayers() {
		assertThat(AllowanceCheck.check(Y2025, eur("60"), null, true, eur("160"), eur("500"))).containsExactly(AllowanceCheck.Warning.MONTHLY);
		assertThat(AllowanceCheck.check(Y2025, eur("60"), null, true, eur("0"), eur("2050")))
			.containsExactly(AllowanceCheck.Warning.YEARLY);
	}

	@Test
	void riskyWorkIsNeverSelfWorkAndChildrenUnder16DoNotWork() {
		assertThat(SelfWorkRules.checkNewTask(Set.of(TaskRisk.WORK_AT_HEIGHT), PerformerAge.ADULT, null)).extracting(e -> e.field())
			.containsExactly("risks");
		assertThat(SelfWorkRules.checkNewTask(Set.of(), PerformerAge.UNDER_16, null)).extracting(e -> e.field()).containsExactly("performerAge");
		assertThat(SelfWorkRules.checkNewTask(Set.of(), PerformerAge.MINOR_16_17, " ")).extracting(e -> e.field()).containsExactly("supervisor");
		assertThat(SelfWorkRules.checkNewTask(Set.of(), PerformerAge.MINOR_16_17, "Peter (vakman)")).isEmpty();
	}

	@Test
	void noStartBeforeTheSafetyInstructionAndNoPayBeforeAPassedInspection() {
		assertThat(SelfWorkRules.gate(TaskStatus.PLANNED, SelfWorkRules.TaskStep.START)).isEqualTo("task.start.noInstruction");
		assertThat(SelfWorkRules.gate(TaskStatus.INSTRUCTED, SelfWorkRules.TaskStep.START)).isNull();
		assertThat(SelfWorkRules.gate(TaskStatus.READY_FOR_INSPECTION, SelfWorkRules.TaskStep.PAY)).isEqualTo("task.pay.noInspection");
		assertThat(SelfWorkRules.gate(TaskStatus.APPROVED, SelfWorkRules.TaskStep.PAY)).isNull();
		assertThat(SelfWorkRules.gate(TaskStatus.PAID, SelfWorkRules.TaskStep.PAY)).isEqualTo("task.step.notNow");
	}

	@Test
	void aJobGuaranteeIsFulfilledOnlyByAJobOffer() {
		LocalDate today = LocalDate.of(2026, 11, 30);
		var hired = new JobGuarantee.Placement(today.minusMonths(1), PlacementOutcome.HIRED);
		var noOffer = new JobGuarantee.Placement(today.minusMonths(1), PlacementOutcome.COMPLETED);
		var dropped = new JobGuarantee.Placement(today.minusMonths(2), PlacementOutcome.DROPPED_OUT);
		var endingSoon = new JobGuarantee.Placement(today.plusDays(20), null);
		var later = new JobGuarantee.Placement(today.plusMonths(4), null);
		assertThat(JobGuarantee.fulfilmentRate(List.of(hired, noOffer, dropped, endingSoon))).isEqualTo(50);
		assertThat(JobGuarantee.fulfilmentRate(List.of(dropped, later))).isNull();
		assertThat(JobGuarantee.atRisk(noOffer, today)).isTrue();
		assertThat(JobGuarantee.atRisk(endingSoon, today)).isTrue();
		assertThat(JobGuarantee.atRisk(later, today)).isFalse();
		assertThat(JobGuarantee.atRisk(hired, today)).isFalse();
	}
}
