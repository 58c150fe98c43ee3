package nl.ketenimpact.signal;

/** What a worker noticed. HEALTH and CONFUSION are special-category data (AVG art. 9). */
public enum SignalCategory {

	FINANCIAL_WORRIES, CONFUSION, HEALTH, LONELINESS, NEGLECT, UNSAFE, OTHER;

	public boolean isSpecialCategory() {
		return this == HEALTH || this == CONFUSION;
	}
}
