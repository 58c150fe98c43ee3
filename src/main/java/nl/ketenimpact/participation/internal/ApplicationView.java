package nl.ketenimpact.participation.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An application as the offering partner, the applicant or the proposing case worker sees it. */
public record ApplicationView(UUID id, UUID opportunityId, String opportunityTitle, String applicantName, String candidateRef, String motivation,
		String availability, ApplicationStatus status, String decisionReason, OffsetDateTime createdAt, UUID placementId) {

	/** Whether the offering organisation can still accept or decline it. */
	public boolean decidable() {
		return Application.decidable(status);
	}
}
