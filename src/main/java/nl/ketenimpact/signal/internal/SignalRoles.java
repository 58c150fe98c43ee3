package nl.ketenimpact.signal.internal;

import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;

/**
 * Zorgsignalen. Who sees what is decided here and only here:
 * <ul>
 * <li>the reporter sees only the status of their own signals;</li>
 * <li>the corporation's SOCIAL_WORKERs see the queue and everything of their corporation's signals, and do the follow-up;</li>
 * <li>the CASE_WORKER of an institution sees a referral addressed to it while the tenant's consent stands;</li>
 * <li>the corporation's COORDINATOR reads the access log and statistics, not the signals;</li>
 * <li>everyone else gets not found.</li>
 * </ul>
 * Every read of a signal's details and every step writes an access-log row in the same transaction ({@link SignalAccessLog}).
 */
public final class SignalRoles {

	private SignalRoles() {
	}

	/** Field workers (of the corporation or a chain partner) and the social team register signals. */
	public static boolean registers(CurrentUser user) {
		return user.has(Role.FIELD_WORKER) || user.has(Role.SOCIAL_WORKER);
	}

	public static boolean socialTeam(CurrentUser user, UUID corporationId) {
		return user.has(Role.SOCIAL_WORKER) && user.organisationType() == OrganisationType.HOUSING_CORPORATION
				&& user.organisationId().equals(corporationId);
	}

	static boolean corporationStaff(CurrentUser user, UUID corporationId) {
		return user.isCorporationStaff() && user.organisationId().equals(corporationId);
	}

	static boolean socialWorker(CurrentUser user) {
		return user.has(Role.SOCIAL_WORKER) && user.organisationType() == OrganisationType.HOUSING_CORPORATION;
	}

	static boolean readsAccessLog(CurrentUser user) {
		return user.has(Role.COORDINATOR) && user.organisationType() == OrganisationType.HOUSING_CORPORATION;
	}

	/** Welfare, care and the municipality receive referrals; schools and companies do not. */
	static boolean receivesReferrals(OrganisationType type) {
		return type == OrganisationType.WELFARE || type == OrganisationType.CARE || type == OrganisationType.MUNICIPALITY;
	}
}
