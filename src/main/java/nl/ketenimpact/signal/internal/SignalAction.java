package nl.ketenimpact.signal.internal;

/** The transitions of a signal (API {@code POST /signals/{id}/transitions}). */
public enum SignalAction {
	PICK_UP, RECORD_CONTACT, CONTACT_ATTEMPT_FAILED, REFER, WITHDRAW_CONSENT, CLOSE, REPORT_BACK
}
