package nl.ketenimpact.participation;

import java.util.UUID;

/** Someone applied to an opportunity (a resident for themselves, a case worker for a candidate). */
public record ApplicationReceived(UUID applicationId, UUID opportunityId, UUID applicantId) {
}
