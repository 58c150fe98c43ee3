package nl.ketenimpact.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.project.internal.ProjectRepository;
import nl.ketenimpact.project.internal.ProjectScope;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects: the ones a user may see, their standing in one ({@link ProjectAccess}), and the project lead's changes; every
 * method is scoped by {@link ProjectScope}. Dwellings, chain partners and households are {@link Dwellings},
 * {@link Partners} and {@link Residents}.
 */
@Service
public class ProjectManagement {

	private static final String SELECT_PROJECT = """
			select p.id, p.corporation_id, cast(null as varchar) as corporation_name, p.name, p.municipality, p.neighbourhood, p.project_type,
			       p.start_date, p.end_date, p.status,
			       (select count(*) from dwelling d where d.project_id = p.id) as dwelling_count,
			       (select count(*) from project_partner pp where pp.project_id = p.id) as partner_count
			from project p
			""";

	/** Row mapper by column position: the reflective mappers cost more than the query on pages that list many rows. */
	private static final RowMapper<ProjectView> PROJECT_ROW = (rs, row) -> new ProjectView(rs.getObject(1, UUID.class),
			rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), ProjectType.valueOf(rs.getString(7)),
			rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), ProjectStatus.valueOf(rs.getString(10)), rs.getLong(11),
			rs.getLong(12));

	private final JdbcClient jdbc;

	private final ProjectRepository repository;

	private final ProjectScope scope;

	private final OrganisationManagement organisations;

	private final Dwellings dwellings;

	private final Partners partners;

	private final AuditLog audit;

	ProjectManagement(JdbcClient jdbc, ProjectRepository repository, ProjectScope scope, OrganisationManagement organisations, Dwellings dwellings, Partners partners,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.scope = scope;
		this.organisations = organisations;
		this.dwellings = dwellings;
		this.partners = partners;
		this.audit = audit;
	}

	// --- projects ---------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Page<ProjectView> visibleProjects(CurrentUser user, int page, int size) {
		long total = scope.bind(jdbc.sql("select count(*) from project p where " + ProjectScope.visible(user)), user).query(Long.class).single();
		List<ProjectView> items = scope
			.bind(jdbc.sql(SELECT_PROJECT + " where " + ProjectScope.visible(user) + " order by p.name, p.id" + Page.window(page, size)), user)
			.query(PROJECT_ROW)
			.list();
		return new Page<>(withCorporationNames(items), page, size, total);
	}

	@Transactional(readOnly = true)
	public ProjectView get(CurrentUser user, UUID projectId) {
		return withCorporationNames(List.of(visibleProject(user, projectId))).get(0);
	}

	/** The project with its visibility check in the same statement (without the corporation's name); not found when invisible. */
	private ProjectView visibleProject(CurrentUser user, UUID projectId) {
		return scope.bind(jdbc.sql(SELECT_PROJECT + " where p.id = :id and " + ProjectScope.visible(user)), user)
			.param("id", projectId)
			.query(PROJECT_ROW)
			.optional()
			.orElseThrow(() -> new NotFound("project"));
	}

	/** Organisation names come from the organisation module in one call per page (no join on its tables, no N+1). */
	private List<ProjectView> withCorporationNames(List<ProjectView> projects) {
		Map<UUID, OrganisationView> names = organisations.byIds(projects.stream().map(ProjectView::corporationId).collect(Collectors.toSet()));
		return projects.stream().map(p -> p.withCorporationName(nameOf(names, p.corporationId()))).toList();
	}

	static String nameOf(Map<UUID, OrganisationView> organisations, UUID id) {
		OrganisationView organisation = organisations.get(id);
		return organisation == null ? "?" : organisation.name();
	}

	/** The project, for a user who may change it: not found when invisible, refused when not its project lead. */
	@Transactional(readOnly = true)
	public ProjectView getManaged(CurrentUser user, UUID projectId) {
		scope.requireManage(user, projectId);
		return get(user, projectId);
	}

	/**
	 * The user's standing in a project that they may see as staff or chain partner; residents and
	 * everyone else get not found (plans and contributions are not for them).
	 */
	@Transactional(readOnly = true)
	public ProjectAccess access(CurrentUser user, UUID projectId) {
		ProjectView project = get(user, projectId);
		boolean staff = ProjectScope.isStaff(user, project.corporationId());
		boolean partner = user.isChainPartner() && jdbc
			.sql("select exists (select 1 from project_partner where project_id = :p and organisation_id = :o)")
			.param("p", projectId)
			.param("o", user.organisationId())
			.query(Boolean.class)
			.single();
		if (!staff && !partner) {
			throw new NotFound("project");
		}
		return new ProjectAccess(project, user, staff, partner ? user.organisationId() : null);
	}

	/** Contract value per chain-partner organisation (summed over its roles), for social-return obligations. */
	@Transactional(readOnly = true)
	public Map<UUID, java.math.BigDecimal> contractValues(ProjectAccess access) {
		UUID projectId = access.project().id();
		Map<UUID, java.math.BigDecimal> values = new java.util.LinkedHashMap<>();
		jdbc.sql("select organisation_id, sum(contract_value_eur) as total from project_partner where project_id = :p group by organisation_id")
			.param("p", projectId)
			.query((rs, row) -> values.put(rs.getObject("organisation_id", UUID.class), rs.getBigDecimal("total")))
			.list();
		return values;
	}

	@Transactional(readOnly = true)
	public ProjectPermissions permissions(CurrentUser user, UUID projectId) {
		return scope.permissions(user, scope.requireVisible(user, projectId));
	}

	public boolean canCreate(CurrentUser user) {
		return ProjectScope.canCreate(user);
	}

	@Transactional
	public UUID create(CurrentUser user, ProjectInput input) {
		if (!ProjectScope.canCreate(user)) {
			throw new Refused("project.create.refused");
		}
		InvalidInput.throwIfAny(checkDates(input));
		UUID id = UUID.randomUUID();
		repository.insert(id, user.organisationId(), input);
		audit.record(user.id(), "PROJECT_CREATED", "project", id, null);
		return id;
	}

	@Transactional
	public void update(CurrentUser user, UUID projectId, ProjectInput input) {
		scope.requireManage(user, projectId);
		InvalidInput.throwIfAny(checkDates(input));
		repository.update(projectId, input);
		audit.record(user.id(), "PROJECT_UPDATED", "project", projectId, null);
	}

	/** Applies a partial change and an optional status step in one transaction: all of it or nothing. */
	@Transactional
	public void patch(CurrentUser user, UUID projectId, ProjectPatch patch) {
		ProjectView current = getManaged(user, projectId);
		ProjectInput merged = new ProjectInput(patch.name() != null ? patch.name() : current.name(),
				patch.municipality() != null ? patch.municipality() : current.municipality(),
				patch.neighbourhood() != null ? patch.neighbourhood() : current.neighbourhood(),
				patch.projectType() != null ? patch.projectType() : current.projectType(),
				patch.startDate() != null ? patch.startDate() : current.startDate(),
				patch.endDate() != null ? patch.endDate() : current.endDate());
		update(user, projectId, merged);
		if (patch.status() != null) {
			changeStatus(user, projectId, patch.status());
		}
	}

	/** Moves the project forward one step; anything else is a conflict with its current status. */
	@Transactional
	public void changeStatus(CurrentUser user, UUID projectId, ProjectStatus target) {
		scope.requireManage(user, projectId);
		ProjectStatus current = repository.lockedStatus(projectId);
		if (current == target) {
			return;
		}
		if (!current.canMoveTo(target)) {
			throw new Conflict("project.status.transitionRefused", current.name(), target.name());
		}
		repository.saveStatus(projectId, target);
		audit.record(user.id(), "PROJECT_STATUS_CHANGED", "project", projectId, current + "->" + target);
	}

	private static List<FieldMessage> checkDates(ProjectInput input) {
		List<FieldMessage> errors = new ArrayList<>();
		if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
			errors.add(new FieldMessage("endDate", "project.endDate.beforeStart"));
		}
		return errors;
	}

	/** Everything the project page shows, read in one transaction (one connection, one BEGIN/COMMIT). */
	public record ProjectPage(ProjectView project, ProjectPermissions permissions, Page<DwellingView> dwellings, List<PartnerView> partners) {
	}

	/**
	 * The project page, or only its page of dwellings (htmx) when {@code withPartners} is false. The page is
	 * requested often, so it is read with few statements: the project with its visibility check and dwelling count,
	 * a page of dwellings, the partners, and one call for all organisation names; the permissions follow in Java.
	 */
	@Transactional(readOnly = true)
	public ProjectPage page(CurrentUser user, UUID projectId, int page, int size, boolean withPartners) {
		ProjectView project = visibleProject(user, projectId);
		ProjectPermissions permissions = scope.permissions(user, project.corporationId());
		// Staff and partners see all dwellings: their total is the project's dwelling count, read with the project.
		Page<DwellingView> dwellingPage = dwellings.page(user, projectId, permissions, page, size,
				permissions.seeAllDwellings() ? project.dwellingCount() : null);
		List<PartnerView> partnerRows = withPartners ? partners.rows(projectId) : List.of();
		Set<UUID> organisationIds = new HashSet<>();
		organisationIds.add(project.corporationId());
		partnerRows.forEach(p -> organisationIds.add(p.organisationId()));
		Map<UUID, OrganisationView> names = organisations.byIds(organisationIds);
		boolean partner = user.isChainPartner() && partnerRows.stream().anyMatch(p -> p.organisationId().equals(user.organisationId()));
		ProjectView named = project.withCorporationName(nameOf(names, project.corporationId()));
		boolean staff = ProjectScope.isStaff(user, project.corporationId());
		permissions = permissions.withAccess(new ProjectAccess(named, user, staff, partner ? user.organisationId() : null));
		return new ProjectPage(named, permissions, dwellingPage, Partners.shown(user, permissions, partnerRows, names));
	}

	/** The corporation a project belongs to (not secret: used to route notifications to its staff). */
	@Transactional(readOnly = true)
	public UUID corporationOf(UUID projectId) {
		return jdbc.sql("select corporation_id from project where id = :p").param("p", projectId).query(UUID.class).optional()
			.orElseThrow(() -> new NotFound("project"));
	}

	/** The corporation of each project, in one query. */
	@Transactional(readOnly = true)
	public Map<UUID, UUID> corporationsOf(java.util.Collection<UUID> projectIds) {
		Map<UUID, UUID> corporations = new java.util.HashMap<>();
		if (!projectIds.isEmpty()) {
			jdbc.sql("select id, corporation_id from project where id in (:ids)").param("ids", projectIds)
				.query((rs, n) -> corporations.put(rs.getObject("id", UUID.class), rs.getObject("corporation_id", UUID.class))).list();
		}
		return corporations;
	}

	/** Project names by id, for lists a module has already scoped. */
	@Transactional(readOnly = true)
	public Map<UUID, String> namesOf(java.util.Collection<UUID> projectIds) {
		Map<UUID, String> names = new java.util.HashMap<>();
		if (!projectIds.isEmpty()) {
			jdbc.sql("select id, name from project where id in (:ids)").param("ids", projectIds)
				.query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name"))).list();
		}
		return names;
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
