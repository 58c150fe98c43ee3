package nl.ketenimpact.shared;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

/**
 * The one way a page handles a submitted form: when binding found errors, or the action refuses a field
 * ({@link InvalidInput}), the form is shown again with the messages on their fields (the response is a 400, see the
 * web configuration); otherwise the action's answer (usually a redirect with a flash message) is returned.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	public static String submit(BindingResult result, String formView, Supplier<String> action) {
		return submit(result, () -> formView, action);
	}

	/** As {@link #submit(BindingResult, String, Supplier)}, for a form page that needs more in its model when shown again. */
	public static String submit(BindingResult result, Supplier<String> showForm, Supplier<String> action) {
		return submit(result, showForm, java.util.function.UnaryOperator.identity(), action);
	}

	/** As above, for a form whose field names differ from the domain rule's ({@code fieldOf} maps a rule's field to the form's). */
	public static String submit(BindingResult result, Supplier<String> showForm, java.util.function.UnaryOperator<String> fieldOf,
			Supplier<String> action) {
		if (result.hasErrors()) {
			return showForm.get();
		}
		try {
			return action.get();
		}
		catch (InvalidInput invalid) {
			FormErrors.reject(result, invalid.errors(), fieldOf);
			return showForm.get();
		}
	}

	/**
	 * For a one-button action whose form has no page of its own to show again: a value that is missing, not one of the
	 * choices or too long is a 400 ({@link InvalidInput} on its field), and nothing changes.
	 */
	public static void requireBound(BindingResult result) {
		if (result.hasErrors()) {
			org.springframework.validation.FieldError error = result.getFieldError();
			String field = error == null ? "form" : error.getField();
			throw new InvalidInput(field, error != null && !error.isBindingFailure() && "Size".equals(error.getCode()) ? "validation.tooLong"
					: "validation.required");
		}
	}

	/**
	 * A one-button action on a list page (approve, decline with a reason, a status step) that redirects back: a refused
	 * field becomes the page's error notice, set by {@code refused} (usually a flash attribute).
	 */
	public static void orNotice(Runnable action, Consumer<InvalidInput> refused) {
		try {
			action.run();
		}
		catch (InvalidInput invalid) {
			refused.accept(invalid);
		}
	}

	/** An action on a page without a form object (a sign-in step, an upload): a refusal renders what {@code refused} answers. */
	public static <T> T orElse(Supplier<T> action, Function<InvalidInput, T> refused) {
		try {
			return action.get();
		}
		catch (InvalidInput invalid) {
			return refused.apply(invalid);
		}
	}
}
