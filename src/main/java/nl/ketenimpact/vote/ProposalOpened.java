package nl.ketenimpact.vote;

import java.util.List;
import java.util.UUID;

/** A renovation proposal was put to the tenants of these dwellings (the complex): they are told there is a vote. */
public record ProposalOpened(UUID proposalId, UUID projectId, List<UUID> dwellingIds) {

	public ProposalOpened {
		dwellingIds = List.copyOf(dwellingIds);
	}
}
