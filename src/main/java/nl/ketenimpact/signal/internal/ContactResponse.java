package nl.ketenimpact.signal.internal;

/** What a contact attempt with the tenant brought. */
public enum ContactResponse {
	OPEN_TO_HELP, DECLINES_HELP, NOT_REACHED, LEFT_MESSAGE
}
