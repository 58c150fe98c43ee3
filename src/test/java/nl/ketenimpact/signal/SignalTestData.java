package nl.ketenimpact.signal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signals of the past for figure tests (received and picked up on given dates, referred). Intake stamps the moment
 * it is called, so this builder writes the signal module's own tables, and only those.
 */
public final class SignalTestData {

	private final JdbcClient jdbc;

	private SignalTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static SignalTestData in(JdbcClient jdbc) {
		return new SignalTestData(jdbc);
	}

	/** A signal received at {@code created}, picked up at {@code pickedUp} (null: still waiting). */
	public UUID signal(UUID project, UUID corporation, UUID reporter, UUID reporterOrganisation, OffsetDateTime created, OffsetDateTime pickedUp) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into signal (id, project_id, corporation_id, reporter_id, reporter_organisation_id, categories, urgency, status,
				                    created_at, due_at, picked_up_at)
				values (:id, :p, :c, :r, :ro, 'FINANCIAL_WORRIES', 'NORMAL', :s, :at, :due, :pu)""")
			.param("id", id).param("p", project).param("c", corporation).param("r", reporter).param("ro", reporterOrganisation)
			.param("s", pickedUp == null ? "RECEIVED" : "PICKED_UP").param("at", created).param("due", created.plusDays(3)).param("pu", pickedUp)
			.update();
		return id;
	}

	public void referral(UUID signal, UUID institution, UUID by) {
		jdbc.sql("""
				insert into referral (id, signal_id, organisation_id, lawful_basis, explicit_consent, consent_date, referred_by, referred_at)
				values (:id, :s, :o, 'CONSENT', true, date '2026-04-02', :by, now())""")
			.param("id", UUID.randomUUID()).param("s", signal).param("o", institution).param("by", by).update();
	}
}
