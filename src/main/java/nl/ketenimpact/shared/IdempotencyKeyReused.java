package nl.ketenimpact.shared;

/** An {@code Idempotency-Key} sent again with another request than the first: refused (422), nothing is created. */
public class IdempotencyKeyReused extends Conflict {

	public IdempotencyKeyReused() {
		super("idempotency.keyReused");
	}
}
