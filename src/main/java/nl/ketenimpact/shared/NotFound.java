package nl.ketenimpact.shared;

/**
 * The record does not exist, or the user may not know that it exists (other organisation).
 * Maps to 404, so that scoping never reveals what another organisation holds.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " not found");
	}
}
