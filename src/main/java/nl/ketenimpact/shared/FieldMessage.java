package nl.ketenimpact.shared;

import java.util.Arrays;

/**
 * A validation failure on one input field: the field name as the client sent it and a message key
 * (resolved in the user's language at the edge), with optional arguments (numbers or text). Serializable: pages carry
 * it to the next request as a flash attribute, and sessions (with their flash attributes) live in PostgreSQL.
 */
public record FieldMessage(String field, String messageKey, Object... args) implements java.io.Serializable {

	public FieldMessage {
		args = args == null ? new Object[0] : args.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FieldMessage that && field.equals(that.field) && messageKey.equals(that.messageKey)
				&& Arrays.equals(args, that.args);
	}

	@Override
	public int hashCode() {
		return 31 * field.hashCode() + messageKey.hashCode();
	}

	@Override
	public String toString() {
		return field + ": " + messageKey;
	}
}
