package nl.ketenimpact.signal.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.signal.SignalCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignalRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	static TransitionInput refer(LawfulBasis basis, LocalDate consentDate, Boolean explicit, String justification) {
		return new TransitionInput(SignalAction.REFER, null, null, UUID.randomUUID(), basis, consentDate, explicit, justification, null, null);
	}

	@Test
	void aReferralWithoutLawfulBasisIsRefused() {
		assertThat(SignalRules.checkReferral(refer(null, null, null, null), Set.of(SignalCategory.LONELINESS), TODAY))
			.extracting(e -> e.messageKey()).containsExactly("signal.referral.basisRequired");
	}

	@Test
	void healthNeedsExplicitConsentNotJustConsent() {
		assertThat(SignalRules.checkReferral(refer(LawfulBasis.CONSENT, TODAY, false, null), Set.of(SignalCategory.HEALTH), TODAY))
			.extracting(e -> e.field()).containsExactly("explicitConsent");
		assertThat(SignalRules.checkReferral(refer(LawfulBasis.CONSENT, TODAY, true, null), Set.of(SignalCategory.HEALTH), TODAY)).isEmpty();
		assertThat(SignalRules.checkReferral(refer(LawfulBasis.CONSENT, TODAY, null, null), Set.of(SignalCategory.FINANCIAL_WORRIES), TODAY)).isEmpty();
	}

	@Test
	void confusionWithVitalInterestNeedsAJustification() {
		assertThat(SignalRules.checkReferral(refer(LawfulBasis.VITAL_INTEREST, null, null, " "), Set.of(SignalCategory.CONFUSION), TODAY))
			.extracting(e -> e.field()).containsExactly("justification");
		assertThat(SignalRules.checkReferral(refer(LawfulBasis.VITAL_INTEREST, null, null, "Bewoner dwaalde 's nachts op straat"),
				Set.of(SignalCategory.CONFUSION), TODAY)).isEmpty();
	}

	@Test
	void consentNeedsADateNotInTheFuture() {
		assertThat(SignalRules.checkReferral(refer(LawfulBasis.CONSENT, null, true, null), Set.of(SignalCategory.OTHER), TODAY))
			.extracting(e -> e.field()).containsExactly("consentDate");
		assertThat(SignalRules.checkReferral(refer(LawfulBasis.CONSENT, TODAY.plusDays(1), true, null), Set.of(SignalCategory.OTHER), TODAY))
			.extracting(e -> e.messageKey()).containsExactly("signal.referral.consentDateFuture");
	}

	@Test
	void stepsFollowTheFollowUp() {
		assertThat(SignalRules.allowed(SignalStatus.RECEIVED, SignalAction.PICK_UP)).isTrue();
		assertThat(SignalRules.allowed(SignalStatus.RECEIVED, SignalAction.REFER)).isFalse();
		assertThat(SignalRules.allowed(SignalStatus.PICKED_UP, SignalAction.REFER)).isTrue();
		assertThat(SignalRules.allowed(SignalStatus.REFERRED, SignalAction.REPORT_BACK)).isTrue();
		assertThat(SignalRules.allowed(SignalStatus.CLOSED, SignalAction.RECORD_CONTACT)).isFalse();
		assertThat(SignalRules.next(SignalStatus.REFERRED, SignalAction.WITHDRAW_CONSENT)).isEqualTo(SignalStatus.PICKED_UP);
	}

	@Test
	void theReporterSeesOnlyThreeStatuses() {
		assertThat(SignalStatus.REFERRED.forReporter()).isEqualTo(SignalStatus.ReporterStatus.PICKED_UP);
		assertThat(SignalStatus.RECEIVED.forReporter()).isEqualTo(SignalStatus.ReporterStatus.RECEIVED);
		assertThat(SignalStatus.CLOSED.forReporter()).isEqualTo(SignalStatus.ReporterStatus.CLOSED);
	}

	@Test
	void deadlinesSkipWeekends() {
		ZonedDateTime friday = ZonedDateTime.of(2026, 11, 27, 16, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
		assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(WorkingDays.add(friday, 1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(WorkingDays.add(friday, 3).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void deadlinesSkipDutchPublicHolidays() {
		ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
		// Christmas and Boxing Day, then the weekend: one working day after Thursday 24 December is Monday 28 December.
		assertThat(WorkingDays.add(ZonedDateTime.of(2026, 12, 24, 16, 0, 0, 0, amsterdam), 1).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 28));
		// King's Day on Monday 27 April 2026.
		assertThat(WorkingDays.add(ZonedDateTime.of(2026, 4, 24, 9, 0, 0, 0, amsterdam), 1).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 28));
		// Three working days from the Thursday before Easter 2027 (Good Friday counts, Easter Monday 29 March does not).
		assertThat(WorkingDays.add(ZonedDateTime.of(2027, 3, 25, 9, 0, 0, 0, amsterdam), 3).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
		// Liberation Day 2026 (a Tuesday) is a working day; in the lustrum year 2025 (a Monday) it was not.
		assertThat(WorkingDays.add(ZonedDateTime.of(2026, 5, 4, 9, 0, 0, 0, amsterdam), 1).toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 5));
		assertThat(WorkingDays.add(ZonedDateTime.of(2025, 5, 2, 9, 0, 0, 0, amsterdam), 1).toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 6));
	}
}
