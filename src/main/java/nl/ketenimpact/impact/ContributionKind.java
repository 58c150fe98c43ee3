package nl.ketenimpact.impact;

/** What fills a social-return obligation: a person, a purchase from a social enterprise, or social activity hours. */
public enum ContributionKind {
	PERSON, PURCHASE, ACTIVITY_HOURS
}
