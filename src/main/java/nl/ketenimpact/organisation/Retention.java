package nl.ketenimpact.organisation;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * SPI through which each module removes the personal data it keeps past its retention (DOMAIN_RULES §6, §9): the
 * privacy module's nightly job calls every implementation with the policy valid that day. Each answers how many
 * records of which kind it purged (counts only: they go to the log).
 */
public interface Retention {

	/** Purges what is past the policy at {@code now}, in the caller's transaction. */
	Map<String, Integer> purge(Policy policy, OffsetDateTime now);

	/**
	 * Personal data in participation records {@code participationYears} after the participation ended, payments after
	 * {@code paymentYears}, expired invitations and activation codes {@code invitationDays} after they expired, audit
	 * entries after {@code auditYears}.
	 */
	record Policy(int participationYears, int paymentYears, int invitationDays, int auditYears) {
	}
}
