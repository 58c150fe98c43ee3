package nl.ketenimpact.vote.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.plan.EvidenceStore;
import nl.ketenimpact.plan.EvidenceView;
import nl.ketenimpact.project.DwellingView;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.vote.internal.ProposalScope.Seen;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The votes: a tenant's own in the portal (changeable until the vote closes), and a signed paper form recorded for a
 * tenancy by staff, kept with the scan as evidence and who recorded it. The choice itself is never logged.
 */
@Service
public class Ballots {

	private final ProposalRepository repository;

	private final ProposalScope scope;

	private final Proposals proposals;

	private final EvidenceStore evidence;

	private final AuditLog audit;

	private final Clock clock;

	Ballots(ProposalRepository repository, ProposalScope scope, Proposals proposals, EvidenceStore evidence, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.scope = scope;
		this.proposals = proposals;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
	}

	/** The tenant's own vote for their tenancy; refused for anyone but a tenant of the complex. */
	@Transactional
	public void castOwn(CurrentUser user, UUID proposalId, Tally.Choice choice) {
		Proposal proposal = repository.lockShared(proposalId).orElseThrow(() -> new NotFound("proposal"));
		if (!user.has(Role.RESIDENT)) {
			throw new Refused("proposal.vote.tenantsOnly");
		}
		UUID dwelling = scope.ownDwelling(user).filter(d -> repository.covers(proposalId, d))
			.orElseThrow(() -> new Refused("proposal.vote.notYourComplex"));
		proposal.requireVoting(LocalDate.now(clock));
		if (choice == null) {
			throw new InvalidInput("choice", "validation.required");
		}
		repository.insertVote(proposalId, dwelling, choice, Tally.Channel.PORTAL, user.id(), null, OffsetDateTime.now(clock));
		audit.record(user.id(), user.organisationId(), "PROPOSAL_VOTED", "proposal", proposalId, null);
	}

	/**
	 * A paper form for a tenancy of the complex, with its scan: a new upload ({@code paperForm}), or evidence already
	 * stored in the project ({@code evidenceId}). The tenant's own vote in the portal still wins over it.
	 */
	@Transactional
	public void recordPaper(CurrentUser user, UUID proposalId, UUID dwellingId, Tally.Choice choice, FileUpload paperForm, UUID evidenceId) {
		Proposal proposal = repository.lockShared(proposalId).orElseThrow(() -> new NotFound("proposal"));
		Seen seen = scope.see(user, proposal);
		if (!seen.recordsPaper()) {
			throw new Refused("proposal.paper.refused");
		}
		DwellingView dwelling = proposals.complexDwellings(proposal).get(dwellingId);
		if (dwelling == null) {
			throw new NotFound("dwelling");
		}
		if (!dwelling.hasResident()) {
			throw new Conflict("proposal.paper.vacant");
		}
		proposal.requireVoting(LocalDate.now(clock));
		if (choice == null) {
			throw new InvalidInput("choice", "validation.required");
		}
		UUID scan;
		if (paperForm != null) {
			// Owned by the corporation: only its staff may open the scan (it shows how the tenant voted).
			scan = evidence.store(seen.access(), proposal.corporationId(), paperForm);
		}
		else if (evidenceId != null) {
			scan = existing(user, proposal, evidenceId);
		}
		else {
			throw new InvalidInput("paperForm", "proposal.paper.required");
		}
		repository.insertVote(proposalId, dwellingId, choice, Tally.Channel.PAPER, user.id(), scan, OffsetDateTime.now(clock));
		audit.record(user.id(), user.organisationId(), "PROPOSAL_PAPER_VOTE_RECORDED", "proposal", proposalId, "dwelling=" + dwellingId);
	}

	private UUID existing(CurrentUser user, Proposal proposal, UUID evidenceId) {
		try {
			EvidenceView view = evidence.view(user, evidenceId);
			if (!view.projectId().equals(proposal.projectId())) {
				throw new InvalidInput("evidenceId", "proposal.paper.evidenceUnknown");
			}
			return view.id();
		}
		catch (NotFound ex) {
			throw new InvalidInput("evidenceId", "proposal.paper.evidenceUnknown");
		}
	}
}
