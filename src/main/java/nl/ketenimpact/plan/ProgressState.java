package nl.ketenimpact.plan;

/** Where an accepted commitment stands at a given date. */
public enum ProgressState {
	ACHIEVED, ON_TRACK, AT_RISK, OVERDUE, NOT_PLANNED
}
