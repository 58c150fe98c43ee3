package nl.ketenimpact.impact.internal;

/** The person blocks of the building-block method (DOMAIN_RULES §1). */
public enum Block {
	PARTICIPATIEWET, BANENAFSPRAAK, PRAKTIJKONDERWIJS, WIA_WAO, WW, BBL, BOL, NO_BENEFIT
}
