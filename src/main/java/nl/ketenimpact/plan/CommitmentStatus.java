package nl.ketenimpact.plan;

/** DRAFT: being prepared (e.g. copied); PROPOSED: by a partner, awaiting the coordinator; ACCEPTED: in the plan. */
public enum CommitmentStatus {
	DRAFT, PROPOSED, ACCEPTED, DECLINED
}
