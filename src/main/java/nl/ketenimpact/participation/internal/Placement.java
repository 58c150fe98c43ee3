package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.participation.PlacementEnded;
import nl.ketenimpact.participation.PlacementOutcome;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;

/**
 * A work-experience place or internship: running while hours are logged per week within its period, ended once by its
 * outcome (a dropout with a reason, a hire with its contract type). Plain Java; the outcome registers
 * {@link PlacementEnded} and {@link PlacementRepository} loads and saves it.
 */
final class Placement {

	private final UUID id;

	private final UUID projectId;

	private final UUID offeredBy;

	private final LocalDate startDate;

	private final LocalDate endDate;

	private PlacementOutcome outcome;

	private String reason;

	private ContractType contractType;

	private PlacementEnded event;

	Placement(UUID id, UUID projectId, UUID offeredBy, LocalDate startDate, LocalDate endDate, PlacementOutcome outcome) {
		this.id = id;
		this.projectId = projectId;
		this.offeredBy = offeredBy;
		this.startDate = startDate;
		this.endDate = endDate;
		this.outcome = outcome;
	}

	/** The Monday of the week the hours are for, after checking the week lies in the placement and not in the future. */
	LocalDate week(LocalDate weekStart, BigDecimal hours, LocalDate today) {
		List<FieldMessage> errors = new ArrayList<>();
		if (weekStart == null) {
			errors.add(new FieldMessage("weekStart", "validation.required"));
		}
		else if (weekStart.isBefore(startDate.minusDays(6)) || weekStart.isAfter(endDate) || weekStart.isAfter(today)) {
			errors.add(new FieldMessage("weekStart", "placement.week.outside"));
		}
		if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(80)) > 0) {
			errors.add(new FieldMessage("hours", "placement.hours.range"));
		}
		InvalidInput.throwIfAny(errors);
		return weekStart.with(DayOfWeek.MONDAY);
	}

	void end(PlacementOutcome how, String why, ContractType contract) {
		if (outcome != null) {
			throw new PlacementAlreadyEnded();
		}
		List<FieldMessage> errors = new ArrayList<>();
		if (how == null) {
			errors.add(new FieldMessage("outcome", "validation.required"));
		}
		if (how == PlacementOutcome.DROPPED_OUT && (why == null || why.isBlank())) {
			errors.add(new FieldMessage("reason", "review.reason.required"));
		}
		if (how == PlacementOutcome.HIRED && contract == null) {
			errors.add(new FieldMessage("contractType", "validation.required"));
		}
		InvalidInput.throwIfAny(errors);
		outcome = how;
		reason = why == null || why.isBlank() ? null : why.strip();
		contractType = how == PlacementOutcome.HIRED ? contract : null;
		event = new PlacementEnded(id, projectId, offeredBy, how);
	}

	UUID id() {
		return id;
	}

	PlacementOutcome outcome() {
		return outcome;
	}

	String reason() {
		return reason;
	}

	ContractType contractType() {
		return contractType;
	}

	/** The outcome's event, or null. */
	PlacementEnded event() {
		return event;
	}

	/** A second outcome for a placement (409). */
	static final class PlacementAlreadyEnded extends Conflict {

		PlacementAlreadyEnded() {
			super("placement.outcome.recorded");
		}
	}
}
