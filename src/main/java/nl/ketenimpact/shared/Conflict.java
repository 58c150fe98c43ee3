package nl.ketenimpact.shared;

/** The request is valid but clashes with the record's current state. Maps to 409. */
public class Conflict extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public Conflict(String messageKey, Object... args) {
		super("conflict: " + messageKey);
		this.messageKey = messageKey;
		this.args = args == null ? new Object[0] : args.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}
