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

	/** The first message per field, in order: what a form without a bound object shows beside each field. */
	public java.util.Map<String, FieldMessage> byField() {
		java.util.Map<String, FieldMessage> byField = new java.util.LinkedHashMap<>();
		errors.forEach(error -> byField.putIfAbsent(error.field(), error));
		return byField;
	}

	/** The message key of the first refusal: what a page shows as its one error notice. */
	public String firstMessageKey() {
		return errors.isEmpty() ? "problem.validation" : errors.get(0).messageKey();
	}

	/** Throws when the list is not empty. */
	public static void throwIfAny(List<FieldMessage> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}
}
