package nl.ketenimpact.signal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a {@link Signal} (its row locked, so two social workers cannot both take the same step) and saves what its
 * steps changed. The only place where the follow-up's states are written.
 */
@Repository
class SignalRepository {

	private final JdbcClient jdbc;

	SignalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		return new Signal(row.id(), row.corporationId(), SignalManagement.categories(row.categories()), row.status(), row.retryOn(), referrals);
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
