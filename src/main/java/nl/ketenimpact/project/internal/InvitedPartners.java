package nl.ketenimpact.project.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.PartnerProjects;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.PartnerRole;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects for invitations: a corporation's coordinator or project lead brings the lead of a chain partner or
 * institution into one of the corporation's projects; the organisation becomes a chain partner in the role its type
 * says, with a contract value of zero until the project lead enters it.
 */
@Component
public class InvitedPartners implements PartnerProjects {

	private final JdbcClient jdbc;

	private final Partners partners;

	private final ProjectScope scope;

	private final OrganisationManagement organisations;

	private final AuditLog audit;

	InvitedPartners(JdbcClient jdbc, Partners partners, ProjectScope scope, OrganisationManagement organisations, AuditLog audit) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.scope = scope;
		this.organisations = organisations;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public void requireManage(CurrentUser user, UUID projectId) {
		UUID corporation = scope.requireVisible(user, projectId);
		if (!invitesFor(user, corporation)) {
			throw new Refused("project.manage.refused");
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void ensurePartner(CurrentUser user, UUID projectId, UUID organisationId) {
		requireManage(user, projectId);
		if (partners.isPartner(projectId, organisationId)) {
			return;
		}
		OrganisationType type = organisations.get(organisationId).type();
		UUID id = partners.insert(projectId, organisationId, PartnerRole.valueOf(type.name()), BigDecimal.ZERO);
		audit.record(user.id(), "PARTNER_ADDED", "project", projectId, "partner=" + id + " by invitation");
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectChoice> managed(CurrentUser user) {
		if (!invitesFor(user, user.organisationId())) {
			return List.of();
		}
		return jdbc.sql("select id, name from project where corporation_id = :c order by name limit 200")
			.param("c", user.organisationId()).query(ProjectChoice.class).list();
	}

	private static boolean invitesFor(CurrentUser user, UUID corporationId) {
		return user.organisationType().isCorporation() && corporationId.equals(user.organisationId())
				&& user.hasAny(EnumSet.of(Role.COORDINATOR, Role.PROJECT_LEAD));
	}
}
