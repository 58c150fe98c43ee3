package nl.ketenimpact.participation.internal;

/** An opportunity is a draft (not seen by residents) until it opens for applications. */
public enum OpportunityStatus {
	DRAFT, OPEN
}
