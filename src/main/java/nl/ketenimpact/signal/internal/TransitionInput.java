package nl.ketenimpact.signal.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.signal.ContactResponse;
import nl.ketenimpact.signal.Outcome;
import nl.ketenimpact.signal.ReferralOutcome;

/**
 * One step in a signal's follow-up. Which fields are needed depends on the action: RECORD_CONTACT
 * {response, note}; REFER {organisationId, lawfulBasis, consentDate (consent), explicitConsent (health,
 * confusion), justification (vital interest)}; CLOSE {outcome}; REPORT_BACK {referralOutcome, note}; CONTACT_ATTEMPT_FAILED {retryOn, note}.
 */
public record TransitionInput(@NotNull(message = "{validation.required}") SignalAction action,
		@Size(max = 1000, message = "{validation.size.max}") String note, ContactResponse response, UUID organisationId,
		LawfulBasis lawfulBasis, LocalDate consentDate, Boolean explicitConsent,
		@Size(max = 500, message = "{validation.size.max}") String justification, Outcome outcome, ReferralOutcome referralOutcome,
		LocalDate retryOn) {

	/** The steps without a date to try again. */
	public TransitionInput(SignalAction action, String note, ContactResponse response, UUID organisationId, LawfulBasis lawfulBasis,
			LocalDate consentDate, Boolean explicitConsent, String justification, Outcome outcome, ReferralOutcome referralOutcome) {
		this(action, note, response, organisationId, lawfulBasis, consentDate, explicitConsent, justification, outcome, referralOutcome, null);
	}

	public static TransitionInput of(SignalAction action) {
		return new TransitionInput(action, null, null, null, null, null, null, null, null, null, null);
	}
}
