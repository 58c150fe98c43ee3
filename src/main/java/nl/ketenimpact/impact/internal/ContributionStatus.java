package nl.ketenimpact.impact.internal;

/** A contribution counts only once APPROVED by the corporation's coordinator. */
public enum ContributionStatus {
	PENDING, APPROVED, REJECTED
}
