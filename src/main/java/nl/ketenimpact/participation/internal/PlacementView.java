package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.participation.PlacementOutcome;

/** A placement with its hours so far; outcome fields are null while it runs. */
public record PlacementView(UUID id, UUID opportunityId, String opportunityTitle, OpportunityType type, boolean jobGuarantee, UUID projectId,
		UUID offeredBy, String participant, LocalDate startDate, LocalDate endDate, String mentor, String block, BigDecimal hoursPerWeek,
		BigDecimal hoursLogged, PlacementOutcome outcome, String outcomeReason, ContractType contractType) {
}
