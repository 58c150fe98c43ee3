package nl.ketenimpact.plan.internal;

import java.util.UUID;

import nl.ketenimpact.plan.CommitmentAccepted;
import nl.ketenimpact.plan.CommitmentDeclined;
import nl.ketenimpact.plan.CommitmentStatus;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;

/**
 * A commitment on its way into the plan: a draft of the corporation or a partner's proposal, which the coordinator
 * accepts, or declines with a reason the partner reads. Plain Java; the decision registers its event.
 */
public final class CommitmentProposal {

	private final UUID id;

	private final UUID projectId;

	private final UUID partnerId;

	private CommitmentStatus status;

	private String reason;

	private Object event;

	CommitmentProposal(UUID id, UUID projectId, UUID partnerId, CommitmentStatus status) {
		this.id = id;
		this.projectId = projectId;
		this.partnerId = partnerId;
		this.status = status;
	}

	/** Whether the coordinator can still decide (a draft or a proposal). */
	public static boolean open(CommitmentStatus status) {
		return status == CommitmentStatus.PROPOSED || status == CommitmentStatus.DRAFT;
	}

	public void decide(boolean accept, String declineReason) {
		if (!open(status)) {
			throw new CommitmentNotOpen();
		}
		if (!accept && (declineReason == null || declineReason.isBlank())) {
			throw new InvalidInput("reason", "review.reason.required");
		}
		status = accept ? CommitmentStatus.ACCEPTED : CommitmentStatus.DECLINED;
		reason = declineReason == null || declineReason.isBlank() ? null : declineReason.strip();
		event = accept ? new CommitmentAccepted(id, projectId, partnerId) : new CommitmentDeclined(id, projectId, partnerId);
	}

	UUID id() {
		return id;
	}

	CommitmentStatus status() {
		return status;
	}

	String reason() {
		return reason;
	}

	/** The decision's event, or null before a decision. */
	public Object event() {
		return event;
	}

	/** A decision on a commitment that is no longer a draft or proposal (409). */
	static final class CommitmentNotOpen extends Conflict {

		CommitmentNotOpen() {
			super("commitment.decide.notOpen");
		}
	}
}
