package nl.ketenimpact.participation;

/** How a placement ended. HIRED fulfils a job guarantee; COMPLETED without it does not. */
public enum PlacementOutcome {

	COMPLETED, DROPPED_OUT, HIRED, CERTIFICATE, CONTINUED_EDUCATION;

	public boolean successful() {
		return this != DROPPED_OUT;
	}
}
