package nl.ketenimpact.vote.internal;

import java.time.LocalDate;
import java.util.UUID;

import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.DutchDate;
import nl.ketenimpact.vote.ProposalStatus;

/**
 * A renovation proposal put to the tenants of a complex; guards its own steps. A draft may be changed in place and
 * opened; an open proposal takes votes within its period and may be closed from its last day on; a change after
 * opening makes a new version (a draft again) and this one superseded, so that votes on what tenants read do not carry
 * over to what they did not read. A closed or superseded proposal does not change any more.
 */
public final class Proposal {

	private final UUID id;

	private final UUID projectId;

	private final UUID corporationId;

	private final UUID seriesId;

	private final int version;

	private ProposalStatus status;

	private LocalDate votingOpensOn;

	private LocalDate votingClosesOn;

	private UUID liaisonOrganisationId;

	public Proposal(UUID id, UUID projectId, UUID corporationId, UUID seriesId, int version, ProposalStatus status, LocalDate votingOpensOn,
			LocalDate votingClosesOn, UUID liaisonOrganisationId) {
		this.id = id;
		this.projectId = projectId;
		this.corporationId = corporationId;
		this.seriesId = seriesId;
		this.version = version;
		this.status = status;
		this.votingOpensOn = votingOpensOn;
		this.votingClosesOn = votingClosesOn;
		this.liaisonOrganisationId = liaisonOrganisationId;
	}

	/** A new proposal: the first version of its own series. */
	public static Proposal draft(UUID projectId, UUID corporationId, ProposalInput input) {
		UUID id = UUID.randomUUID();
		return new Proposal(id, projectId, corporationId, id, 1, ProposalStatus.DRAFT, input.votingOpensOn(), input.votingClosesOn(),
				input.liaisonOrganisationId());
	}

	/**
	 * The proposal that holds a change: this one for a draft (changed in place), else a new version as a draft, and this
	 * one superseded. Refused once closed or superseded.
	 */
	public Proposal revise(ProposalInput input) {
		switch (status) {
			case DRAFT -> {
				votingOpensOn = input.votingOpensOn();
				votingClosesOn = input.votingClosesOn();
				liaisonOrganisationId = input.liaisonOrganisationId();
				return this;
			}
			case OPEN -> {
				status = ProposalStatus.SUPERSEDED;
				return new Proposal(UUID.randomUUID(), projectId, corporationId, seriesId, version + 1, ProposalStatus.DRAFT, input.votingOpensOn(),
						input.votingClosesOn(), input.liaisonOrganisationId());
			}
			default -> throw new Conflict("proposal.revise.final");
		}
	}

	/** Puts the draft to the tenants; its period must not be over. */
	public void open(LocalDate today) {
		if (status != ProposalStatus.DRAFT) {
			throw new Conflict("proposal.open.notDraft");
		}
		if (votingClosesOn.isBefore(today)) {
			throw new Conflict("proposal.open.periodOver");
		}
		status = ProposalStatus.OPEN;
	}

	/** Ends the vote, from its last day on (tenants keep that day): the count then becomes final. */
	public void close(LocalDate today) {
		if (status != ProposalStatus.OPEN) {
			throw new Conflict("proposal.close.notOpen");
		}
		if (today.isBefore(votingClosesOn)) {
			throw new Conflict("proposal.close.beforeEnd", DutchDate.format(votingClosesOn));
		}
		status = ProposalStatus.CLOSED;
	}

	/** Refuses a vote outside the open period: a draft, a closed or superseded proposal, before or after the period. */
	public void requireVoting(LocalDate today) {
		switch (status) {
			case DRAFT -> throw new Conflict("proposal.vote.draft");
			case CLOSED, SUPERSEDED -> throw new Conflict("proposal.vote.closed");
			default -> {
			}
		}
		if (today.isBefore(votingOpensOn)) {
			throw new Conflict("proposal.vote.notYet", DutchDate.format(votingOpensOn));
		}
		if (today.isAfter(votingClosesOn)) {
			throw new Conflict("proposal.vote.over", DutchDate.format(votingClosesOn));
		}
	}

	/** Whether tenants can vote today. */
	public boolean voting(LocalDate today) {
		return status == ProposalStatus.OPEN && !today.isBefore(votingOpensOn) && !today.isAfter(votingClosesOn);
	}

	public UUID id() {
		return id;
	}

	public UUID projectId() {
		return projectId;
	}

	public UUID corporationId() {
		return corporationId;
	}

	public UUID seriesId() {
		return seriesId;
	}

	public int version() {
		return version;
	}

	public ProposalStatus status() {
		return status;
	}

	public LocalDate votingOpensOn() {
		return votingOpensOn;
	}

	public LocalDate votingClosesOn() {
		return votingClosesOn;
	}

	public UUID liaisonOrganisationId() {
		return liaisonOrganisationId;
	}
}
