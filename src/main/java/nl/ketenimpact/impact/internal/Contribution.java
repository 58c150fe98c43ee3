package nl.ketenimpact.impact.internal;

import java.util.UUID;

import nl.ketenimpact.impact.ContributionKind;
import nl.ketenimpact.impact.ContributionReviewed;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;

/**
 * A contribution on its way to counting: pending until the coordinator approves (a person only with evidence) or rejects
 * it with a reason; evidence can be attached only while pending. Plain Java; the review registers its event and
 * {@link ContributionRepository} loads and saves it.
 */
final class Contribution {

	private final UUID id;

	private final UUID projectId;

	private final UUID partnerId;

	private final ContributionKind kind;

	private ContributionStatus status;

	private UUID evidenceId;

	private String reason;

	private ContributionReviewed event;

	Contribution(UUID id, UUID projectId, UUID partnerId, ContributionKind kind, ContributionStatus status, UUID evidenceId) {
		this.id = id;
		this.projectId = projectId;
		this.partnerId = partnerId;
		this.kind = kind;
		this.status = status;
		this.evidenceId = evidenceId;
	}

	/** Whether the coordinator may still decide, and the partner still add evidence. */
	static boolean reviewable(ContributionStatus status) {
		return status == ContributionStatus.PENDING;
	}

	/** A person counts only with an evidence file (DOMAIN_RULES §2). */
	boolean needsEvidence() {
		return kind == ContributionKind.PERSON && evidenceId == null;
	}

	/** The evidence file, stored by {@code store} only once the contribution is known to wait for review. */
	public void attachEvidence(java.util.function.Supplier<UUID> store) {
		if (!reviewable(status)) {
			throw new ContributionNotPending();
		}
		evidenceId = store.get();
	}

	void approve() {
		if (!reviewable(status)) {
			throw new ContributionNotPending();
		}
		if (needsEvidence()) {
			throw new ContributionEvidenceMissing();
		}
		status = ContributionStatus.APPROVED;
		reason = null;
		event = new ContributionReviewed(id, projectId, partnerId, true);
	}

	void reject(String why) {
		if (!reviewable(status)) {
			throw new ContributionNotPending();
		}
		if (why == null || why.isBlank()) {
			throw new InvalidInput("reason", "review.reason.required");
		}
		if (why.strip().length() > 500) {
			throw new InvalidInput("reason", "review.reason.tooLong");
		}
		status = ContributionStatus.REJECTED;
		reason = why.strip();
		event = new ContributionReviewed(id, projectId, partnerId, false);
	}

	UUID id() {
		return id;
	}

	UUID partnerId() {
		return partnerId;
	}

	ContributionStatus status() {
		return status;
	}

	UUID evidenceId() {
		return evidenceId;
	}

	String reason() {
		return reason;
	}

	/** The review's event, or null before a review. */
	ContributionReviewed event() {
		return event;
	}

	/** A step on a contribution that is no longer pending (409). */
	static final class ContributionNotPending extends Conflict {

		ContributionNotPending() {
			super("contribution.notPending");
		}
	}

	/** Approval of a person without an evidence file (409). */
	static final class ContributionEvidenceMissing extends Conflict {

		ContributionEvidenceMissing() {
			super("contribution.evidence.missing");
		}
	}
}
