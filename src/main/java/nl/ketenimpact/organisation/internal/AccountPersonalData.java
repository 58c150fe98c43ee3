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
class AccountPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	AccountPersonalData(JdbcClient jdbc, AuditLog audit, Clock clock) {
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
}
