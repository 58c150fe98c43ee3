package nl.ketenimpact.plan;

import java.util.UUID;

/** A partner submitted (or resubmitted) its period report; it waits for the coordinator. */
public record PartnerReportSubmitted(UUID reportId, UUID projectId, UUID partnerId) {
}
