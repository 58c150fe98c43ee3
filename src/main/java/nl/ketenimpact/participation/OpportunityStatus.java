package nl.ketenimpact.participation;

/** An opportunity is a draft (not seen by residents) until it opens for applications. */
public enum OpportunityStatus {
	DRAFT, OPEN
}
