package nl.ketenimpact.shared;

import java.util.List;

/** Input that breaks a domain rule; nothing was changed. Maps to 400 with field messages. */
public class InvalidInput extends RuntimeException {

	private final List<FieldMessage> errors;

	public InvalidInput(List<FieldMessage> errors) {
		super("invalid input: " + errors);
		this.errors = List.copyOf(errors);
	}

	public InvalidInput(String field, String messageKey, Object... args) {
		this(List.of(new FieldMessage(field, messageKey, args)));
	}

	public List<FieldMessage> errors() {
		return errors;
	}

	/** Throws when the list is not empty. */
	public static void throwIfAny(List<FieldMessage> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}
}
