package nl.ketenimpact.impact;

import java.util.UUID;


/** A partner registered a contribution; it waits for the coordinator's review. */
public record ContributionRegistered(UUID contributionId, UUID projectId, UUID partnerId, ContributionKind kind) {
}
