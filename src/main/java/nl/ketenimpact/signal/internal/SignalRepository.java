package nl.ketenimpact.signal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.signal.Outcome;
import nl.ketenimpact.signal.ReferralOutcome;
import nl.ketenimpact.signal.SignalCategory;
import nl.ketenimpact.signal.SignalInput;
import nl.ketenimpact.signal.Urgency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a {@link Signal} (its row locked, so two social workers cannot both take the same step) and saves what its
 * steps changed. The only place where the follow-up's states are written.
 */
@Repository
public class SignalRepository {

	private static final String SELECT = """
			select id, project_id, corporation_id, dwelling_id, reporter_id, categories, urgency, observation, status, created_at, due_at,
			       picked_up_by, escalated_at, closed_at, outcome, purged_at, retry_on from signal""";

	private final JdbcClient jdbc;

	SignalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A signal as stored, for the pages. */
	record Row(UUID id, UUID projectId, UUID corporationId, UUID dwellingId, UUID reporterId, Set<SignalCategory> categories, Urgency urgency,
			String observation, SignalStatus status, OffsetDateTime createdAt, OffsetDateTime dueAt, UUID pickedUpBy, OffsetDateTime escalatedAt,
			OffsetDateTime closedAt, Outcome outcome, OffsetDateTime purgedAt, LocalDate retryOn) {
	}

	static Row map(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class), rs.getObject("corporation_id", UUID.class),
				rs.getObject("dwelling_id", UUID.class), rs.getObject("reporter_id", UUID.class), categories(rs.getString("categories")),
				Urgency.valueOf(rs.getString("urgency")), rs.getString("observation"), SignalStatus.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class), rs.getObject("picked_up_by", UUID.class),
				rs.getObject("escalated_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
				outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("purged_at", OffsetDateTime.class), rs.getObject("retry_on", LocalDate.class));
	}

	static Set<SignalCategory> categories(String csv) {
		return Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(SignalCategory::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalCategory.class)));
	}

	static String csv(java.util.Set<SignalCategory> categories) {
		return categories.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
	}

	/** The signal, or not found. */
	Row row(UUID signalId) {
		return jdbc.sql(SELECT + " where id = :id").param("id", signalId).query(SignalRepository::map).optional()
			.orElseThrow(() -> new NotFound("signal"));
	}

	/** Open (or closed) signals of a corporation: open ones by deadline, closed ones newest first. */
	List<Row> queue(UUID corporationId, boolean open, String window) {
		return jdbc.sql(SELECT + " where corporation_id = :corp and " + (open ? "status <> :closed" : "status = :closed")
				+ (open ? " order by due_at, id" : " order by closed_at desc, id") + window)
			.param("corp", corporationId).param("closed", SignalStatus.CLOSED.name()).query(SignalRepository::map).list();
	}

	long countQueue(UUID corporationId, boolean open) {
		return jdbc.sql("select count(*) from signal where corporation_id = :corp and " + (open ? "status <> :closed" : "status = :closed"))
			.param("corp", corporationId).param("closed", SignalStatus.CLOSED.name()).query(Long.class).single();
	}

	/** A referral of a signal as stored. */
	record ReferralRow(UUID id, UUID organisationId, LawfulBasis lawfulBasis, boolean explicitConsent, java.time.LocalDate consentDate,
			String justification, OffsetDateTime referredAt, OffsetDateTime consentWithdrawnAt, ReferralOutcome outcome, String outcomeNote,
			OffsetDateTime outcomeAt) {
	}

	List<ReferralRow> referralRows(UUID signalId) {
		return jdbc.sql("""
				select id, organisation_id, lawful_basis, explicit_consent, consent_date, justification, referred_at, consent_withdrawn_at, outcome,
				       outcome_note, outcome_at from referral where signal_id = :s order by referred_at""")
			.param("s", signalId)
			.query(ReferralRow.class)
			.list();
	}

	/** A new signal, received, with its deadline. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(UUID id, UUID projectId, UUID corporationId, CurrentUserRef reporter, SignalInput input, OffsetDateTime now, OffsetDateTime due) {
		jdbc.sql("""
				insert into signal (id, project_id, corporation_id, dwelling_id, reporter_id, reporter_organisation_id, categories, urgency,
				                    observation, status, created_at, due_at)
				values (:id, :p, :corp, :dwelling, :reporter, :org, :categories, :urgency, :observation, :received, :now, :due)""")
			.param("received", SignalStatus.RECEIVED.name())
			.param("id", id)
			.param("p", projectId)
			.param("corp", corporationId)
			.param("dwelling", input.dwellingId())
			.param("reporter", reporter.userId())
			.param("org", reporter.organisationId())
			.param("categories", csv(input.categories()))
			.param("urgency", input.urgency().name())
			.param("observation", input.observation().strip())
			.param("now", now)
			.param("due", due)
			.update();
	}

	/** Who reported a signal. */
	public record CurrentUserRef(UUID userId, UUID organisationId) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Signal lockedForUpdate(UUID id) {
		record Row(UUID id, UUID corporationId, String categories, SignalStatus status, java.time.LocalDate retryOn) {
		}
		Row row = jdbc.sql("select id, corporation_id, categories, status, retry_on from signal where id = :id for update").param("id", id)
			.query(Row.class).optional().orElseThrow(() -> new NotFound("signal"));
		List<Signal.Referral> referrals = jdbc.sql("select id, organisation_id, consent_withdrawn_at is null as active from referral where signal_id = :s order by referred_at")
			.param("s", id)
			.query((rs, n) -> new Signal.Referral(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getBoolean("active"), null))
			.list();
		return new Signal(row.id(), row.corporationId(), categories(row.categories()), row.status(), row.retryOn(), referrals);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void save(Signal signal) {
		OffsetDateTime at = signal.at();
		jdbc.sql("update signal set status = :s where id = :id").param("s", signal.status().name()).param("id", signal.id()).update();
		if (signal.pickedUpNow()) {
			jdbc.sql("update signal set picked_up_at = :at, picked_up_by = :u where id = :id").param("at", at).param("u", signal.actor())
				.param("id", signal.id()).update();
		}
		if (signal.outcome() != null) {
			jdbc.sql("update signal set closed_at = :at, outcome = :o where id = :id").param("at", at).param("o", signal.outcome().name())
				.param("id", signal.id()).update();
		}
		if (signal.retryChanged()) {
			jdbc.sql("update signal set retry_on = :r where id = :id").param("r", signal.retryOn()).param("id", signal.id()).update();
		}
		for (Signal.Contact contact : signal.newContacts()) {
			jdbc.sql("insert into signal_contact (id, signal_id, recorded_by, recorded_at, response, note) values (:id, :s, :u, :at, :r, :note)")
				.param("id", contact.id()).param("s", signal.id()).param("u", signal.actor()).param("at", at)
				.param("r", contact.response().name()).param("note", blankToNull(contact.note())).update();
		}
		for (Signal.Referral referral : signal.referrals()) {
			if (referral.created != null) {
				TransitionInput input = referral.created;
				jdbc.sql("""
						insert into referral (id, signal_id, organisation_id, lawful_basis, explicit_consent, consent_date, justification, referred_by, referred_at)
						values (:id, :s, :org, :basis, :explicit, :date, :justification, :u, :at)""")
					.param("id", referral.id).param("s", signal.id()).param("org", referral.organisationId)
					.param("basis", input.lawfulBasis().name()).param("explicit", Boolean.TRUE.equals(input.explicitConsent()))
					.param("date", input.lawfulBasis() == LawfulBasis.CONSENT ? input.consentDate() : null)
					.param("justification", blankToNull(input.justification())).param("u", signal.actor()).param("at", at).update();
			}
			if (referral.withdrawnNow) {
				jdbc.sql("update referral set consent_withdrawn_at = :at where id = :id").param("at", at).param("id", referral.id).update();
			}
			if (referral.reportedOutcome != null) {
				jdbc.sql("update referral set outcome = :o, outcome_note = :note, outcome_at = :at, outcome_by = :u where id = :id")
					.param("o", referral.reportedOutcome.name()).param("note", blankToNull(referral.reportedNote)).param("at", at)
					.param("u", signal.actor()).param("id", referral.id).update();
			}
		}
	}

	private static String blankToNull(String value) {
		return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(String::strip).orElse(null);
	}
}
