package nl.ketenimpact.shared;

/** A link or code that no longer works: used, revoked or expired. Maps to 410; the message key says which. */
public class Gone extends RuntimeException {

	private final String messageKey;

	public Gone(String messageKey) {
		super("gone: " + messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
