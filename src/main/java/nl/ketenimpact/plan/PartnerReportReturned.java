package nl.ketenimpact.plan;

import java.util.UUID;

/** The coordinator returned a period report with a reason; the partner submits it again. */
public record PartnerReportReturned(UUID reportId, UUID projectId, UUID partnerId) {
}
