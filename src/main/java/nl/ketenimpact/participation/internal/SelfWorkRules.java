package nl.ketenimpact.participation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.ketenimpact.shared.FieldMessage;

/** DOMAIN_RULES §3 in plain Java: what may be self-work, by whom, and in which order. */
public final class SelfWorkRules {

	private SelfWorkRules() {
	}

	public static List<FieldMessage> checkNewTask(Collection<TaskRisk> risks, PerformerAge age, String supervisor) {
		List<FieldMessage> errors = new ArrayList<>();
		if (!risks.isEmpty()) {
			errors.add(new FieldMessage("risks", "task.risk.refused"));
		}
		if (age == PerformerAge.UNDER_16) {
			errors.add(new FieldMessage("performerAge", "task.age.under16"));
		}
		if (age == PerformerAge.MINOR_16_17 && (supervisor == null || supervisor.isBlank())) {
			errors.add(new FieldMessage("supervisor", "task.age.minorNeedsSupervisor"));
		}
		return errors;
	}

	/** The gate a step has to pass: null when allowed, else the message key of why not. */
	public static String gate(TaskStatus status, TaskStep step) {
		return switch (step) {
			case INSTRUCT -> status == TaskStatus.PLANNED ? null : "task.step.notNow";
			case START -> status == TaskStatus.INSTRUCTED ? null : status == TaskStatus.PLANNED ? "task.start.noInstruction" : "task.step.notNow";
			case READY -> status == TaskStatus.STARTED ? null : "task.step.notNow";
			case INSPECT -> status == TaskStatus.READY_FOR_INSPECTION ? null : "task.step.notNow";
			case PAY -> status == TaskStatus.APPROVED ? null : status == TaskStatus.PAID ? "task.step.notNow" : "task.pay.noInspection";
		};
	}

	public enum TaskStep {
		INSTRUCT, START, READY, INSPECT, PAY
	}
}
