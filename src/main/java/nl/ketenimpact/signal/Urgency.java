package nl.ketenimpact.signal;

/** ACUTE means danger now: the worker calls 112 first; for triage it counts as urgent. */
public enum Urgency {

	NORMAL, URGENT, ACUTE;

	public boolean isUrgent() {
		return this != NORMAL;
	}
}
