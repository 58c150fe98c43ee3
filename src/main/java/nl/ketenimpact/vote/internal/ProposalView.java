package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.vote.ProposalStatus;

/**
 * A proposal as one reader may see it. The corporation's staff get the complex and every rent change; a chain partner
 * the proposal without anything per dwelling; a tenant the proposal with their own rent change and their own vote.
 */
public record ProposalView(UUID id, UUID projectId, String projectName, UUID seriesId, int version, ProposalStatus status, String title,
		String worksRenovation, String worksMaintenance, int durationWeeks, boolean inhabited, String temporaryDwelling,
		BigDecimal relocationAllowanceEur, LocalDate moveOutOn, String socialPlanUrl, String tenantsAssociation, UUID liaisonOrganisationId,
		String liaisonOrganisationName, LocalDate votingOpensOn, LocalDate votingClosesOn, boolean votingNow, int complexSize,
		List<UUID> dwellingIds, List<RentChangeView> rentChanges, RentChangeView ownRentChange, Tally.Choice ownVote, String ownAddress) {

	/** A rent change; {@code address} null for the one of every other dwelling (named by its type). */
	public record RentChangeView(UUID dwellingId, String address, String dwellingType, BigDecimal currentRentEur, BigDecimal newRentEur,
			String basis) {

		public BigDecimal changeEur() {
			return newRentEur.subtract(currentRentEur);
		}
	}
}
