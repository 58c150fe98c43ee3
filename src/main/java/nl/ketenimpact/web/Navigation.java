package nl.ketenimpact.web;

import java.util.EnumSet;
import java.util.Set;

import nl.ketenimpact.organisation.AuditTrail;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.InvitationRules;
import nl.ketenimpact.organisation.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which menu entries the signed-in user gets, decided once per page (the layout asks {@code @navigation.current()})
 * instead of a security expression per entry. Only what is shown: every page checks access itself.
 */
@Component("navigation")
public class Navigation {

	private static final Set<Role> PROJECTS = EnumSet.of(Role.COORDINATOR, Role.PROJECT_LEAD, Role.SOCIAL_WORKER, Role.PARTNER_LEAD,
			Role.FIELD_WORKER, Role.CASE_WORKER);

	private static final Set<Role> IMPACT = EnumSet.of(Role.COORDINATOR, Role.PROJECT_LEAD, Role.SOCIAL_WORKER, Role.PARTNER_LEAD, Role.CASE_WORKER);

	private static final Set<Role> SIGNALS = EnumSet.of(Role.FIELD_WORKER, Role.SOCIAL_WORKER, Role.CASE_WORKER, Role.COORDINATOR, Role.PROJECT_LEAD);

	/** The roles whose work has integrations (their own systems, reports): they get the API and their tokens in the menu. */
	private static final Set<Role> API = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.PROJECT_LEAD, Role.PARTNER_LEAD);

	public record Links(boolean signedIn, String who, boolean projects, boolean admin, boolean impact, boolean signals, boolean practices,
			boolean tokens, boolean portal, boolean api, boolean invitations, boolean audit, long waiting, long unread, String ref) {

		static final Links ANONYMOUS = new Links(false, null, false, false, false, false, false, false, false, false, false, false, 0, 0, "");
	}

	/**
	 * Who a report kept on the phone belongs to, without the user's id: the first 16 hex digits of its SHA-256. The
	 * phone sends a kept report only while this user is signed in.
	 */
	public static String ref(CurrentUser user) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(user.id().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return java.util.HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final org.springframework.beans.factory.ObjectProvider<MenuBadges> badges;

	Navigation(org.springframework.beans.factory.ObjectProvider<MenuBadges> badges) {
		this.badges = badges;
	}

	public Links current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return Links.ANONYMOUS;
		}
		boolean staffOrPartner = user.hasAny(PROJECTS);
		return new Links(true, user.name() + " · " + user.organisationName(), staffOrPartner, user.has(Role.ADMIN), user.hasAny(IMPACT),
				user.hasAny(SIGNALS), staffOrPartner || user.has(Role.ADMIN), user.hasAny(API), user.has(Role.RESIDENT), user.hasAny(API),
				InvitationRules.invites(user), AuditTrail.mayRead(user), badges.getIfAvailable() == null ? 0 : badges.getObject().worklist(user),
				badges.getIfAvailable() == null ? 0 : badges.getObject().unread(user), ref(user));
	}
}
