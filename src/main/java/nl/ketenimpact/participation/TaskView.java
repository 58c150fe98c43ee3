package nl.ketenimpact.participation;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A self-work task with its gates; instruction and inspection fields are null until recorded. */
public record TaskView(UUID id, UUID projectId, UUID dwellingId, String address, String title, String description, PerformerAge performerAge,
		String supervisor, TaskStatus status, String instructionBy, OffsetDateTime instructionAt, String inspectionBy, OffsetDateTime inspectionAt,
		Boolean inspectionPassed, String inspectionNote) {
}
