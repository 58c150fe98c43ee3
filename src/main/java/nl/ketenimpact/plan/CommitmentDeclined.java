package nl.ketenimpact.plan;

import java.util.UUID;

/** The coordinator declined a proposed commitment, with a reason the partner reads on the plan page. */
public record CommitmentDeclined(UUID commitmentId, UUID projectId, UUID partnerId) {
}
