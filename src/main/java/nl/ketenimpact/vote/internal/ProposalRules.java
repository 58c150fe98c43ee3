package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import nl.ketenimpact.shared.FieldMessage;

/**
 * What a proposal must state before it can be put to the tenants (DOMAIN_RULES §5), checked in plain Java: every field
 * a message of its own, so the form shows them all at once and nothing is saved.
 */
public final class ProposalRules {

	static final BigDecimal MAX_RENT = new BigDecimal("10000");

	/** A vote of more than half a year is not a vote on this proposal any more. */
	static final int MAX_VOTING_DAYS = 183;

	private ProposalRules() {
	}

	/**
	 * The complex: the chosen dwellings (all of the project's when none are chosen), each one of the project's.
	 * Messages go to {@code dwellingIds[i]}.
	 */
	static List<UUID> complex(ProposalInput input, List<UUID> projectDwellings, List<FieldMessage> errors) {
		if (input.dwellingIds().isEmpty()) {
			if (projectDwellings.isEmpty()) {
				errors.add(new FieldMessage("dwellingIds", "proposal.dwellings.none"));
			}
			return projectDwellings;
		}
		Set<UUID> known = new HashSet<>(projectDwellings);
		for (int i = 0; i < input.dwellingIds().size(); i++) {
			if (!known.contains(input.dwellingIds().get(i))) {
				errors.add(new FieldMessage("dwellingIds[" + i + "]", "proposal.dwellings.unknown"));
			}
		}
		return input.dwellingIds();
	}

	/**
	 * All rules; {@code minimumOn} gives the legal minimum of the relocation allowance on a day, {@code partners} the
	 * chain partners of the project (the tenant liaison must be one), {@code projectDwellings} its dwellings.
	 */
	public static List<FieldMessage> check(ProposalInput input, LocalDate today, List<UUID> projectDwellings, Set<UUID> partners,
			Function<LocalDate, Optional<BigDecimal>> minimumOn) {
		List<FieldMessage> errors = new ArrayList<>();
		text(errors, "title", input.title(), 160, true);
		text(errors, "worksRenovation", input.worksRenovation(), 4000, true);
		text(errors, "worksMaintenance", input.worksMaintenance(), 4000, false);
		text(errors, "temporaryDwelling", input.temporaryDwelling(), 1000, false);
		text(errors, "tenantsAssociation", input.tenantsAssociation(), 160, false);
		List<UUID> complex = complex(input, projectDwellings, errors);
		rentChanges(input, new HashSet<>(complex), errors);
		if (input.durationWeeks() == null) {
			errors.add(new FieldMessage("durationWeeks", "validation.required"));
		}
		else if (input.durationWeeks() < 1 || input.durationWeeks() > 520) {
			errors.add(new FieldMessage("durationWeeks", "proposal.durationWeeks.range"));
		}
		if (input.inhabited() == null) {
			errors.add(new FieldMessage("inhabited", "validation.required"));
		}
		else if (!input.inhabited()) {
			// Tenants must move out: they are told where to, and get at least the legal relocation allowance.
			if (blank(input.temporaryDwelling())) {
				errors.add(new FieldMessage("temporaryDwelling", "proposal.temporaryDwelling.required"));
			}
			allowance(input, minimumOn, errors);
		}
		if (input.relocationAllowanceEur() != null && input.relocationAllowanceEur().signum() < 0) {
			errors.add(new FieldMessage("relocationAllowanceEur", "validation.notNegative"));
		}
		if (!blank(input.socialPlanUrl()) && !webAddress(input.socialPlanUrl())) {
			errors.add(new FieldMessage("socialPlanUrl", "proposal.socialPlanUrl.invalid"));
		}
		if (input.liaisonOrganisationId() != null && !partners.contains(input.liaisonOrganisationId())) {
			errors.add(new FieldMessage("liaisonOrganisationId", "proposal.liaison.notPartner"));
		}
		period(input, today, errors);
		return errors;
	}

	private static void allowance(ProposalInput input, Function<LocalDate, Optional<BigDecimal>> minimumOn, List<FieldMessage> errors) {
		if (input.relocationAllowanceEur() == null) {
			errors.add(new FieldMessage("relocationAllowanceEur", "proposal.relocationAllowance.required"));
			return;
		}
		LocalDate day = input.moveOutDay();
		if (day == null) {
			return;
		}
		minimumOn.apply(day).filter(minimum -> input.relocationAllowanceEur().compareTo(minimum) < 0)
			.ifPresent(minimum -> errors.add(new FieldMessage("relocationAllowanceEur", "proposal.relocationAllowance.belowMinimum",
					minimum.stripTrailingZeros().toPlainString(), nl.ketenimpact.shared.DutchDate.format(day))));
	}

	private static void rentChanges(ProposalInput input, Set<UUID> complex, List<FieldMessage> errors) {
		if (input.givenRentChanges().isEmpty()) {
			errors.add(new FieldMessage("rentChanges", "proposal.rentChanges.required"));
			return;
		}
		Set<UUID> named = new HashSet<>();
		int general = 0;
		for (int i = 0; i < input.rentChanges().size(); i++) {
			ProposalInput.RentChange change = input.rentChanges().get(i);
			if (change == null) {
				continue;
			}
			String at = "rentChanges[" + i + "].";
			if (change.dwellingId() == null) {
				if (blank(change.dwellingType())) {
					errors.add(new FieldMessage(at + "dwellingType", "proposal.rentChange.target"));
				}
				else if (++general > 1) {
					errors.add(new FieldMessage(at + "dwellingType", "proposal.rentChange.oneGeneral"));
				}
			}
			else if (!complex.contains(change.dwellingId())) {
				errors.add(new FieldMessage(at + "dwellingId", "proposal.rentChange.notInComplex"));
			}
			else if (!named.add(change.dwellingId())) {
				errors.add(new FieldMessage(at + "dwellingId", "proposal.rentChange.twice"));
			}
			text(errors, at + "dwellingType", change.dwellingType(), 80, false);
			rent(errors, at + "currentRentEur", change.currentRentEur());
			rent(errors, at + "newRentEur", change.newRentEur());
			text(errors, at + "basis", change.basis(), 500, true);
		}
		long without = complex.stream().filter(d -> !named.contains(d)).count();
		if (general == 0 && without > 0) {
			// Every tenant must read their own rent change: name the others by their type in one rent change.
			errors.add(new FieldMessage("rentChanges", "proposal.rentChanges.incomplete", without));
		}
	}

	private static void period(ProposalInput input, LocalDate today, List<FieldMessage> errors) {
		if (input.votingOpensOn() == null) {
			errors.add(new FieldMessage("votingOpensOn", "validation.required"));
		}
		if (input.votingClosesOn() == null) {
			errors.add(new FieldMessage("votingClosesOn", "validation.required"));
			return;
		}
		if (input.votingClosesOn().isBefore(today)) {
			errors.add(new FieldMessage("votingClosesOn", "proposal.votingClosesOn.past"));
		}
		if (input.votingOpensOn() != null) {
			if (input.votingClosesOn().isBefore(input.votingOpensOn())) {
				errors.add(new FieldMessage("votingClosesOn", "proposal.votingClosesOn.beforeOpening"));
			}
			else if (ChronoUnit.DAYS.between(input.votingOpensOn(), input.votingClosesOn()) > MAX_VOTING_DAYS) {
				errors.add(new FieldMessage("votingClosesOn", "proposal.votingClosesOn.tooLong"));
			}
		}
	}

	private static void rent(List<FieldMessage> errors, String field, BigDecimal rent) {
		if (rent == null) {
			errors.add(new FieldMessage(field, "validation.required"));
		}
		else if (rent.signum() < 0 || rent.compareTo(MAX_RENT) > 0 || rent.scale() > 2) {
			errors.add(new FieldMessage(field, "proposal.rent.range"));
		}
	}

	private static void text(List<FieldMessage> errors, String field, String value, int max, boolean required) {
		if (required && blank(value)) {
			errors.add(new FieldMessage(field, "validation.required"));
		}
		else if (value != null && value.strip().length() > max) {
			errors.add(new FieldMessage(field, "validation.tooLong"));
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean webAddress(String value) {
		try {
			URI uri = new URI(value.strip());
			return value.strip().length() <= 300 && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}
}
