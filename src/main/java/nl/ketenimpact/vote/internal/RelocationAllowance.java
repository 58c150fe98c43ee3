package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The legal minimum of the relocation allowance (verhuiskostenvergoeding, BW 7:220 lid 5–6) when tenants must move
 * out for the renovation: indexed every 1 March by ministerial regulation. The amounts known when this was written;
 * later years come from the admin's setting with its validity (the issue that builds the proposals adds it).
 */
public final class RelocationAllowance {

	private static final NavigableMap<LocalDate, BigDecimal> KNOWN = new TreeMap<>(Map.of(
			LocalDate.of(2017, 3, 1), new BigDecimal("5910"),
			LocalDate.of(2021, 3, 1), new BigDecimal("6334"),
			LocalDate.of(2024, 2, 29), new BigDecimal("7428")));

	private RelocationAllowance() {
	}

	/** The minimum on a day, from the amounts known; empty before the first. */
	public static Optional<BigDecimal> minimumOn(LocalDate day) {
		return Optional.ofNullable(KNOWN.floorEntry(day)).map(Map.Entry::getValue);
	}

	/** Whether an offered allowance meets the minimum on the day tenants must move out. */
	public static boolean meets(BigDecimal offered, LocalDate moveOut) {
		return offered != null && minimumOn(moveOut).map(minimum -> offered.compareTo(minimum) >= 0).orElse(true);
	}
}
