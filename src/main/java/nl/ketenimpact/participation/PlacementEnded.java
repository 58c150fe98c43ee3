package nl.ketenimpact.participation;

import java.util.UUID;


/** A placement ended with its outcome (a hire fulfils a job guarantee). */
public record PlacementEnded(UUID placementId, UUID projectId, UUID offeredBy, PlacementOutcome outcome) {
}
