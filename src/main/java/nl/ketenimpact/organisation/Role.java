package nl.ketenimpact.organisation;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do (DESIGN §1). A user may hold several roles within one organisation. */
public enum Role {

	ADMIN, COORDINATOR, PROJECT_LEAD, SOCIAL_WORKER, PARTNER_LEAD, FIELD_WORKER, CASE_WORKER, RESIDENT;

	/** Roles of a corporation's own staff: they see all projects of their corporation. */
	public static final Set<Role> CORPORATION_STAFF = EnumSet.of(COORDINATOR, PROJECT_LEAD, SOCIAL_WORKER);

	/** Roles that see the projects in which their organisation is a chain partner. */
	public static final Set<Role> CHAIN_PARTNER = EnumSet.of(PARTNER_LEAD, FIELD_WORKER, CASE_WORKER);

	/** Whether a user of an organisation of this type can hold the role. */
	public boolean allowedFor(OrganisationType type) {
		return switch (this) {
			case ADMIN, FIELD_WORKER -> true;
			case COORDINATOR, PROJECT_LEAD, SOCIAL_WORKER, RESIDENT -> type.isCorporation();
			case PARTNER_LEAD -> !type.isCorporation();
			case CASE_WORKER -> type.isInstitution();
		};
	}
}
