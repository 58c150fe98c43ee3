package nl.ketenimpact.project;

import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;

/**
 * How the current user stands in one project, for modules that build on projects (plan, impact):
 * as staff of its corporation, or as a user of one of its chain partners. {@code partnerOrganisationId}
 * is null when the user's organisation is not a chain partner of the project.
 */
public record ProjectAccess(ProjectView project, CurrentUser user, boolean corporationStaff, UUID partnerOrganisationId) {

	public boolean isPartner() {
		return partnerOrganisationId != null;
	}

	/** Coordinator or project lead of the project's corporation: drafts the plan. */
	public boolean plansForCorporation() {
		return corporationStaff && (user.has(Role.COORDINATOR) || user.has(Role.PROJECT_LEAD));
	}

	/** The coordinator of the project's corporation: accepts proposals, approves contributions and reports. */
	public boolean approves() {
		return corporationStaff && user.has(Role.COORDINATOR);
	}

	/** The partner lead of a chain partner: proposes commitments, registers contributions, submits reports. */
	public boolean leadsPartner() {
		return isPartner() && user.has(Role.PARTNER_LEAD);
	}

	/** Records and sees payments to residents: corporation staff who plan, or a chain partner's lead (its own payments). */
	public boolean handlesPayments() {
		return plansForCorporation() || leadsPartner();
	}

	/** Whether the user may see records that belong to this organisation in the project (null: the corporation). */
	public boolean maySee(UUID organisationId) {
		return corporationStaff || (isPartner() && partnerOrganisationId.equals(organisationId));
	}
}
