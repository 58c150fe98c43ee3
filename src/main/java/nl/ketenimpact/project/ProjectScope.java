package nl.ketenimpact.project;

import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who sees and changes what in a project:
 * <ul>
 * <li>corporation staff (coordinator, project lead, social worker) see all projects of their corporation;</li>
 * <li>chain-partner roles see the projects in which their organisation is a partner;</li>
 * <li>a resident sees the project of their own dwelling, and only that dwelling;</li>
 * <li>only a project lead of the owning corporation changes a project.</li>
 * </ul>
 * A project the user may not see is reported as not found, so its existence does not leak.
 */
@Component
class ProjectScope {

	/** SQL condition on a project aliased {@code p}, with parameters :scopeOrg, :scopeUser, :staff, :partner, :resident. */
	static final String VISIBLE = """
			((:staff and p.corporation_id = :scopeOrg)
			 or (:partner and exists (select 1 from project_partner pp where pp.project_id = p.id and pp.organisation_id = :scopeOrg))
			 or (:resident and exists (select 1 from resident r join dwelling d on d.id = r.dwelling_id
			                          where r.user_id = :scopeUser and d.project_id = p.id)))""";

	private final JdbcClient jdbc;

	ProjectScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CurrentUser user) {
		return statement.param("scopeOrg", user.organisationId())
			.param("scopeUser", user.id())
			.param("staff", user.isCorporationStaff())
			.param("partner", user.isChainPartner())
			.param("resident", user.has(Role.RESIDENT));
	}

	/** Corporation id of a project the user may see; otherwise not found. */
	UUID requireVisible(CurrentUser user, UUID projectId) {
		return bind(jdbc.sql("select p.corporation_id from project p where p.id = :id and " + VISIBLE), user).param("id", projectId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("project"));
	}

	/** Checks that the user may change the project: visible first (404), then project lead of its corporation (403). */
	void requireManage(CurrentUser user, UUID projectId) {
		UUID corporation = requireVisible(user, projectId);
		if (!canManage(user, corporation)) {
			throw new Refused("project.manage.refused");
		}
	}

	ProjectPermissions permissions(CurrentUser user, UUID corporationId) {
		boolean staff = user.isCorporationStaff() && corporationId.equals(user.organisationId());
		return new ProjectPermissions(canManage(user, corporationId), staff, staff || user.isChainPartner());
	}

	static boolean canManage(CurrentUser user, UUID corporationId) {
		return user.has(Role.PROJECT_LEAD) && user.organisationType().isCorporation() && corporationId.equals(user.organisationId());
	}

	static boolean canCreate(CurrentUser user) {
		return user.has(Role.PROJECT_LEAD) && user.organisationType().isCorporation();
	}
}
