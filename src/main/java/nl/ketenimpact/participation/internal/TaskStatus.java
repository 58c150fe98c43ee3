package nl.ketenimpact.participation.internal;

/** Self-work goes planned → instructed → started → ready for inspection → approved (or rejected back to started) → paid. */
public enum TaskStatus {
	PLANNED, INSTRUCTED, STARTED, READY_FOR_INSPECTION, APPROVED, PAID
}
