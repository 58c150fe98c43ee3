package nl.ketenimpact.practice;

/** Who can find a practice: the publishing corporation only, or everyone on the platform. */
public enum Visibility {
	CORPORATION, PLATFORM
}
