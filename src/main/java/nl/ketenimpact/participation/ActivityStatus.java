package nl.ketenimpact.participation;

/** A planned activity has a date but no attendance and counts nowhere; once held it is recorded with its attendance. */
public enum ActivityStatus {

	PLANNED, HELD
}
