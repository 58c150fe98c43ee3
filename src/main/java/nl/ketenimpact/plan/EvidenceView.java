package nl.ketenimpact.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An evidence file's record (without its bytes). */
public record EvidenceView(UUID id, UUID projectId, UUID ownerOrganisationId, String filename, String contentType, int sizeBytes,
		OffsetDateTime uploadedAt) {
}
