package nl.ketenimpact.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented by modules whose records measure commitments (contributions now; placements,
 * activities and signals later). One call per project page, so a plan never costs a query per commitment.
 */
public interface ProgressSource {

	/** The figures of many projects at once (dashboards), keyed by project; one query per source, not per project. */
	Map<UUID, List<ProgressFigure>> figures(Collection<UUID> projectIds);

	default List<ProgressFigure> figures(UUID projectId) {
		return figures(List.of(projectId)).getOrDefault(projectId, List.of());
	}
}
