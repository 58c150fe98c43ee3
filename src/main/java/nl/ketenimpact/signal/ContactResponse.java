package nl.ketenimpact.signal;

/** What a contact attempt with the tenant brought. */
public enum ContactResponse {
	OPEN_TO_HELP, DECLINES_HELP, NOT_REACHED, LEFT_MESSAGE
}
