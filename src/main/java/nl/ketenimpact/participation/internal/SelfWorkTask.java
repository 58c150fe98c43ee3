package nl.ketenimpact.participation.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.participation.SelfWorkInspected;
import nl.ketenimpact.participation.SelfWorkReadyForInspection;
import nl.ketenimpact.shared.InvalidInput;

/**
 * A tenant's self-work as one object (DOMAIN_RULES §3): planned → instructed → started → ready for inspection →
 * approved (or back to started) → paid. Each step checks its gate ({@link SelfWorkRules#gate}) and what it needs,
 * changes the state and registers its event. {@link SelfWorkRepository} loads and saves it.
 */
final class SelfWorkTask {

	private final UUID id;

	private final UUID projectId;

	private final UUID dwellingId;

	private TaskStatus status;

	private final List<Object> events = new ArrayList<>();

	private OffsetDateTime at;

	private String who;

	private Boolean passed;

	private String note;

	private SelfWorkRules.TaskStep taken;

	SelfWorkTask(UUID id, UUID projectId, UUID dwellingId, TaskStatus status) {
		this.id = id;
		this.projectId = projectId;
		this.dwellingId = dwellingId;
		this.status = status;
	}

	/** The steps that may be taken now: what the pages offer. */
	static Set<SelfWorkRules.TaskStep> allowedSteps(TaskStatus status) {
		EnumSet<SelfWorkRules.TaskStep> steps = EnumSet.noneOf(SelfWorkRules.TaskStep.class);
		for (SelfWorkRules.TaskStep step : SelfWorkRules.TaskStep.values()) {
			if (SelfWorkRules.gate(status, step) == null) {
				steps.add(step);
			}
		}
		return steps;
	}

	void instruct(String instructor, OffsetDateTime now) {
		if (instructor == null || instructor.isBlank() || instructor.length() > 120) {
			gate(SelfWorkRules.TaskStep.INSTRUCT);
			throw new InvalidInput("who", "task.instruction.who");
		}
		step(SelfWorkRules.TaskStep.INSTRUCT, TaskStatus.INSTRUCTED, now);
		who = instructor.strip();
	}

	void start(OffsetDateTime now) {
		step(SelfWorkRules.TaskStep.START, TaskStatus.STARTED, now);
	}

	void ready(OffsetDateTime now) {
		step(SelfWorkRules.TaskStep.READY, TaskStatus.READY_FOR_INSPECTION, now);
		events.add(new SelfWorkReadyForInspection(id, projectId));
	}

	/** The quality inspection: passed → approved (payable), failed → back to started with the inspector's note. */
	void inspect(String inspector, Boolean inspectionPassed, String inspectionNote, OffsetDateTime now) {
		gate(SelfWorkRules.TaskStep.INSPECT);
		if (inspector == null || inspector.isBlank() || inspectionPassed == null) {
			throw new InvalidInput(inspector == null || inspector.isBlank() ? "who" : "passed", "task.inspection.required");
		}
		step(SelfWorkRules.TaskStep.INSPECT, inspectionPassed ? TaskStatus.APPROVED : TaskStatus.STARTED, now);
		who = inspector.strip();
		passed = inspectionPassed;
		note = inspectionNote == null || inspectionNote.isBlank() ? null : inspectionNote.strip();
		events.add(new SelfWorkInspected(id, projectId, inspectionPassed));
	}

	/** Paid with the payment that is recorded for it; only after a passed inspection ({@link SelfWorkNotInspected}). */
	void markPaid(OffsetDateTime now) {
		step(SelfWorkRules.TaskStep.PAY, TaskStatus.PAID, now);
	}

	private void gate(SelfWorkRules.TaskStep step) {
		String refusal = SelfWorkRules.gate(status, step);
		if (refusal != null) {
			throw step == SelfWorkRules.TaskStep.PAY && !"task.step.notNow".equals(refusal) ? new SelfWorkNotInspected() : new SelfWorkStepRefused(refusal);
		}
	}

	private void step(SelfWorkRules.TaskStep step, TaskStatus next, OffsetDateTime now) {
		gate(step);
		status = next;
		taken = step;
		at = now;
	}

	UUID id() {
		return id;
	}

	UUID projectId() {
		return projectId;
	}

	UUID dwellingId() {
		return dwellingId;
	}

	TaskStatus status() {
		return status;
	}

	SelfWorkRules.TaskStep taken() {
		return taken;
	}

	OffsetDateTime at() {
		return at;
	}

	String who() {
		return who;
	}

	Boolean passed() {
		return passed;
	}

	String note() {
		return note;
	}

	List<Object> events() {
		return List.copyOf(events);
	}
}
