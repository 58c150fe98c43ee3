package nl.ketenimpact.plan.internal;

import java.util.UUID;

import nl.ketenimpact.plan.PartnerReportApproved;
import nl.ketenimpact.plan.PartnerReportReturned;
import nl.ketenimpact.plan.PartnerReportSubmitted;
import nl.ketenimpact.plan.ReportStatus;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;

/**
 * A partner's period report: submitted, then approved (locked for good) or returned with a reason, after which the
 * partner submits it again. Plain Java; each step registers its event and {@link PartnerReportRepository} saves it.
 */
public final class PartnerReport {

	private final UUID id;

	private final UUID projectId;

	private final UUID partnerId;

	private ReportStatus status;

	private String narrative;

	private String reason;

	private Object event;

	PartnerReport(UUID id, UUID projectId, UUID partnerId, ReportStatus status) {
		this.id = id;
		this.projectId = projectId;
		this.partnerId = partnerId;
		this.status = status;
	}

	/** A first submission of a period. */
	public static PartnerReport submitted(UUID projectId, UUID partnerId, String narrative) {
		PartnerReport report = new PartnerReport(UUID.randomUUID(), projectId, partnerId, null);
		report.submit(narrative);
		return report;
	}

	/** Whether the coordinator can approve or return it now. */
	public static boolean reviewable(ReportStatus status) {
		return status == ReportStatus.SUBMITTED;
	}

	/** A (re)submission; an approved report is locked. */
	public void submit(String text) {
		if (status == ReportStatus.APPROVED) {
			throw new PartnerReportLocked();
		}
		status = ReportStatus.SUBMITTED;
		narrative = text.strip();
		reason = null;
		event = new PartnerReportSubmitted(id, projectId, partnerId);
	}

	public void approve() {
		if (!reviewable(status)) {
			throw new PartnerReportNotSubmitted();
		}
		status = ReportStatus.APPROVED;
		reason = null;
		event = new PartnerReportApproved(id, projectId, partnerId);
	}

	public void giveBack(String why) {
		if (!reviewable(status)) {
			throw new PartnerReportNotSubmitted();
		}
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "review.reason.required");
		}
		status = ReportStatus.RETURNED;
		reason = why.strip();
		event = new PartnerReportReturned(id, projectId, partnerId);
	}

	public UUID id() {
		return id;
	}

	UUID projectId() {
		return projectId;
	}

	UUID partnerId() {
		return partnerId;
	}

	ReportStatus status() {
		return status;
	}

	String narrative() {
		return narrative;
	}

	String reason() {
		return reason;
	}

	/** The last step's event, or null. */
	public Object event() {
		return event;
	}

	/** A change to an approved report (409). */
	static final class PartnerReportLocked extends Conflict {

		PartnerReportLocked() {
			super("report.locked");
		}
	}

	/** A review of a report that is not waiting for one (409). */
	static final class PartnerReportNotSubmitted extends Conflict {

		PartnerReportNotSubmitted() {
			super("report.notSubmitted");
		}
	}
}
