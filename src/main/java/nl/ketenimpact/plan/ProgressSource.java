package nl.ketenimpact.plan;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules whose records measure commitments (contributions now; placements,
 * activities and signals later). One call per project page, so a plan never costs a query per commitment.
 */
public interface ProgressSource {

	List<ProgressFigure> figures(UUID projectId);
}
