package nl.ketenimpact.shared;

/** The user may see the record but not do this with it. Maps to 403; the message key says why. */
public class Refused extends RuntimeException {

	private final String messageKey;

	public Refused(String messageKey) {
		super("refused: " + messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
