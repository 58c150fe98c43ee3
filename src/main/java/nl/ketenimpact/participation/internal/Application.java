package nl.ketenimpact.participation.internal;

import java.util.UUID;

import nl.ketenimpact.participation.ApplicationDecided;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;

/**
 * An application (or a case worker's proposal) to an opportunity: submitted, then accepted — which needs a free place
 * and makes the placement — or declined with a reason the applicant reads. Plain Java; the decision registers
 * {@link ApplicationDecided} and {@link ApplicationRepository} loads and saves it.
 */
final class Application {

	private final UUID id;

	private final UUID opportunityId;

	private final UUID applicantId;

	private ApplicationStatus status;

	private String reason;

	private ApplicationDecided event;

	Application(UUID id, UUID opportunityId, UUID applicantId, ApplicationStatus status) {
		this.id = id;
		this.opportunityId = opportunityId;
		this.applicantId = applicantId;
		this.status = status;
	}

	/** Whether the offering organisation can still accept or decline it. */
	static boolean decidable(ApplicationStatus status) {
		return status == ApplicationStatus.SUBMITTED;
	}

	/** Refuses a second decision before anything else is checked. */
	void mustBeOpen() {
		if (!decidable(status)) {
			throw new ApplicationAlreadyDecided();
		}
	}

	/** Accepted into {@code placementId}; {@code placeFree} is whether the opportunity still has a place. */
	void accept(boolean placeFree, UUID placementId) {
		mustBeOpen();
		if (!placeFree) {
			throw new OpportunityFull();
		}
		status = ApplicationStatus.ACCEPTED;
		reason = null;
		event = new ApplicationDecided(id, opportunityId, applicantId, true, placementId);
	}

	void decline(String why) {
		mustBeOpen();
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "review.reason.required");
		}
		status = ApplicationStatus.DECLINED;
		reason = why.strip();
		event = new ApplicationDecided(id, opportunityId, applicantId, false, null);
	}

	UUID id() {
		return id;
	}

	UUID opportunityId() {
		return opportunityId;
	}

	ApplicationStatus status() {
		return status;
	}

	String reason() {
		return reason;
	}

	/** The decision's event, or null before one. */
	ApplicationDecided event() {
		return event;
	}

	/** A decision on an application that was already decided (409). */
	static final class ApplicationAlreadyDecided extends Conflict {

		ApplicationAlreadyDecided() {
			super("application.decided");
		}
	}

	/** Acceptance when every place is taken (409). */
	static final class OpportunityFull extends Conflict {

		OpportunityFull() {
			super("application.full");
		}
	}
}
