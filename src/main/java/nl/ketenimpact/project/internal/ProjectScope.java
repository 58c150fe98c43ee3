package nl.ketenimpact.project.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.ProjectPermissions;
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
public class ProjectScope {

	private static final String STAFF = "p.corporation_id = :scopeOrg";

	private static final String PARTNER = "exists (select 1 from project_partner pp where pp.project_id = p.id and pp.organisation_id = :scopeOrg)";

	private static final String RESIDENT = """
			exists (select 1 from resident_account ra join dwelling d on d.id = ra.dwelling_id where ra.user_id = :scopeUser and d.project_id = p.id)""";

	/**
	 * SQL condition on a project aliased {@code p} for this user, with parameters :scopeOrg and :scopeUser (see
	 * {@link #bind}). Only the user's own kinds are in it, so PostgreSQL keeps one plan per kind instead of
	 * planning a condition full of switched-off branches on every call.
	 */
	public static String visible(CurrentUser user) {
		List<String> kinds = new ArrayList<>(3);
		if (user.isCorporationStaff()) {
			kinds.add(STAFF);
		}
		if (user.isChainPartner()) {
			kinds.add(PARTNER);
		}
		if (user.has(Role.RESIDENT)) {
			kinds.add(RESIDENT);
		}
		return kinds.isEmpty() ? "false" : "(" + String.join(" or ", kinds) + ")";
	}

	private final JdbcClient jdbc;

	ProjectScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CurrentUser user) {
		return statement.param("scopeOrg", user.organisationId()).param("scopeUser", user.id());
	}

	/** Corporation id of a project the user may see; otherwise not found. */
	public UUID requireVisible(CurrentUser user, UUID projectId) {
		return bind(jdbc.sql("select p.corporation_id from project p where p.id = :id and " + visible(user)), user).param("id", projectId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("project"));
	}

	/** Checks that the user may change the project: visible first (404), then project lead of its corporation (403). */
	public void requireManage(CurrentUser user, UUID projectId) {
		UUID corporation = requireVisible(user, projectId);
		if (!canManage(user, corporation)) {
			throw new Refused("project.manage.refused");
		}
	}

	public ProjectPermissions permissions(CurrentUser user, UUID corporationId) {
		boolean staff = isStaff(user, corporationId);
		return new ProjectPermissions(canManage(user, corporationId), staff, staff || user.isChainPartner(), false);
	}

	/** Staff of the project's own corporation (coordinator, project lead, social team). */
	public static boolean isStaff(CurrentUser user, UUID corporationId) {
		return user.isCorporationStaff() && corporationId.equals(user.organisationId());
	}

	public static boolean canManage(CurrentUser user, UUID corporationId) {
		return user.has(Role.PROJECT_LEAD) && user.organisationType().isCorporation() && corporationId.equals(user.organisationId());
	}

	public static boolean canCreate(CurrentUser user) {
		return user.has(Role.PROJECT_LEAD) && user.organisationType().isCorporation();
	}
}
