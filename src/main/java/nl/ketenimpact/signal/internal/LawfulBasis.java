package nl.ketenimpact.signal.internal;

/** The ground on which a signal is shared with an institution: explicit consent of the tenant, or vital interest. */
public enum LawfulBasis {
	CONSENT, VITAL_INTEREST
}
