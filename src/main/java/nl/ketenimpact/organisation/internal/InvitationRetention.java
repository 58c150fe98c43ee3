package nl.ketenimpact.organisation.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import nl.ketenimpact.organisation.Retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Invitations that were never accepted go once they have been expired (or revoked) for the policy's days. */
@Component
class InvitationRetention implements Retention {

	private final JdbcClient jdbc;

	InvitationRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Integer> purge(Policy policy, OffsetDateTime now) {
		int invitations = jdbc.sql("delete from invitation where accepted_user_id is null and expires_at < :before")
			.param("before", now.minusDays(policy.invitationDays())).update();
		return Map.of("invitations", invitations);
	}
}
