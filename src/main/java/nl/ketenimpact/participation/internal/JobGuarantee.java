package nl.ketenimpact.participation.internal;

import java.time.LocalDate;
import java.util.Collection;

import nl.ketenimpact.participation.PlacementOutcome;

/**
 * A job guarantee is honoured only by a job offer: of the internships with a guarantee that ended
 * successfully, the share that ended HIRED. One that ends in a month without a job offer is at risk.
 */
public final class JobGuarantee {

	private JobGuarantee() {
	}

	public record Placement(LocalDate endDate, PlacementOutcome outcome) {
	}

	/** Percentage 0–100, or null when no guaranteed internship has ended successfully yet. */
	public static Integer fulfilmentRate(Collection<Placement> guaranteed) {
		long ended = guaranteed.stream().filter(p -> p.outcome() != null && p.outcome().successful()).count();
		long hired = guaranteed.stream().filter(p -> p.outcome() == PlacementOutcome.HIRED).count();
		return fulfilmentRate(ended, hired);
	}

	/** The same from counts (dashboards count in the database): null before any guaranteed internship ended successfully. */
	public static Integer fulfilmentRate(long endedSuccessfully, long hired) {
		return endedSuccessfully == 0 ? null : (int) (hired * 100 / endedSuccessfully);
	}

	/** Still running within 30 days of its end (or past it) without a job offer, or completed without one. */
	public static boolean atRisk(Placement placement, LocalDate today) {
		if (placement.outcome() == PlacementOutcome.HIRED || placement.outcome() == PlacementOutcome.DROPPED_OUT) {
			return false;
		}
		if (placement.outcome() != null) {
			return true;
		}
		return !placement.endDate().isAfter(today.plusDays(30));
	}
}
