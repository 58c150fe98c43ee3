package nl.ketenimpact.impact;

import java.util.UUID;

/** The coordinator approved ({@code approved}) or rejected a partner's contribution. */
public record ContributionReviewed(UUID contributionId, UUID projectId, UUID partnerId, boolean approved) {
}
