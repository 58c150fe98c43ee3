package nl.ketenimpact.plan;

/** How a commitment's target is measured. DELIVERABLE is yes/no: target 1, done when 1 is reached. */
public enum Metric {

	PLACEMENTS, HOURS, PARTICIPANTS, ACTIVITIES, SOCIAL_RETURN_EUR, DELIVERABLE;

	public boolean isDeliverable() {
		return this == DELIVERABLE;
	}
}
