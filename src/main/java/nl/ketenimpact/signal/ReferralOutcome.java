package nl.ketenimpact.signal;

/** What the institution reports back. */
public enum ReferralOutcome {
	CONTACT_MADE, HELP_STARTED, NOT_REACHED, DECLINED_BY_TENANT, NOT_SUITABLE
}
