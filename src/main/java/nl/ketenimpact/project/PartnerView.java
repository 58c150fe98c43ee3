package nl.ketenimpact.project;

import java.math.BigDecimal;
import java.util.UUID;


/** A chain partner of a project; {@code contractValueEur} is null for other partners' users (commercial data). */
public record PartnerView(UUID id, UUID projectId, UUID organisationId, String organisationName, PartnerRole role,
		BigDecimal contractValueEur) {
}
