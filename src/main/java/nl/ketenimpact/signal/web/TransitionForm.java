package nl.ketenimpact.signal.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.signal.ContactResponse;
import nl.ketenimpact.signal.Outcome;
import nl.ketenimpact.signal.ReferralOutcome;
import nl.ketenimpact.signal.internal.LawfulBasis;
import nl.ketenimpact.signal.internal.SignalAction;
import nl.ketenimpact.signal.internal.TransitionInput;

import org.springframework.format.annotation.DateTimeFormat;

/** One step of a signal's follow-up as the detail page's forms post it (each form sends the fields of its step). */
record TransitionForm(@NotNull SignalAction action, @Size(max = 1000) String note, ContactResponse response, UUID organisationId,
		LawfulBasis lawfulBasis, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentDate, Boolean explicitConsent,
		@Size(max = 500) String justification, Outcome outcome, ReferralOutcome referralOutcome,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retryOn) {

	TransitionInput toInput() {
		return new TransitionInput(action, note, response, organisationId, lawfulBasis, consentDate, explicitConsent, justification, outcome,
				referralOutcome, retryOn);
	}
}
