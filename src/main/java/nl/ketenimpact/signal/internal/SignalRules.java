package nl.ketenimpact.signal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.signal.SignalCategory;

/** The follow-up rules of a signal in plain Java: which step may follow which, and what a referral needs. */
public final class SignalRules {

	private SignalRules() {
	}

	/** Whether the social team may take this step from this status. */
	public static boolean allowed(SignalStatus status, SignalAction action) {
		return switch (action) {
			case PICK_UP -> status == SignalStatus.RECEIVED;
			case RECORD_CONTACT, CONTACT_ATTEMPT_FAILED, CLOSE -> status == SignalStatus.PICKED_UP || status == SignalStatus.REFERRED;
			case REFER -> status == SignalStatus.PICKED_UP;
			case WITHDRAW_CONSENT, REPORT_BACK -> status == SignalStatus.REFERRED;
		};
	}

	/** The status after the step. */
	public static SignalStatus next(SignalStatus status, SignalAction action) {
		return switch (action) {
			case PICK_UP, WITHDRAW_CONSENT -> SignalStatus.PICKED_UP;
			case REFER -> SignalStatus.REFERRED;
			case CLOSE -> SignalStatus.CLOSED;
			case RECORD_CONTACT, CONTACT_ATTEMPT_FAILED, REPORT_BACK -> status;
		};
	}

	/**
	 * A referral needs a lawful basis: consent of the tenant with its date (not in the future), or vital
	 * interest with a justification. Health and confusion are special-category data: consent must be explicit.
	 */
	public static List<FieldMessage> checkReferral(TransitionInput input, Collection<SignalCategory> categories, LocalDate today) {
		List<FieldMessage> errors = new ArrayList<>();
		if (input.organisationId() == null) {
			errors.add(new FieldMessage("organisationId", "validation.required"));
		}
		if (input.lawfulBasis() == null) {
			errors.add(new FieldMessage("lawfulBasis", "signal.referral.basisRequired"));
			return errors;
		}
		switch (input.lawfulBasis()) {
			case CONSENT -> {
				if (input.consentDate() == null) {
					errors.add(new FieldMessage("consentDate", "signal.referral.consentDateRequired"));
				}
				else if (input.consentDate().isAfter(today)) {
					errors.add(new FieldMessage("consentDate", "signal.referral.consentDateFuture"));
				}
				boolean special = categories.stream().anyMatch(SignalCategory::isSpecialCategory);
				if (special && !Boolean.TRUE.equals(input.explicitConsent())) {
					errors.add(new FieldMessage("explicitConsent", "signal.referral.explicitConsentRequired"));
				}
			}
			case VITAL_INTEREST -> {
				if (input.justification() == null || input.justification().isBlank()) {
					errors.add(new FieldMessage("justification", "signal.referral.justificationRequired"));
				}
			}
		}
		return errors;
	}
}
