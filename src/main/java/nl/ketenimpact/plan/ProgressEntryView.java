package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A manual progress entry; {@code evidenceId} may be null. */
public record ProgressEntryView(UUID id, UUID commitmentId, BigDecimal amount, LocalDate occurredOn, String note, UUID evidenceId,
		String evidenceName) {
}
