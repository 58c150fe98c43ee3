package nl.ketenimpact.vote.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.vote.internal.ProposalInput;
import nl.ketenimpact.vote.internal.ProposalView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The proposal form. Its fields have the names of the API body, so the rules' messages land on them; the rent changes
 * are a few rows (an empty row is left out), the first one usually for every other dwelling by its type.
 */
public class ProposalForm {

	static final int RENT_ROWS = 6;

	private String title;

	private List<UUID> dwellingIds = new ArrayList<>();

	private String worksRenovation;

	private String worksMaintenance;

	private List<RentRow> rentChanges = new ArrayList<>();

	private Integer durationWeeks;

	private Boolean inhabited = Boolean.TRUE;

	private String temporaryDwelling;

	private BigDecimal relocationAllowanceEur;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate moveOutOn;

	private String socialPlanUrl;

	private String tenantsAssociation;

	private UUID liaisonOrganisationId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate votingOpensOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate votingClosesOn;

	/** One rent change row: a dwelling, or (none chosen) every other dwelling by its type. */
	public static class RentRow {

		private UUID dwellingId;

		private String dwellingType;

		private BigDecimal currentRentEur;

		private BigDecimal newRentEur;

		private String basis;

		boolean empty() {
			return dwellingId == null && blank(dwellingType) && currentRentEur == null && newRentEur == null && blank(basis);
		}

		public UUID getDwellingId() { return dwellingId; }
		public void setDwellingId(UUID dwellingId) { this.dwellingId = dwellingId; }
		public String getDwellingType() { return dwellingType; }
		public void setDwellingType(String dwellingType) { this.dwellingType = dwellingType; }
		public BigDecimal getCurrentRentEur() { return currentRentEur; }
		public void setCurrentRentEur(BigDecimal currentRentEur) { this.currentRentEur = currentRentEur; }
		public BigDecimal getNewRentEur() { return newRentEur; }
		public void setNewRentEur(BigDecimal newRentEur) { this.newRentEur = newRentEur; }
		public String getBasis() { return basis; }
		public void setBasis(String basis) { this.basis = basis; }
	}

	static ProposalForm blank(LocalDate today) {
		ProposalForm form = new ProposalForm();
		form.votingOpensOn = today;
		form.votingClosesOn = today.plusWeeks(4);
		form.fillRows();
		return form;
	}

	static ProposalForm of(ProposalView p) {
		ProposalForm form = new ProposalForm();
		form.title = p.title();
		form.dwellingIds = new ArrayList<>(p.dwellingIds() == null ? List.of() : p.dwellingIds());
		form.worksRenovation = p.worksRenovation();
		form.worksMaintenance = p.worksMaintenance();
		for (ProposalView.RentChangeView r : p.rentChanges()) {
			RentRow row = new RentRow();
			row.dwellingId = r.dwellingId();
			row.dwellingType = r.dwellingType();
			row.currentRentEur = r.currentRentEur();
			row.newRentEur = r.newRentEur();
			row.basis = r.basis();
			form.rentChanges.add(row);
		}
		form.durationWeeks = p.durationWeeks();
		form.inhabited = p.inhabited();
		form.temporaryDwelling = p.temporaryDwelling();
		form.relocationAllowanceEur = p.relocationAllowanceEur();
		form.moveOutOn = p.moveOutOn();
		form.socialPlanUrl = p.socialPlanUrl();
		form.tenantsAssociation = p.tenantsAssociation();
		form.liaisonOrganisationId = p.liaisonOrganisationId();
		form.votingOpensOn = p.votingOpensOn();
		form.votingClosesOn = p.votingClosesOn();
		form.fillRows();
		return form;
	}

	/** Empty rows up to the form's number, so a few more rent changes can be added. */
	void fillRows() {
		while (rentChanges.size() < RENT_ROWS) {
			rentChanges.add(new RentRow());
		}
	}

	/**
	 * The body the rules check. Rows are kept in their places (an empty row is an empty rent change that the rules then
	 * leave out), so that a message on rentChanges[2] is shown on the form's third row.
	 */
	ProposalInput toInput() {
		List<ProposalInput.RentChange> rents = new ArrayList<>();
		for (RentRow row : rentChanges) {
			rents.add(row == null || row.empty() ? null
					: new ProposalInput.RentChange(row.dwellingId, row.dwellingType, row.currentRentEur, row.newRentEur, row.basis));
		}
		return new ProposalInput(title, dwellingIds, worksRenovation, worksMaintenance, rents, durationWeeks, inhabited, temporaryDwelling,
				relocationAllowanceEur, moveOutOn, socialPlanUrl, tenantsAssociation, liaisonOrganisationId, votingOpensOn, votingClosesOn);
	}

	/** The form's field for a rule's message: a chosen dwelling's message goes to the dwelling list. */
	static String field(String ruleField) {
		return ruleField.startsWith("dwellingIds[") ? "dwellingIds" : ruleField;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public List<UUID> getDwellingIds() { return dwellingIds; }
	public void setDwellingIds(List<UUID> dwellingIds) { this.dwellingIds = dwellingIds == null ? new ArrayList<>() : dwellingIds; }
	public String getWorksRenovation() { return worksRenovation; }
	public void setWorksRenovation(String worksRenovation) { this.worksRenovation = worksRenovation; }
	public String getWorksMaintenance() { return worksMaintenance; }
	public void setWorksMaintenance(String worksMaintenance) { this.worksMaintenance = worksMaintenance; }
	public List<RentRow> getRentChanges() { return rentChanges; }
	public void setRentChanges(List<RentRow> rentChanges) { this.rentChanges = rentChanges == null ? new ArrayList<>() : rentChanges; }
	public Integer getDurationWeeks() { return durationWeeks; }
	public void setDurationWeeks(Integer durationWeeks) { this.durationWeeks = durationWeeks; }
	public Boolean getInhabited() { return inhabited; }
	public void setInhabited(Boolean inhabited) { this.inhabited = inhabited; }
	public String getTemporaryDwelling() { return temporaryDwelling; }
	public void setTemporaryDwelling(String temporaryDwelling) { this.temporaryDwelling = temporaryDwelling; }
	public BigDecimal getRelocationAllowanceEur() { return relocationAllowanceEur; }
	public void setRelocationAllowanceEur(BigDecimal relocationAllowanceEur) { this.relocationAllowanceEur = relocationAllowanceEur; }
	public LocalDate getMoveOutOn() { return moveOutOn; }
	public void setMoveOutOn(LocalDate moveOutOn) { this.moveOutOn = moveOutOn; }
	public String getSocialPlanUrl() { return socialPlanUrl; }
	public void setSocialPlanUrl(String socialPlanUrl) { this.socialPlanUrl = socialPlanUrl; }
	public String getTenantsAssociation() { return tenantsAssociation; }
	public void setTenantsAssociation(String tenantsAssociation) { this.tenantsAssociation = tenantsAssociation; }
	public UUID getLiaisonOrganisationId() { return liaisonOrganisationId; }
	public void setLiaisonOrganisationId(UUID liaisonOrganisationId) { this.liaisonOrganisationId = liaisonOrganisationId; }
	public LocalDate getVotingOpensOn() { return votingOpensOn; }
	public void setVotingOpensOn(LocalDate votingOpensOn) { this.votingOpensOn = votingOpensOn; }
	public LocalDate getVotingClosesOn() { return votingClosesOn; }
	public void setVotingClosesOn(LocalDate votingClosesOn) { this.votingClosesOn = votingClosesOn; }
}
