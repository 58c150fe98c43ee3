package nl.ketenimpact.plan;

/** A partner's period report: submitted, then approved (locked) or returned with a reason to resubmit. */
public enum ReportStatus {
	SUBMITTED, APPROVED, RETURNED
}
