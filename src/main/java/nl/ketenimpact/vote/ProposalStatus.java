package nl.ketenimpact.vote;

/**
 * Where a renovation proposal stands: written ({@code DRAFT}), put to the tenants ({@code OPEN}), counted
 * ({@code CLOSED}), or replaced by a later version after it was changed while open ({@code SUPERSEDED}).
 */
public enum ProposalStatus {
	DRAFT, OPEN, CLOSED, SUPERSEDED
}
