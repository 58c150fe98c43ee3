package nl.ketenimpact.plan;

import java.util.UUID;

/** The coordinator approved a period report; it is locked. */
public record PartnerReportApproved(UUID reportId, UUID projectId, UUID partnerId) {
}
