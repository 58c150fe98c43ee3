package nl.ketenimpact.plan;

import java.util.UUID;

/** The coordinator took a commitment into the project's plan ({@code partnerId} null for the corporation's own). */
public record CommitmentAccepted(UUID commitmentId, UUID projectId, UUID partnerId) {
}
