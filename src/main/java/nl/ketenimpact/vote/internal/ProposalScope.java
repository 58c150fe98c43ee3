package nl.ketenimpact.vote.internal;

import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.vote.ProposalStatus;

import org.springframework.stereotype.Component;

/**
 * Who sees a proposal, and as whom: the corporation's staff of the project (every version, and how each tenancy voted),
 * its chain partners (once it is put to the tenants; counts and turnout only), and the tenants of the complex (the
 * open or closed version that covers their dwelling). Anyone else: not found.
 */
@Component
class ProposalScope {

	enum Reader {
		STAFF, PARTNER, TENANT
	}

	/** The reader's standing; {@code access} null for a tenant, {@code ownDwelling} null for all others. */
	record Seen(Proposal proposal, Reader reader, ProjectAccess access, UUID ownDwelling) {

		boolean staff() {
			return reader == Reader.STAFF;
		}

		/** Writes, opens and closes the proposal: the corporation's coordinator or project lead. */
		boolean manages() {
			return staff() && access.plansForCorporation();
		}

		/**
		 * Records a tenant's paper form: the corporation's project lead, coordinator or field worker, or a field worker of
		 * the chain partner that is the proposal's tenant liaison.
		 */
		boolean recordsPaper() {
			CurrentUser user = access == null ? null : access.user();
			if (user == null) {
				return false;
			}
			if (staff()) {
				return user.has(Role.PROJECT_LEAD) || user.has(Role.COORDINATOR) || user.has(Role.FIELD_WORKER);
			}
			return access.isPartner() && user.has(Role.FIELD_WORKER) && access.partnerOrganisationId().equals(proposal.liaisonOrganisationId());
		}
	}

	private final ProposalRepository proposals;

	private final ProjectManagement projects;

	private final Residents residents;

	ProposalScope(ProposalRepository proposals, ProjectManagement projects, Residents residents) {
		this.proposals = proposals;
		this.projects = projects;
		this.residents = residents;
	}

	Optional<UUID> ownDwelling(CurrentUser user) {
		return residents.dwellingOf(user);
	}

	Seen see(CurrentUser user, UUID proposalId) {
		return see(user, proposals.find(proposalId).orElseThrow(() -> new NotFound("proposal")));
	}

	Seen see(CurrentUser user, Proposal proposal) {
		if (user.has(Role.RESIDENT)) {
			Optional<UUID> dwelling = residents.dwellingOf(user);
			boolean shown = proposal.status() == ProposalStatus.OPEN || proposal.status() == ProposalStatus.CLOSED;
			if (dwelling.isPresent() && shown && proposals.covers(proposal.id(), dwelling.get())) {
				return new Seen(proposal, Reader.TENANT, null, dwelling.get());
			}
			throw new NotFound("proposal");
		}
		ProjectAccess access;
		try {
			access = projects.access(user, proposal.projectId());
		}
		catch (NotFound ex) {
			throw new NotFound("proposal");
		}
		if (access.corporationStaff()) {
			return new Seen(proposal, Reader.STAFF, access, null);
		}
		if (proposal.status() == ProposalStatus.DRAFT) {
			throw new NotFound("proposal");
		}
		return new Seen(proposal, Reader.PARTNER, access, null);
	}
}
