package nl.ketenimpact.participation;

public enum ActivityType {
	SITE_EXCURSION, CLEAN_UP_DAY, NEIGHBOURHOOD_PARTY, SPORTS, OTHER
}
