package nl.ketenimpact.impact;

import java.util.List;

import nl.ketenimpact.plan.CommitmentView;

/** GET /api/v1/projects/{id}/impact: social return beside the plan's commitments. */
public record ProjectImpact(SocialReturnSummary socialReturn, List<CommitmentView> commitments) {
}
