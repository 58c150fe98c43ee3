package nl.ketenimpact.participation;

import java.time.LocalDate;
import java.util.UUID;

import nl.ketenimpact.participation.internal.Opportunity;
import nl.ketenimpact.participation.internal.OpportunityStatus;

/** An opportunity with how many places are taken; optional texts may be null. */
public record OpportunityView(UUID id, UUID projectId, UUID offeredBy, String offeredByName, OpportunityType type, String title,
		String description, int places, LocalDate startDate, LocalDate endDate, String requirements, String compensation, boolean jobGuarantee,
		String jobGuaranteeCondition, String status, long placesTaken) {

	public boolean open() {
		return OpportunityStatus.OPEN.name().equals(status) && placesTaken < places;
	}

	/** Whether it is a draft that its publisher can open. */
	public boolean mayOpen() {
		return Opportunity.mayOpen(OpportunityStatus.valueOf(status));
	}
}
