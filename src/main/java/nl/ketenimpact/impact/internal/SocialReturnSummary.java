package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.util.List;

/** Social return of a project: totals over the partner rows the user may see (realised and planned as in {@link PartnerSocialReturn}). */
public record SocialReturnSummary(BigDecimal obligationEur, BigDecimal psoFulfilledEur, BigDecimal valueEur, BigDecimal approvedValueEur,
		BigDecimal plannedValueEur, List<PartnerSocialReturn> byPartner, String valueSetName) {
}
