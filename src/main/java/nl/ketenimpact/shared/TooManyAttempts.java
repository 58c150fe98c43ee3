package nl.ketenimpact.shared;

/** Too many wrong attempts from this client address: try again after the given seconds. Maps to 429 with Retry-After. */
public class TooManyAttempts extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyAttempts(long retryAfterSeconds) {
		super("too many attempts");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
