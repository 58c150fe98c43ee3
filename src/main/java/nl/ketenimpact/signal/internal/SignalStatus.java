package nl.ketenimpact.signal.internal;

/** The follow-up of a signal; the reporter sees only {@link #forReporter()}. */
public enum SignalStatus {

	RECEIVED, PICKED_UP, REFERRED, CLOSED;

	/** Ontvangen, opgepakt or afgerond: nothing of the follow-up itself. */
	public ReporterStatus forReporter() {
		return switch (this) {
			case RECEIVED -> ReporterStatus.RECEIVED;
			case PICKED_UP, REFERRED -> ReporterStatus.PICKED_UP;
			case CLOSED -> ReporterStatus.CLOSED;
		};
	}

	public enum ReporterStatus {
		RECEIVED, PICKED_UP, CLOSED
	}
}
