package nl.ketenimpact.signal.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.signal.ContactResponse;
import nl.ketenimpact.signal.Outcome;
import nl.ketenimpact.signal.ReferralConsentWithdrawn;
import nl.ketenimpact.signal.SignalCategory;
import nl.ketenimpact.signal.SignalContactAttemptFailed;
import nl.ketenimpact.signal.SignalPickedUp;
import nl.ketenimpact.signal.SignalReferred;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follow-up of a signal as an aggregate, without Spring: what may happen next, what a step needs, what it leaves behind. */
class SignalTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00+01:00");

	private static final UUID WORKER = UUID.randomUUID();

	private static Signal received(SignalCategory... categories) {
		return new Signal(UUID.randomUUID(), UUID.randomUUID(), Set.of(categories), SignalStatus.RECEIVED, null, List.of());
	}

	private static TransitionInput referral(UUID institution, LawfulBasis basis, LocalDate consentDate, Boolean explicit) {
		return new TransitionInput(SignalAction.REFER, null, null, institution, basis, consentDate, explicit, null, null, null);
	}

	@Test
	void eachStateOffersOnlyTheStepsThatMayFollowIt() {
		assertThat(Signal.allowedActions(SignalStatus.RECEIVED)).containsExactly(SignalAction.PICK_UP);
		assertThat(Signal.allowedActions(SignalStatus.PICKED_UP))
			.containsExactlyInAnyOrder(SignalAction.RECORD_CONTACT, SignalAction.CONTACT_ATTEMPT_FAILED, SignalAction.REFER, SignalAction.CLOSE);
		assertThat(Signal.allowedActions(SignalStatus.REFERRED)).containsExactlyInAnyOrder(SignalAction.RECORD_CONTACT,
				SignalAction.CONTACT_ATTEMPT_FAILED, SignalAction.WITHDRAW_CONSENT, SignalAction.CLOSE, SignalAction.REPORT_BACK);
		assertThat(Signal.allowedActions(SignalStatus.CLOSED)).isEmpty();
	}

	@Test
	void aStepThatMayNotFollowIsRefusedByNameAndChangesNothing() {
		Signal signal = received(SignalCategory.LONELINESS);
		assertThatThrownBy(() -> signal.close(WORKER, Outcome.HELP_ACCEPTED, NOW)).isInstanceOf(SignalStepRefused.class);
		assertThatThrownBy(() -> signal.contactAttemptFailed(WORKER, TODAY.plusDays(1), null, NOW, TODAY)).isInstanceOf(SignalStepRefused.class);
		assertThat(signal.status()).isEqualTo(SignalStatus.RECEIVED);
		assertThat(signal.events()).isEmpty();
	}

	@Test
	void pickingUpThenReferringWithConsentLeavesTheirEventsInOrder() {
		Signal signal = received(SignalCategory.FINANCIAL_WORRIES);
		UUID institution = UUID.randomUUID();
		signal.pickUp(WORKER, NOW);
		signal.refer(WORKER, referral(institution, LawfulBasis.CONSENT, TODAY, false), true, NOW, TODAY);
		assertThat(signal.status()).isEqualTo(SignalStatus.REFERRED);
		assertThat(signal.events()).containsExactly(new SignalPickedUp(signal.id(), signal.corporationId()),
				new SignalReferred(signal.id(), signal.corporationId(), institution));
		assertThat(signal.referrals()).singleElement().satisfies(r -> assertThat(r.consentActive).isTrue());
	}

	@Test
	void aReferralNeedsALawfulBasisExplicitConsentForHealthAndAnInstitutionThatReceivesReferrals() {
		Signal signal = received(SignalCategory.HEALTH);
		signal.pickUp(WORKER, NOW);
		assertThatThrownBy(() -> signal.refer(WORKER, referral(UUID.randomUUID(), null, null, null), true, NOW, TODAY))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> signal.refer(WORKER, referral(UUID.randomUUID(), LawfulBasis.CONSENT, TODAY, false), true, NOW, TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).anyMatch(m -> m.field().equals("explicitConsent")));
		assertThatThrownBy(() -> signal.refer(WORKER, referral(UUID.randomUUID(), LawfulBasis.CONSENT, TODAY, true), false, NOW, TODAY))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).anyMatch(m -> m.field().equals("organisationId")));
		assertThat(signal.status()).isEqualTo(SignalStatus.PICKED_UP);
		assertThat(signal.referrals()).isEmpty();
	}

	@Test
	void withdrawingConsentOfItsOwnReferralSendsTheSignalBackToTheTeam() {
		UUID institution = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		Signal signal = new Signal(UUID.randomUUID(), UUID.randomUUID(), EnumSet.of(SignalCategory.CONFUSION), SignalStatus.REFERRED, null,
				List.of(new Signal.Referral(UUID.randomUUID(), institution, true, null), new Signal.Referral(UUID.randomUUID(), other, true, null)));
		signal.withdrawConsent(WORKER, false, institution, NOW);
		assertThat(signal.status()).isEqualTo(SignalStatus.PICKED_UP);
		assertThat(signal.referrals()).extracting(r -> r.consentActive).containsExactly(false, true);
		assertThat(signal.events()).containsExactly(new ReferralConsentWithdrawn(signal.id(), signal.corporationId()));
	}

	@Test
	void aFailedContactAttemptNeedsADayFromTodayWithinSixtyDaysAndKeepsTheState() {
		Signal signal = received(SignalCategory.LONELINESS);
		signal.pickUp(WORKER, NOW);
		assertThatThrownBy(() -> signal.contactAttemptFailed(WORKER, null, null, NOW, TODAY)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> signal.contactAttemptFailed(WORKER, TODAY.minusDays(1), null, NOW, TODAY)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> signal.contactAttemptFailed(WORKER, TODAY.plusDays(61), null, NOW, TODAY)).isInstanceOf(InvalidInput.class);
		signal.contactAttemptFailed(WORKER, TODAY.plusDays(60), "belde twee keer", NOW, TODAY);
		assertThat(signal.status()).isEqualTo(SignalStatus.PICKED_UP);
		assertThat(signal.retryOn()).isEqualTo(TODAY.plusDays(60));
		assertThat(signal.newContacts()).singleElement().satisfies(c -> assertThat(c.response()).isEqualTo(ContactResponse.NOT_REACHED));
		assertThat(signal.events()).last().isEqualTo(new SignalContactAttemptFailed(signal.id(), signal.corporationId(), TODAY.plusDays(60)));
	}
}
