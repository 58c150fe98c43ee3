package nl.ketenimpact.organisation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PersonalData;
import nl.ketenimpact.shared.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account's part of "Mijn gegevens": the account and roles, API tokens, second factor, invitations and sign-ins of 12 months. */
@Component
// First in "Mijn gegevens", and erased last (the other modules' records keep pointing at the account, then a pseudonym).
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class AccountPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final nl.ketenimpact.shared.Idempotency idempotency;

	private final nl.ketenimpact.shared.Outbox outbox;

	private final org.springframework.context.ApplicationEventPublisher events;

	AccountPersonalData(JdbcClient jdbc, AuditLog audit, Clock clock, nl.ketenimpact.shared.Idempotency idempotency, nl.ketenimpact.shared.Outbox outbox,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.idempotency = idempotency;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> of(CurrentUser person) {
		UUID id = person.id();
		List<Map<String, Object>> account = jdbc.sql("""
				select u.username, u.name, o.name as organisation, u.preferred_locale, u.created_at,
				       (select string_agg(r.role, ', ' order by r.role) from user_role r where r.user_id = u.id) as roles
				from app_user u join organisation o on o.id = u.organisation_id where u.id = :id""")
			.param("id", id)
			.query((rs, n) -> PersonalData.record("username", rs.getString("username"), "name", rs.getString("name"), "organisation",
					rs.getString("organisation"), "roles", rs.getString("roles"), "language", rs.getString("preferred_locale"), "createdAt",
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
		List<Map<String, Object>> tokens = jdbc.sql("""
				select name, created_at, expires_at, revoked_at, last_used_at from api_token where user_id = :id order by created_at desc""")
			.param("id", id)
			.query((rs, n) -> PersonalData.record("name", rs.getString("name"), "createdAt", rs.getObject("created_at", OffsetDateTime.class),
					"expiresAt", rs.getObject("expires_at", OffsetDateTime.class), "revokedAt", rs.getObject("revoked_at", OffsetDateTime.class),
					"lastUsedAt", rs.getObject("last_used_at", OffsetDateTime.class)))
			.list();
		List<Map<String, Object>> secondFactor = jdbc.sql("select confirmed_at from second_factor where user_id = :id").param("id", id)
			.query((rs, n) -> PersonalData.record("confirmedAt", rs.getObject("confirmed_at", OffsetDateTime.class), "recoveryCodesLeft",
					jdbc.sql("select count(*) from recovery_code where user_id = :id and used_at is null").param("id", id).query(Long.class).single()))
			.list();
		List<Map<String, Object>> invitations = jdbc.sql("""
				select i.email, i.name, o.name as organisation, i.roles, i.status, i.created_at, i.expires_at
				from invitation i join organisation o on o.id = i.organisation_id
				where i.accepted_user_id = :id or lower(i.email) = lower(:username) order by i.created_at desc""")
			.param("id", id).param("username", person.username())
			.query((rs, n) -> PersonalData.record("email", rs.getString("email"), "name", rs.getString("name"), "organisation",
					rs.getString("organisation"), "roles", rs.getString("roles"), "status", rs.getString("status"), "createdAt",
					rs.getObject("created_at", OffsetDateTime.class), "expiresAt", rs.getObject("expires_at", OffsetDateTime.class)))
			.list();
		List<Map<String, Object>> signIns = audit.signInsOf(id, OffsetDateTime.now(clock).minusMonths(12)).stream()
			.map(e -> PersonalData.record("at", e.occurredAt(), "action", e.action())).toList();
		return List.of(new Part("ACCOUNT", account), new Part("API_TOKENS", tokens), new Part("SECOND_FACTOR", secondFactor),
				new Part("INVITATIONS", invitations), new Part("SIGN_INS", signIns));
	}

	/**
	 * The account becomes its pseudonym: no name, no e-mail address, no way in (no password, tokens, second factor,
	 * sessions or roles), inactive. Its id stays, so the payments kept for the fiscal duty and the audit log still hold
	 * together without saying who it was.
	 */
	@Override
	@Transactional
	public void erase(CurrentUser person) {
		UUID id = person.id();
		for (String table : List.of("api_token", "second_factor", "recovery_code", "password_reset", "user_role")) {
			jdbc.sql("delete from " + table + " where user_id = :u").param("u", id).update();
		}
		idempotency.forget(id);
		outbox.forgetSentTo(person.username());
		// Its sessions end on every instance (the web kernel listens), in this transaction.
		events.publishEvent(new nl.ketenimpact.organisation.UserDeactivated(id));
		jdbc.sql("delete from invitation where accepted_user_id = :u or lower(email) = lower(:n)").param("u", id).param("n", person.username()).update();
		jdbc.sql("""
				update app_user set username = 'verwijderd-' || left(md5(id::text), 12) || '@verwijderd.invalid',
				  name = 'Verwijderd ' || left(md5(id::text), 8), password_hash = '!', active = false where id = :u""").param("u", id).update();
	}

	/** The pseudonym an erased account keeps ("Verwijderd 1a2b3c4d"). */
	static String pseudonym(UUID id) {
		return "Verwijderd " + md5(id.toString()).substring(0, 8);
	}

	private static String md5(String text) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
