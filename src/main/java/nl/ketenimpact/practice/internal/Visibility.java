package nl.ketenimpact.practice.internal;

/** Who can find a practice: the publishing corporation only, or everyone on the platform. */
public enum Visibility {
	CORPORATION, PLATFORM
}
