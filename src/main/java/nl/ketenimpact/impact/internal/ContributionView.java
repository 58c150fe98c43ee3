package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.impact.ContributionKind;

/**
 * A registered contribution with its server-computed {@code valueEur} (the whole registration) and
 * {@code realisedValueEur} (the months passed so far, see {@link Valuation#realisedShare}); fields that do not apply
 * to its kind are null.
 */
public record ContributionView(UUID id, UUID projectId, UUID partnerId, String partnerName, ContributionKind kind, String personRef,
		Integer birthYear, Block block, BigDecimal hoursPerWeek, LocalDate startDate, LocalDate endDate, Set<Bonus> bonuses, String supplier,
		BigDecimal amountEur, Boolean register, BigDecimal hours, BigDecimal countedMonths, BigDecimal valueEur, BigDecimal realisedValueEur,
		ContributionStatus status, String reviewReason, UUID evidenceId, String evidenceName) {

	/** Whether the coordinator may still approve or reject it, and its partner still add evidence. */
	public boolean reviewable() {
		return Contribution.reviewable(status);
	}

	public boolean needsEvidence() {
		return kind == ContributionKind.PERSON && evidenceId == null;
	}
}
