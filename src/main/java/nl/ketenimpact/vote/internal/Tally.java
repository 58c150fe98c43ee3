package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The count of a draagvlakmeting (BW 7:220 lid 3, DOMAIN_RULES §5): one vote per tenancy, over all tenancies of the
 * complex. A tenancy that did not vote has not agreed; a vacant dwelling has no tenancy and does not count, but it is
 * part of the complex's size. Only a complex of 10 or more dwellings gets the presumption; then at least 70% of all
 * tenancies agreeing makes the proposal presumed reasonable once the vote is closed. Exactly 70% is enough.
 */
public final class Tally {

	public static final int THRESHOLD_PCT = 70;

	public static final int MINIMUM_COMPLEX = 10;

	private Tally() {
	}

	public enum Choice {
		AGREE, DISAGREE
	}

	/** How a vote came in: the tenant in the portal, or staff recording a signed paper form. */
	public enum Channel {
		PORTAL, PAPER
	}

	/** A dwelling of the complex; {@code occupied} when it has a household (a tenancy). */
	public record Dwelling(UUID id, boolean occupied) {
	}

	public record Vote(UUID dwellingId, Choice choice, Channel channel, Instant castAt) {
	}

	public record Result(int complexSize, int tenancies, int agreed, int disagreed, int notVoted, BigDecimal agreedPct, int thresholdPct,
			boolean presumptionApplies, boolean presumedReasonable) {
	}

	/**
	 * The vote that counts for one tenancy: the tenant's own latest vote when there is one (it wins over a paper form
	 * recorded for them), else the latest paper vote.
	 */
	public static Optional<Vote> counting(Collection<Vote> castForOneTenancy) {
		Comparator<Vote> latest = Comparator.comparing(Vote::castAt);
		Optional<Vote> own = castForOneTenancy.stream().filter(v -> v.channel() == Channel.PORTAL).max(latest);
		return own.isPresent() ? own : castForOneTenancy.stream().max(latest);
	}

	/** The count now ({@code closed} false: the presumption is not yet decided) or at the close. */
	public static Result count(List<Dwelling> complex, Collection<Vote> votes, boolean closed) {
		Set<UUID> tenancies = complex.stream().filter(Dwelling::occupied).map(Dwelling::id).collect(Collectors.toSet());
		Map<UUID, List<Vote>> perTenancy = new HashMap<>();
		for (Vote vote : votes) {
			if (tenancies.contains(vote.dwellingId())) {
				perTenancy.computeIfAbsent(vote.dwellingId(), d -> new java.util.ArrayList<>()).add(vote);
			}
		}
		int agreed = 0;
		int disagreed = 0;
		for (List<Vote> cast : perTenancy.values()) {
			Choice choice = counting(cast).orElseThrow().choice();
			if (choice == Choice.AGREE) {
				agreed++;
			}
			else {
				disagreed++;
			}
		}
		int total = tenancies.size();
		// Rounded down, so that a share just under 70% never reads as 70.0.
		BigDecimal pct = total == 0 ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(agreed * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN);
		boolean applies = complex.size() >= MINIMUM_COMPLEX;
		boolean reasonable = closed && applies && total > 0 && agreed * 100L >= (long) THRESHOLD_PCT * total;
		return new Result(complex.size(), total, agreed, disagreed, total - agreed - disagreed, pct, THRESHOLD_PCT, applies, reasonable);
	}
}
