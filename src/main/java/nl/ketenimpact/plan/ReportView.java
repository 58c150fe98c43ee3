package nl.ketenimpact.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.ketenimpact.plan.internal.PartnerReport;

/** A partner period report; {@code reviewReason} is set when returned. */
public record ReportView(UUID id, UUID projectId, UUID partnerId, String partnerName, String period, String narrative, ReportStatus status,
		OffsetDateTime submittedAt, String reviewReason) {

	/** Whether the coordinator can approve or return it now. */
	public boolean reviewable() {
		return PartnerReport.reviewable(status);
	}
}
