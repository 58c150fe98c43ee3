package nl.ketenimpact.participation.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import nl.ketenimpact.organisation.Retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation records lose their personal data the policy's years after the participation ended (a placement's end
 * or outcome, else the application's decision); the records stay as counts. Payments go after the fiscal years.
 */
@Component
class ParticipationRetention implements Retention {

	private final JdbcClient jdbc;

	ParticipationRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Integer> purge(Policy policy, OffsetDateTime now) {
		OffsetDateTime before = now.minusYears(policy.participationYears());
		// Ended: a placement's outcome or end date, else (no placement) the decision on the application.
		int applications = jdbc.sql("""
				update application a set motivation = '', availability = '', decision_reason = null
				where (a.motivation <> '' or a.availability <> '' or a.decision_reason is not null) and a.decided_at is not null
				  and coalesce((select coalesce(p.outcome_at, p.end_date::timestamptz) from placement p where p.application_id = a.id), a.decided_at) < :before""")
			.param("before", before).update();
		int placements = jdbc.sql("""
				update placement set outcome_reason = null
				where outcome_reason is not null and coalesce(outcome_at, end_date::timestamptz) < :before""")
			.param("before", before).update();
		int payments = jdbc.sql("delete from compensation where paid_on < :before")
			.param("before", now.minusYears(policy.paymentYears()).toLocalDate()).update();
		return Map.of("applications", applications, "placements", placements, "payments", payments);
	}
}
