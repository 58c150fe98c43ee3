package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One chain partner's social return in a project: the compliance value beside the outcome (people,
 * hours), never one for the other. {@code psoStep} may be null. {@code approvedValueEur} is what the approved
 * registrations have realised so far (months passed); {@code plannedValueEur} the rest of their approved value, for
 * months still to come. {@code valueEur} is the whole value of all registrations not rejected.
 */
public record PartnerSocialReturn(UUID partnerId, String partnerName, BigDecimal contractValueEur, BigDecimal percentage, Integer psoStep,
		BigDecimal obligationEur, BigDecimal psoFulfilledEur, BigDecimal valueEur, BigDecimal approvedValueEur, BigDecimal plannedValueEur,
		BigDecimal remainingEur,
		long people, BigDecimal hours, int fulfilmentPercentage) {
}
