package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;


/**
 * A commitment with its progress. {@code partnerId} and {@code partnerName} are null for the
 * corporation's own commitments; {@code actual} = computed from records + manual entries.
 */
public record CommitmentView(UUID id, UUID projectId, UUID partnerId, String partnerName, Theme theme, String description, Metric metric,
		BigDecimal target, BigDecimal actual, BigDecimal computedActual, BigDecimal manualActual, LocalDate dueDate,
		CommitmentStatus status, ProgressState progress, int percentage, String decisionReason) {
}
