package nl.ketenimpact.plan.internal;

import java.util.UUID;

import nl.ketenimpact.plan.CommitmentAccepted;
import nl.ketenimpact.plan.CommitmentDeclined;
import nl.ketenimpact.plan.CommitmentStatus;
import nl.ketenimpact.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A commitment proposal's decision without Spring: only while open, a decline needs a reason, each decision its event. */
class CommitmentProposalTests {

	private static CommitmentProposal proposal(CommitmentStatus status) {
		return new CommitmentProposal(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status);
	}

	@Test
	void aProposalOrDraftIsAcceptedIntoThePlanWithItsEvent() {
		CommitmentProposal proposal = proposal(CommitmentStatus.PROPOSED);
		proposal.decide(true, null);
		assertThat(proposal.status()).isEqualTo(CommitmentStatus.ACCEPTED);
		assertThat(proposal.event()).isInstanceOf(CommitmentAccepted.class);
		CommitmentProposal draft = proposal(CommitmentStatus.DRAFT);
		draft.decide(true, " ");
		assertThat(draft.status()).isEqualTo(CommitmentStatus.ACCEPTED);
		assertThat(draft.reason()).isNull();
	}

	@Test
	void aDeclineNeedsAReasonAndADecidedCommitmentIsNotDecidedAgain() {
		CommitmentProposal proposal = proposal(CommitmentStatus.PROPOSED);
		assertThatThrownBy(() -> proposal.decide(false, " ")).isInstanceOf(InvalidInput.class);
		assertThat(proposal.status()).isEqualTo(CommitmentStatus.PROPOSED);
		proposal.decide(false, " Te weinig onderbouwd ");
		assertThat(proposal.reason()).isEqualTo("Te weinig onderbouwd");
		assertThat(proposal.event()).isInstanceOf(CommitmentDeclined.class);
		assertThatThrownBy(() -> proposal.decide(true, null)).isInstanceOf(CommitmentProposal.CommitmentNotOpen.class);
		assertThatThrownBy(() -> proposal(CommitmentStatus.ACCEPTED).decide(false, "x")).isInstanceOf(CommitmentProposal.CommitmentNotOpen.class);
	}
}
