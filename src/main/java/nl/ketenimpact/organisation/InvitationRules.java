package nl.ketenimpact.organisation;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may invite whom (DOMAIN_RULES §8): nobody grants a role outside their own organisation or above their own.
 * The admin invites anyone. A corporation's coordinator brings in its staff, a project lead its project leads and
 * site workers, and both bring the lead of a chain partner or institution into a project of theirs. A partner's lead
 * invites colleagues of their own organisation (site workers; at an institution also case workers).
 */
public final class InvitationRules {

	private InvitationRules() {
	}

	/** The roles the inviter may give someone of the organisation (empty: may not invite there at all). */
	public static Set<Role> grantable(CurrentUser inviter, UUID organisationId, OrganisationType type, boolean forProject) {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		if (inviter.has(Role.ADMIN)) {
			roles.addAll(EnumSet.allOf(Role.class));
		}
		else if (organisationId.equals(inviter.organisationId())) {
			if (inviter.organisationType().isCorporation() && inviter.has(Role.COORDINATOR)) {
				roles.addAll(EnumSet.of(Role.COORDINATOR, Role.PROJECT_LEAD, Role.SOCIAL_WORKER, Role.FIELD_WORKER));
			}
			if (inviter.organisationType().isCorporation() && inviter.has(Role.PROJECT_LEAD)) {
				roles.addAll(EnumSet.of(Role.PROJECT_LEAD, Role.FIELD_WORKER));
			}
			if (inviter.has(Role.PARTNER_LEAD)) {
				roles.addAll(EnumSet.of(Role.PARTNER_LEAD, Role.FIELD_WORKER));
				if (type.isInstitution()) {
					roles.add(Role.CASE_WORKER);
				}
			}
		}
		else if (forProject && inviter.organisationType().isCorporation() && inviter.hasAny(EnumSet.of(Role.COORDINATOR, Role.PROJECT_LEAD))
				&& !type.isCorporation() && !type.isPlatform()) {
			roles.add(Role.PARTNER_LEAD);
		}
		roles.removeIf(role -> !role.allowedFor(type));
		return roles;
	}

	/** Whether the user may invite anyone at all (shows the invitations page). */
	public static boolean invites(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.PARTNER_LEAD)
				|| user.organisationType().isCorporation() && user.hasAny(EnumSet.of(Role.COORDINATOR, Role.PROJECT_LEAD));
	}
}
