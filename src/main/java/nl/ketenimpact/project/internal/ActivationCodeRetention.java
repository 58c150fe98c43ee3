package nl.ketenimpact.project.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import nl.ketenimpact.organisation.Retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Activation codes that were never used go once they have been expired for the policy's days. */
@Component
class ActivationCodeRetention implements Retention {

	private final JdbcClient jdbc;

	ActivationCodeRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Integer> purge(Policy policy, OffsetDateTime now) {
		int codes = jdbc.sql("delete from activation_code where used_at is null and expires_at < :before")
			.param("before", now.minusDays(policy.invitationDays())).update();
		return Map.of("activationCodes", codes);
	}
}
