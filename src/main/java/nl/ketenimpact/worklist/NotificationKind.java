package nl.ketenimpact.worklist;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;

/**
 * What a user can be told of, each by the module event it follows, with its default delivery and the roles that get
 * it (a user chooses only among the kinds of their roles). The text is {@code notification.kind.<name>}.
 */
public enum NotificationKind {

	SIGNAL_RECEIVED(Delivery.IMMEDIATE, Role.SOCIAL_WORKER),
	SIGNAL_OVERDUE(Delivery.IMMEDIATE, Role.SOCIAL_WORKER, Role.COORDINATOR),
	REFERRAL_RECEIVED(Delivery.IMMEDIATE, Role.CASE_WORKER),
	REFERRAL_REPORTED_BACK(Delivery.IMMEDIATE, Role.SOCIAL_WORKER),
	REPORT_SUBMITTED(Delivery.DAILY, Role.COORDINATOR),
	REPORT_REVIEWED(Delivery.IMMEDIATE, Role.PARTNER_LEAD),
	CONTRIBUTION_REGISTERED(Delivery.DAILY, Role.COORDINATOR),
	APPLICATION_RECEIVED(Delivery.DAILY, Role.PARTNER_LEAD, Role.PROJECT_LEAD, Role.COORDINATOR),
	SELF_WORK_READY(Delivery.DAILY, Role.PROJECT_LEAD),
	// A case worker applies for a candidate of their institution, and hears of it like a tenant.
	APPLICATION_CONFIRMED(Delivery.IMMEDIATE, Role.RESIDENT, Role.CASE_WORKER),
	APPLICATION_DECIDED(Delivery.IMMEDIATE, Role.RESIDENT, Role.CASE_WORKER),
	OPPORTUNITY_OPENED(Delivery.DAILY, Role.RESIDENT),
	VOTE_OPENED(Delivery.IMMEDIATE, Role.RESIDENT);

	private final Delivery byDefault;

	private final Set<Role> roles;

	NotificationKind(Delivery byDefault, Role first, Role... more) {
		this.byDefault = byDefault;
		this.roles = EnumSet.of(first, more);
	}

	public Delivery byDefault() {
		return byDefault;
	}

	public Set<Role> roles() {
		return roles;
	}

	/** The kinds the user's roles can get, in this order. */
	public static List<NotificationKind> of(CurrentUser user) {
		return java.util.Arrays.stream(values()).filter(kind -> user.hasAny(kind.roles)).toList();
	}
}
