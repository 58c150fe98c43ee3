package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A renovation proposal as its author writes it (the API body and the form): the complex ({@code dwellingIds}, null
 * or empty: all of the project's dwellings), the works split into renovation and maintenance, the rent changes, how
 * long and whether the dwellings stay inhabited, what tenants get when they must move out, and the voting period.
 * {@code moveOutOn} is the day tenants must move out (its year decides the legal minimum of the relocation allowance;
 * not given: the day after the vote closes).
 */
public record ProposalInput(String title, List<UUID> dwellingIds, String worksRenovation, String worksMaintenance, List<RentChange> rentChanges,
		Integer durationWeeks, Boolean inhabited, String temporaryDwelling, BigDecimal relocationAllowanceEur, LocalDate moveOutOn,
		String socialPlanUrl, String tenantsAssociation, UUID liaisonOrganisationId, LocalDate votingOpensOn, LocalDate votingClosesOn) {

	/**
	 * The rent change of one dwelling, or, without a dwelling, of every dwelling of the complex not named in another
	 * rent change (named by its dwelling type, "eengezinswoning"). The basis says why (the works, the points).
	 */
	public record RentChange(UUID dwellingId, String dwellingType, BigDecimal currentRentEur, BigDecimal newRentEur, String basis) {
	}

	public ProposalInput {
		dwellingIds = dwellingIds == null ? List.of() : dwellingIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		// Nulls (a form's empty rows) keep their places, so a message on rentChanges[i] belongs to the i-th row.
		rentChanges = rentChanges == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rentChanges));
	}

	/** The rent changes given (without the empty rows). */
	public List<RentChange> givenRentChanges() {
		return rentChanges.stream().filter(java.util.Objects::nonNull).toList();
	}

	/** The day whose legal minimum applies to the relocation allowance. */
	public LocalDate moveOutDay() {
		return moveOutOn != null ? moveOutOn : votingClosesOn == null ? null : votingClosesOn.plusDays(1);
	}
}
