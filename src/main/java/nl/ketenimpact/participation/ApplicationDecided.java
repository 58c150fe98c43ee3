package nl.ketenimpact.participation;

import java.util.UUID;

/** The offering organisation accepted an application (then {@code placementId} is the placement) or declined it. */
public record ApplicationDecided(UUID applicationId, UUID opportunityId, UUID applicantId, boolean accepted, UUID placementId) {
}
