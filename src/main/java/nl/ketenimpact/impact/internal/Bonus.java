package nl.ketenimpact.impact.internal;

/** Extras that each add the value set's bonus amount to a person block. */
public enum Bonus {
	AGE_50_PLUS, STATUS_HOLDER_OR_LANGUAGE, PERMANENT_CONTRACT
}
