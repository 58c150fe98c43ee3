package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.vote.internal.Tally.Channel;
import nl.ketenimpact.vote.internal.Tally.Choice;
import nl.ketenimpact.vote.internal.Tally.Dwelling;
import nl.ketenimpact.vote.internal.Tally.Vote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 70% rule on hand-made complexes. */
class TallyTests {

	private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");

	private static List<Dwelling> complex(int occupied, int vacant) {
		List<Dwelling> dwellings = new ArrayList<>();
		for (int i = 0; i < occupied; i++) {
			dwellings.add(new Dwelling(UUID.randomUUID(), true));
		}
		for (int i = 0; i < vacant; i++) {
			dwellings.add(new Dwelling(UUID.randomUUID(), false));
		}
		return dwellings;
	}

	/** The first {@code agree} tenancies agree, the next {@code disagree} disagree, the rest do not vote. */
	private static List<Vote> votes(List<Dwelling> complex, int agree, int disagree) {
		List<Vote> votes = new ArrayList<>();
		List<Dwelling> tenancies = complex.stream().filter(Dwelling::occupied).toList();
		for (int i = 0; i < agree + disagree; i++) {
			votes.add(new Vote(tenancies.get(i).id(), i < agree ? Choice.AGREE : Choice.DISAGREE, Channel.PORTAL, T.plusSeconds(i)));
		}
		return votes;
	}

	@Test
	void exactlySeventyPercentOfAllTenanciesIsEnoughAndOneLessIsNot() {
		List<Dwelling> ten = complex(10, 0);
		Tally.Result seven = Tally.count(ten, votes(ten, 7, 3), true);
		assertThat(seven.agreedPct()).isEqualByComparingTo("70.0");
		assertThat(seven.presumedReasonable()).isTrue();
		Tally.Result six = Tally.count(ten, votes(ten, 6, 4), true);
		assertThat(six.presumedReasonable()).isFalse();
		// 69.99…% reads as 69.9, never as 70.0.
		List<Dwelling> big = complex(1000, 0);
		Tally.Result justUnder = Tally.count(big, votes(big, 699, 0), true);
		assertThat(justUnder.agreedPct()).isEqualByComparingTo("69.9");
		assertThat(justUnder.presumedReasonable()).isFalse();
	}

	@Test
	void tenanciesThatDidNotVoteHaveNotAgreedThePercentageIsOfAllTenancies() {
		List<Dwelling> twenty = complex(20, 0);
		// 13 agree, none disagree, 7 silent: 65% of all tenancies, though 100% of those who voted.
		Tally.Result result = Tally.count(twenty, votes(twenty, 13, 0), true);
		assertThat(result.tenancies()).isEqualTo(20);
		assertThat(result.notVoted()).isEqualTo(7);
		assertThat(result.agreedPct()).isEqualByComparingTo("65.0");
		assertThat(result.presumedReasonable()).isFalse();
	}

	@Test
	void vacantDwellingsDoNotCountButMakeTheComplexBigEnough() {
		// 8 tenancies and 2 vacant: a complex of 10, so the presumption applies; 6 of 8 is 75%.
		List<Dwelling> complex = complex(8, 2);
		Tally.Result result = Tally.count(complex, votes(complex, 6, 1), true);
		assertThat(result.complexSize()).isEqualTo(10);
		assertThat(result.tenancies()).isEqualTo(8);
		assertThat(result.agreedPct()).isEqualByComparingTo("75.0");
		assertThat(result.presumptionApplies()).isTrue();
		assertThat(result.presumedReasonable()).isTrue();
		// A vote for a vacant dwelling is not counted.
		Dwelling vacant = complex.stream().filter(d -> !d.occupied()).findFirst().orElseThrow();
		List<Vote> withVacant = new ArrayList<>(votes(complex, 6, 1));
		withVacant.add(new Vote(vacant.id(), Choice.AGREE, Channel.PAPER, T));
		assertThat(Tally.count(complex, withVacant, true).agreed()).isEqualTo(6);
	}

	@Test
	void nineDwellingsGetNoPresumptionWhateverTheyVote() {
		List<Dwelling> nine = complex(9, 0);
		Tally.Result all = Tally.count(nine, votes(nine, 9, 0), true);
		assertThat(all.agreedPct()).isEqualByComparingTo("100.0");
		assertThat(all.presumptionApplies()).isFalse();
		assertThat(all.presumedReasonable()).isFalse();
	}

	@Test
	void whileTheVoteRunsNothingIsPresumedYet() {
		List<Dwelling> ten = complex(10, 0);
		Tally.Result running = Tally.count(ten, votes(ten, 10, 0), false);
		assertThat(running.agreedPct()).isEqualByComparingTo("100.0");
		assertThat(running.presumedReasonable()).isFalse();
	}

	@Test
	void aChangedVoteCountsOnceAsItsLatestChoice() {
		List<Dwelling> ten = complex(10, 0);
		List<Vote> votes = new ArrayList<>(votes(ten, 7, 0));
		UUID changing = votes.get(0).dwellingId();
		votes.add(new Vote(changing, Choice.DISAGREE, Channel.PORTAL, T.plusSeconds(3600)));
		Tally.Result result = Tally.count(ten, votes, true);
		assertThat(result.agreed()).isEqualTo(6);
		assertThat(result.disagreed()).isEqualTo(1);
		assertThat(result.notVoted()).isEqualTo(3);
		assertThat(result.presumedReasonable()).isFalse();
	}

	@Test
	void theTenantsOwnVoteWinsOverThePaperFormRecordedForThem() {
		UUID dwelling = UUID.randomUUID();
		Vote paper = new Vote(dwelling, Choice.AGREE, Channel.PAPER, T);
		Vote own = new Vote(dwelling, Choice.DISAGREE, Channel.PORTAL, T.plusSeconds(60));
		assertThat(Tally.counting(List.of(paper, own))).contains(own);
		// Even a paper form recorded after it does not overrule the tenant.
		Vote laterPaper = new Vote(dwelling, Choice.AGREE, Channel.PAPER, T.plusSeconds(120));
		assertThat(Tally.counting(List.of(paper, own, laterPaper))).contains(own);
		assertThat(Tally.counting(List.of(paper, laterPaper))).contains(laterPaper);
		assertThat(Tally.counting(List.of())).isEmpty();
	}

	@Test
	void aComplexWithoutTenanciesCountsZero() {
		Tally.Result empty = Tally.count(complex(0, 12), List.of(), true);
		assertThat(empty.tenancies()).isZero();
		assertThat(empty.agreedPct()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(empty.presumedReasonable()).isFalse();
	}
}
