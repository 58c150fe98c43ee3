package nl.ketenimpact.participation.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A self-work task with its gates; instruction and inspection fields are null until recorded. */
public record TaskView(UUID id, UUID projectId, UUID dwellingId, String address, String title, String description, PerformerAge performerAge,
		String supervisor, TaskStatus status, String instructionBy, OffsetDateTime instructionAt, String inspectionBy, OffsetDateTime inspectionAt,
		Boolean inspectionPassed, String inspectionNote) {

	/** Whether the step may be taken now (the page offers it): asked of the task's gates, not of a status name. */
	public boolean allows(String step) {
		return SelfWorkTask.allowedSteps(status).contains(SelfWorkRules.TaskStep.valueOf(step));
	}
}
