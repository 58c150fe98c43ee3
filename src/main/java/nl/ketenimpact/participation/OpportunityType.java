package nl.ketenimpact.participation;

/** What can be joined (DESIGN §5.3). */
public enum OpportunityType {

	SELF_WORK, WORK_EXPERIENCE, INTERNSHIP, EXCURSION, LIVEABILITY;

	/** Case workers of schools and welfare organisations propose candidates for these. */
	public boolean takesProposals() {
		return this == WORK_EXPERIENCE || this == INTERNSHIP;
	}
}
