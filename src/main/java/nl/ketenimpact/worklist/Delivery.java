package nl.ketenimpact.worklist;

/** How a user hears of a kind of notification by mail; the bell in the menu always shows it. */
public enum Delivery {
	/** A mail at once. */
	IMMEDIATE,
	/** One mail a day at 07:00 with everything of the day before. */
	DAILY,
	/** No mail. */
	OFF
}
