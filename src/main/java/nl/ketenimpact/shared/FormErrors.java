package nl.ketenimpact.shared;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts the field messages of a refused domain rule on a form, so the form is shown again with them. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, InvalidInput invalid) {
		reject(result, invalid.errors());
	}

	public static void reject(BindingResult result, java.util.List<FieldMessage> messages) {
		reject(result, messages, java.util.function.UnaryOperator.identity());
	}

	/** As {@link #reject(BindingResult, java.util.List)}, for a form whose field names differ from the rule's ({@code fieldOf}). */
	public static void reject(BindingResult result, java.util.List<FieldMessage> messages, java.util.function.UnaryOperator<String> fieldOf) {
		for (FieldMessage message : messages) {
			result.addError(new FieldError(result.getObjectName(), fieldOf.apply(message.field()), null, false, new String[] { message.messageKey() },
					message.args(), message.messageKey()));
		}
	}
}
