package nl.ketenimpact.signal;

/** The transitions of a signal (API {@code POST /signals/{id}/transitions}). */
public enum SignalAction {
	PICK_UP, RECORD_CONTACT, REFER, WITHDRAW_CONSENT, CLOSE, REPORT_BACK
}
