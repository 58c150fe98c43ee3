package nl.ketenimpact.signal.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.signal.ContactResponse;
import nl.ketenimpact.signal.Outcome;
import nl.ketenimpact.signal.ReferralConsentWithdrawn;
import nl.ketenimpact.signal.ReferralOutcome;
import nl.ketenimpact.signal.ReferralReportedBack;
import nl.ketenimpact.signal.SignalCategory;
import nl.ketenimpact.signal.SignalClosed;
import nl.ketenimpact.signal.SignalContactAttemptFailed;
import nl.ketenimpact.signal.SignalContactRecorded;
import nl.ketenimpact.signal.SignalPickedUp;
import nl.ketenimpact.signal.SignalReferred;

/**
 * The follow-up of one signal as one object (plain Java, tested without Spring): it knows its state and its
 * referrals, refuses a step that may not happen now ({@link SignalStepRefused}), checks what a step needs, changes
 * its state and registers what happened as an event. {@link SignalRepository} loads and saves it; who may act is
 * decided by {@link SignalFollowUp} before a step is asked for.
 */
public final class Signal {

	/** How far ahead a failed contact attempt may be planned again. */
	static final int MAX_RETRY_DAYS = 60;

	/** A referral as the follow-up needs it: to whom, whether consent stands, and what is new in this step. */
	static final class Referral {

		final UUID id;

		final UUID organisationId;

		boolean consentActive;

		boolean withdrawnNow;

		ReferralOutcome reportedOutcome;

		String reportedNote;

		final TransitionInput created;

		Referral(UUID id, UUID organisationId, boolean consentActive, TransitionInput created) {
			this.id = id;
			this.organisationId = organisationId;
			this.consentActive = consentActive;
			this.created = created;
		}
	}

	/** A contact with the tenant recorded in this step. */
	record Contact(UUID id, ContactResponse response, String note) {
	}

	private final UUID id;

	private final UUID corporationId;

	private final Set<SignalCategory> categories;

	private SignalStatus status;

	private final List<Referral> referrals;

	private final List<Contact> newContacts = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private UUID actor;

	private OffsetDateTime at;

	private boolean pickedUpNow;

	private Outcome outcome;

	private LocalDate retryOn;

	private boolean retryChanged;

	Signal(UUID id, UUID corporationId, Set<SignalCategory> categories, SignalStatus status, LocalDate retryOn, List<Referral> referrals) {
		this.id = id;
		this.corporationId = corporationId;
		this.categories = categories.isEmpty() ? EnumSet.noneOf(SignalCategory.class) : EnumSet.copyOf(categories);
		this.status = status;
		this.retryOn = retryOn;
		this.referrals = new ArrayList<>(referrals);
	}

	/** What may happen next from this state: what views offer, instead of comparing status names. */
	Set<SignalAction> allowedActions() {
		return allowedActions(status);
	}

	static Set<SignalAction> allowedActions(SignalStatus status) {
		EnumSet<SignalAction> actions = EnumSet.noneOf(SignalAction.class);
		for (SignalAction action : SignalAction.values()) {
			if (SignalRules.allowed(status, action)) {
				actions.add(action);
			}
		}
		return actions;
	}

	/** Takes the step the input names: the only way in for callers that act on a request. */
	void apply(TransitionInput input, UUID by, OffsetDateTime now, LocalDate today, boolean institutionReceivesReferrals, boolean wholeTeam,
			UUID actorOrganisation) {
		switch (input.action()) {
			case PICK_UP -> pickUp(by, now);
			case RECORD_CONTACT -> recordContact(by, input.response(), input.note(), now);
			case CONTACT_ATTEMPT_FAILED -> contactAttemptFailed(by, input.retryOn(), input.note(), now, today);
			case REFER -> refer(by, input, institutionReceivesReferrals, now, today);
			case WITHDRAW_CONSENT -> withdrawConsent(by, wholeTeam, actorOrganisation, now);
			case CLOSE -> close(by, input.outcome(), now);
			case REPORT_BACK -> reportBack(by, actorOrganisation, input.referralOutcome(), input.note(), now);
		}
	}

	void pickUp(UUID by, OffsetDateTime now) {
		step(SignalAction.PICK_UP, by, now);
		pickedUpNow = true;
		events.add(new SignalPickedUp(id, corporationId));
	}

	void recordContact(UUID by, ContactResponse response, String note, OffsetDateTime now) {
		require(SignalAction.RECORD_CONTACT);
		if (response == null) {
			throw new InvalidInput("response", "validation.required");
		}
		step(SignalAction.RECORD_CONTACT, by, now);
		newContacts.add(new Contact(UUID.randomUUID(), response, note));
		events.add(new SignalContactRecorded(id, corporationId, response));
	}

	/** Nobody was reached: recorded as such, and the date to try again is kept on the signal (the queue shows it). */
	void contactAttemptFailed(UUID by, LocalDate tryAgainOn, String note, OffsetDateTime now, LocalDate today) {
		require(SignalAction.CONTACT_ATTEMPT_FAILED);
		if (tryAgainOn == null) {
			throw new InvalidInput("retryOn", "validation.required");
		}
		if (tryAgainOn.isBefore(today) || tryAgainOn.isAfter(today.plusDays(MAX_RETRY_DAYS))) {
			throw new InvalidInput("retryOn", "signal.retryOn.range", MAX_RETRY_DAYS);
		}
		step(SignalAction.CONTACT_ATTEMPT_FAILED, by, now);
		newContacts.add(new Contact(UUID.randomUUID(), ContactResponse.NOT_REACHED, note));
		retryOn = tryAgainOn;
		retryChanged = true;
		events.add(new SignalContactAttemptFailed(id, corporationId, tryAgainOn));
	}

	/** A referral needs a lawful basis (SignalRules) and an institution that receives referrals. */
	void refer(UUID by, TransitionInput input, boolean institutionReceivesReferrals, OffsetDateTime now, LocalDate today) {
		require(SignalAction.REFER);
		List<FieldMessage> errors = new ArrayList<>(SignalRules.checkReferral(input, categories, today));
		if (input.organisationId() != null && !institutionReceivesReferrals) {
			errors.add(new FieldMessage("organisationId", "signal.referral.institution"));
		}
		InvalidInput.throwIfAny(errors);
		step(SignalAction.REFER, by, now);
		referrals.add(new Referral(UUID.randomUUID(), input.organisationId(), true, input));
		events.add(new SignalReferred(id, corporationId, input.organisationId()));
	}

	/** The social team withdraws every referral's consent, an institution only its own; back to the team when any was withdrawn. */
	void withdrawConsent(UUID by, boolean wholeTeam, UUID organisation, OffsetDateTime now) {
		require(SignalAction.WITHDRAW_CONSENT);
		boolean any = false;
		for (Referral referral : referrals) {
			if (referral.consentActive && (wholeTeam || referral.organisationId.equals(organisation))) {
				referral.consentActive = false;
				referral.withdrawnNow = true;
				any = true;
			}
		}
		actor = by;
		at = now;
		if (any) {
			status = SignalRules.next(status, SignalAction.WITHDRAW_CONSENT);
			events.add(new ReferralConsentWithdrawn(id, corporationId));
		}
	}

	void close(UUID by, Outcome closedWith, OffsetDateTime now) {
		require(SignalAction.CLOSE);
		if (closedWith == null) {
			throw new InvalidInput("outcome", "signal.outcome.required");
		}
		step(SignalAction.CLOSE, by, now);
		outcome = closedWith;
		events.add(new SignalClosed(id, corporationId, closedWith));
	}

	/** The institution's outcome on its own referrals that still have consent. */
	void reportBack(UUID by, UUID institution, ReferralOutcome referralOutcome, String note, OffsetDateTime now) {
		require(SignalAction.REPORT_BACK);
		if (referralOutcome == null) {
			throw new InvalidInput("referralOutcome", "signal.outcome.required");
		}
		step(SignalAction.REPORT_BACK, by, now);
		for (Referral referral : referrals) {
			if (referral.consentActive && referral.organisationId.equals(institution)) {
				referral.reportedOutcome = referralOutcome;
				referral.reportedNote = note;
			}
		}
		events.add(new ReferralReportedBack(id, institution, referralOutcome, corporationId));
	}

	private void require(SignalAction action) {
		if (!SignalRules.allowed(status, action)) {
			throw new SignalStepRefused(action, status);
		}
	}

	private void step(SignalAction action, UUID by, OffsetDateTime now) {
		require(action);
		status = SignalRules.next(status, action);
		actor = by;
		at = now;
	}

	UUID id() {
		return id;
	}

	UUID corporationId() {
		return corporationId;
	}

	SignalStatus status() {
		return status;
	}

	List<Referral> referrals() {
		return Collections.unmodifiableList(referrals);
	}

	List<Contact> newContacts() {
		return Collections.unmodifiableList(newContacts);
	}

	/** The events of the steps taken since loading, in order; published after saving. */
	List<Object> events() {
		return List.copyOf(events);
	}

	UUID actor() {
		return actor;
	}

	OffsetDateTime at() {
		return at;
	}

	boolean pickedUpNow() {
		return pickedUpNow;
	}

	Outcome outcome() {
		return outcome;
	}

	LocalDate retryOn() {
		return retryOn;
	}

	boolean retryChanged() {
		return retryChanged;
	}
}
