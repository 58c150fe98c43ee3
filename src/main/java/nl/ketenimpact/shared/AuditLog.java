package nl.ketenimpact.shared;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what, when. Writes join the caller's transaction, so an action and its audit row are
 * committed together or not at all. Never put personal data in {@code detail}.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID actorId, String action, String subjectType, Object subjectId, String detail) {
		record(actorId, null, action, subjectType, subjectId, detail);
	}

	/** As above, for an entry that the organisation's coordinator reads in their audit page. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID actorId, UUID organisationId, String action, String subjectType, Object subjectId, String detail) {
		jdbc.sql("""
				insert into audit_log (actor_id, organisation_id, action, subject_type, subject_id, detail)
				values (:actor, :organisation, :action, :type, :subject, :detail)""")
			.param("actor", actorId)
			.param("organisation", organisationId)
			.param("action", action)
			.param("type", subjectType)
			.param("subject", subjectId == null ? null : subjectId.toString())
			.param("detail", detail)
			.update();
	}

	/** As {@link #record(UUID, UUID, String, String, Object, String)}, committed on its own: for a refusal (a failed sign-in) whose caller rolls back or has no transaction. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(UUID actorId, UUID organisationId, String action, String subjectType, Object subjectId, String detail) {
		record(actorId, organisationId, action, subjectType, subjectId, detail);
	}

	/** One line of the log as the audit page shows it. */
	public record Entry(long id, java.time.OffsetDateTime occurredAt, UUID actorId, UUID organisationId, String action, String subjectType,
			String subjectId, String detail) {
	}

	/**
	 * A page of the log, newest first: of one organisation (null: all), actions starting with {@code kind} (null: all),
	 * from and to as dates in the platform's time zone (inclusive; null: open).
	 */
	@Transactional(readOnly = true)
	public Page<Entry> search(UUID organisationId, String kind, java.time.LocalDate from, java.time.LocalDate to, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (organisationId != null) {
			where.append(" and organisation_id = :org");
			params.put("org", organisationId);
		}
		if (kind != null && !kind.isBlank()) {
			where.append(" and action like :kind");
			params.put("kind", kind.strip().replace("%", "").replace("_", "\\_") + "%");
		}
		java.time.ZoneId zone = java.time.ZoneId.of("Europe/Amsterdam");
		if (from != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", from.atStartOfDay(zone).toOffsetDateTime());
		}
		if (to != null) {
			where.append(" and occurred_at < :to");
			params.put("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		long total = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
		java.util.List<Entry> items = jdbc.sql("select id, occurred_at, actor_id, organisation_id, action, subject_type, subject_id, detail from audit_log"
				+ where + " order by occurred_at desc, id desc" + Page.window(page, size)).params(params).query(Entry.class).list();
		return new Page<>(items, page, size, total);
	}

	/** Number of rows for a subject; used by tests and, later, the coordinator's log view. */
	/** The sign-ins into the person's account (and failed attempts on it) since a moment, newest first, for "Mijn gegevens". */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public java.util.List<Entry> signInsOf(UUID userId, java.time.OffsetDateTime since) {
		return jdbc.sql("""
				select id, occurred_at, actor_id, organisation_id, action, subject_type, subject_id, detail from audit_log
				where subject_type = 'user' and subject_id = :s and action like 'SIGN_IN_%' and occurred_at >= :since
				order by occurred_at desc limit 500""")
			.param("s", userId.toString()).param("since", since).query(Entry.class).list();
	}

	/** Removes the entries older than the moment (the retention of the audit log); how many went. */
	@org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public int purgeBefore(java.time.OffsetDateTime before) {
		return jdbc.sql("delete from audit_log where occurred_at < :before").param("before", before).update();
	}

	public long count(String subjectType, Object subjectId, String action) {
		return jdbc.sql("select count(*) from audit_log where subject_type = :type and subject_id = :id and action = :action")
			.param("type", subjectType)
			.param("id", subjectId.toString())
			.param("action", action)
			.query(Long.class)
			.single();
	}
}
