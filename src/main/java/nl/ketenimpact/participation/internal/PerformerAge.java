package nl.ketenimpact.participation.internal;

/** The age group of whoever does the self-work; the birth date itself is not stored. */
public enum PerformerAge {
	ADULT, MINOR_16_17, UNDER_16
}
