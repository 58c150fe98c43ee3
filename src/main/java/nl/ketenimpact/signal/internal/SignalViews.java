package nl.ketenimpact.signal.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.shared.Page;
import nl.ketenimpact.signal.ContactResponse;
import nl.ketenimpact.signal.Outcome;
import nl.ketenimpact.signal.ReferralOutcome;
import nl.ketenimpact.signal.SignalCategory;
import nl.ketenimpact.signal.Urgency;

/** What each kind of user reads of a signal; nothing more than their part of the work needs. */
public final class SignalViews {

	private SignalViews() {
	}

	/** The reporter: only that the signal arrived and where it stands (ontvangen, opgepakt, afgerond). */
	public record ReporterView(UUID id, SignalStatus.ReporterStatus status, OffsetDateTime createdAt) {
	}

	/** A row of the social team's queue: no observation text, no address. */
	public record QueueItem(UUID id, UUID projectId, String projectName, Set<SignalCategory> categories, Urgency urgency, SignalStatus status,
			OffsetDateTime createdAt, OffsetDateTime dueAt, boolean overdue) {
	}

	/** The social team's full view; {@code address} and {@code observation} are null after the purge. */
	public record Detail(UUID id, UUID projectId, String projectName, String address, Set<SignalCategory> categories, Urgency urgency,
			String observation, SignalStatus status, OffsetDateTime createdAt, OffsetDateTime dueAt, boolean overdue, String pickedUpBy,
			Outcome outcome, OffsetDateTime closedAt, boolean purged, List<Contact> contacts, List<Referral> referrals, Set<SignalAction> allowedActions,
			java.time.LocalDate retryOn) {

		/** Whether the step may be taken now (the page offers its form): asked of the signal's follow-up, not of a status name. */
		public boolean allows(String action) {
			return allowedActions.contains(SignalAction.valueOf(action));
		}
	}

	public record Contact(OffsetDateTime recordedAt, String recordedBy, ContactResponse response, String note) {
	}

	public record Referral(UUID id, UUID organisationId, String organisationName, LawfulBasis lawfulBasis, boolean explicitConsent,
			LocalDate consentDate, String justification, OffsetDateTime referredAt, OffsetDateTime consentWithdrawnAt, ReferralOutcome outcome,
			String outcomeNote, OffsetDateTime outcomeAt) {
	}

	/** What the institution's case worker sees of a referral addressed to it, while consent stands. */
	public record ReferralView(UUID signalId, UUID referralId, String projectName, String address, Set<SignalCategory> categories, Urgency urgency,
			String observation, LawfulBasis lawfulBasis, LocalDate consentDate, String justification, OffsetDateTime referredAt,
			ReferralOutcome outcome, String outcomeNote) {
	}

	/** An access-log line for the coordinator. */
	public record AccessEntry(OffsetDateTime at, String userName, String action, UUID signalId, String reason) {
	}

	/** An in-app notice (no personal data): a signal of a project is overdue. */
	/** The signal overview of one user; a part the user's roles do not give is null. */
	public record Overview(Page<ReporterView> mine, Page<QueueItem> queue, List<Notice> notices, Page<ReferralView> referrals) {
	}

	public record Notice(UUID signalId, String projectName, String kind, OffsetDateTime createdAt, boolean read) {
	}
}
