package nl.ketenimpact.impact;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One chain partner's social return in a project: the compliance value beside the outcome (people,
 * hours), never one for the other. {@code psoStep} may be null.
 */
public record PartnerSocialReturn(UUID partnerId, String partnerName, BigDecimal contractValueEur, BigDecimal percentage, Integer psoStep,
		BigDecimal obligationEur, BigDecimal psoFulfilledEur, BigDecimal valueEur, BigDecimal approvedValueEur, BigDecimal remainingEur,
		long people, BigDecimal hours, int fulfilmentPercentage) {
}
