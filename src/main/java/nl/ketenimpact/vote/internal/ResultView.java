package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.vote.ProposalStatus;

/**
 * The count of a proposal, now or at its close, with what the reader may see of it: the counts for everyone (a tenant
 * sees only the turnout until the vote is closed; {@code agreed}, {@code disagreed} and {@code agreedPct} are then
 * null), turnout per entrance for staff and chain partners, and per tenancy (how it voted, the notices) for the
 * corporation's staff only. {@code presumedReasonable} is null until the close.
 */
public record ResultView(UUID proposalId, ProposalStatus status, int complexSize, int tenancies, Integer agreed, Integer disagreed, int voted,
		int notVoted, BigDecimal agreedPct, BigDecimal turnoutPct, int thresholdPct, boolean presumptionApplies, Boolean presumedReasonable,
		LocalDate noticeDate, List<Entrance> entrances, List<TenancyVote> votes, List<Notice> notices) {

	/** Turnout behind one front door of the street (a number, with its letters and additions): where to knock. */
	public record Entrance(String street, int number, int tenancies, int voted) {

		public int turnoutPct() {
			return tenancies == 0 ? 0 : voted * 100 / tenancies;
		}
	}

	/** How one tenancy's vote stands: {@code choice} null when it has not voted; who recorded a paper form. */
	public record TenancyVote(UUID dwellingId, String address, Tally.Choice choice, Tally.Channel channel, OffsetDateTime castAt,
			String recordedBy, UUID paperFormId) {
	}

	/** The notice that 70% agreed, to a tenancy that did not: it may go to court until {@code periodEndsOn}. */
	public record Notice(UUID dwellingId, String address, LocalDate noticeDate, LocalDate periodEndsOn) {
	}
}
