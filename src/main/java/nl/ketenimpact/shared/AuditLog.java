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
		jdbc.sql("""
				insert into audit_log (actor_id, action, subject_type, subject_id, detail)
				values (:actor, :action, :type, :subject, :detail)""")
			.param("actor", actorId)
			.param("action", action)
			.param("type", subjectType)
			.param("subject", subjectId == null ? null : subjectId.toString())
			.param("detail", detail)
			.update();
	}

	/** Number of rows for a subject; used by tests and, later, the coordinator's log view. */
	public long count(String subjectType, Object subjectId, String action) {
		return jdbc.sql("select count(*) from audit_log where subject_type = :type and subject_id = :id and action = :action")
			.param("type", subjectType)
			.param("id", subjectId.toString())
			.param("action", action)
			.query(Long.class)
			.single();
	}
}
