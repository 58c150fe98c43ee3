package nl.ketenimpact.impact.internal;

import java.util.List;
import java.util.Map;

import nl.ketenimpact.plan.CommitmentView;

/**
 * GET /api/v1/projects/{id}/impact: social return beside the plan's commitments, and the project's key
 * figures (a partner gets only its own; a null figure is hidden or has no base).
 */
public record ProjectImpact(SocialReturnSummary socialReturn, List<CommitmentView> commitments, Integer year, Map<String, Number> kpis) {
}
