package nl.ketenimpact.organisation.internal;

/** Where an invitation stands; EXPIRED is a PENDING one past its date (it can be resent). */
public enum InvitationStatus {
	PENDING, ACCEPTED, REVOKED, EXPIRED
}
