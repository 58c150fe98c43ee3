package nl.ketenimpact.participation.internal;

import java.util.UUID;

import nl.ketenimpact.shared.Conflict;

/** An opportunity's one step: a draft opens for applications. Plain Java; {@link OpportunityRepository} loads and saves it. */
public final class Opportunity {

	private final UUID id;

	private OpportunityStatus status;

	Opportunity(UUID id, OpportunityStatus status) {
		this.id = id;
		this.status = status;
	}

	public static boolean mayOpen(OpportunityStatus status) {
		return status == OpportunityStatus.DRAFT;
	}

	public void open() {
		if (!mayOpen(status)) {
			throw new OpportunityNotDraft();
		}
		status = OpportunityStatus.OPEN;
	}

	UUID id() {
		return id;
	}

	OpportunityStatus status() {
		return status;
	}

	/** Opening an opportunity that is already open (409). */
	static final class OpportunityNotDraft extends Conflict {

		OpportunityNotDraft() {
			super("opportunity.notDraft");
		}
	}
}
