package nl.ketenimpact.signal;

/** How the social worker closes a signal. */
public enum Outcome {
	HELP_ACCEPTED, HELP_DECLINED, ALREADY_KNOWN, NO_ACTION_NEEDED
}
