package nl.ketenimpact.practice.internal;

/**
 * A measured result a practice can carry, taken from its project's records. Ratio kinds are measured
 * against an effort ({@code per}): hires per internship, successful placements per placement, in-time per picked-up signal.
 */
public enum ResultKind {

	INTERNS_HIRED(true), JOB_GUARANTEE_RATE(false), WORK_EXPERIENCE_SUCCESSFUL(true), SELF_WORK_RESIDENTS(false), SELF_WORK_PAID_EUR(false),
	ACTIVITY_PARTICIPANTS(true), CHILDREN_REACHED(false), SIGNALS_RAISED(false), SIGNALS_IN_TIME(true);

	private final boolean ratio;

	ResultKind(boolean ratio) {
		this.ratio = ratio;
	}

	public boolean isRatio() {
		return ratio;
	}
}
