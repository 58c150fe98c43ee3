package nl.ketenimpact.participation.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.ketenimpact.participation.SelfWorkInspected;
import nl.ketenimpact.participation.SelfWorkReadyForInspection;
import nl.ketenimpact.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Self-work as an aggregate, without Spring: the order of the gates, what each step needs, the events it leaves. */
class SelfWorkTaskTests {

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00+01:00");

	private static SelfWorkTask task(TaskStatus status) {
		return new SelfWorkTask(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status);
	}

	@Test
	void eachStateOffersTheOneStepThatMayFollow() {
		assertThat(SelfWorkTask.allowedSteps(TaskStatus.PLANNED)).containsExactly(SelfWorkRules.TaskStep.INSTRUCT);
		assertThat(SelfWorkTask.allowedSteps(TaskStatus.INSTRUCTED)).containsExactly(SelfWorkRules.TaskStep.START);
		assertThat(SelfWorkTask.allowedSteps(TaskStatus.STARTED)).containsExactly(SelfWorkRules.TaskStep.READY);
		assertThat(SelfWorkTask.allowedSteps(TaskStatus.READY_FOR_INSPECTION)).containsExactly(SelfWorkRules.TaskStep.INSPECT);
		assertThat(SelfWorkTask.allowedSteps(TaskStatus.APPROVED)).containsExactly(SelfWorkRules.TaskStep.PAY);
		assertThat(SelfWorkTask.allowedSteps(TaskStatus.PAID)).isEmpty();
	}

	@Test
	void noStartWithoutInstructionAndNoPaymentWithoutAPassedInspection() {
		SelfWorkTask planned = task(TaskStatus.PLANNED);
		assertThatThrownBy(() -> planned.start(NOW)).isInstanceOfSatisfying(SelfWorkStepRefused.class,
				e -> assertThat(e.messageKey()).isEqualTo("task.start.noInstruction"));
		assertThatThrownBy(() -> task(TaskStatus.READY_FOR_INSPECTION).markPaid(NOW)).isInstanceOf(SelfWorkNotInspected.class);
		assertThatThrownBy(() -> task(TaskStatus.PAID).markPaid(NOW)).isInstanceOf(SelfWorkStepRefused.class)
			.isNotInstanceOf(SelfWorkNotInspected.class);
		assertThat(planned.status()).isEqualTo(TaskStatus.PLANNED);
	}

	@Test
	void theWholeWayFromInstructionToPaymentWithAFailedInspectionBetween() {
		SelfWorkTask task = task(TaskStatus.PLANNED);
		assertThatThrownBy(() -> task.instruct(" ", NOW)).isInstanceOf(InvalidInput.class);
		task.instruct(" Jan de Vakman ", NOW);
		assertThat(task.who()).isEqualTo("Jan de Vakman");
		task.start(NOW);
		task.ready(NOW);
		assertThatThrownBy(() -> task.inspect("Inspecteur", null, null, NOW)).isInstanceOf(InvalidInput.class);
		task.inspect("Inspecteur", false, "Kit niet netjes", NOW);
		assertThat(task.status()).isEqualTo(TaskStatus.STARTED);
		task.ready(NOW);
		task.inspect("Inspecteur", true, " ", NOW);
		assertThat(task.status()).isEqualTo(TaskStatus.APPROVED);
		assertThat(task.note()).isNull();
		task.markPaid(NOW);
		assertThat(task.status()).isEqualTo(TaskStatus.PAID);
		assertThat(task.events()).containsExactly(new SelfWorkReadyForInspection(task.id(), task.projectId()),
				new SelfWorkInspected(task.id(), task.projectId(), false), new SelfWorkReadyForInspection(task.id(), task.projectId()),
				new SelfWorkInspected(task.id(), task.projectId(), true));
	}
}
