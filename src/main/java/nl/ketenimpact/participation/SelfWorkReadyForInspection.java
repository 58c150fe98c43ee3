package nl.ketenimpact.participation;

import java.util.UUID;

/** A tenant's self-work was reported ready: the project lead's quality inspection is next. */
public record SelfWorkReadyForInspection(UUID taskId, UUID projectId) {
}
