package nl.ketenimpact.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects, chain partners, dwellings and residents; every method is scoped by {@link ProjectScope}. */
@Service
public class ProjectManagement {

	private static final String SELECT_PROJECT = """
			select p.id, p.corporation_id, cast(null as varchar) as corporation_name, p.name, p.municipality, p.neighbourhood, p.project_type,
			       p.start_date, p.end_date, p.status,
			       (select count(*) from dwelling d where d.project_id = p.id) as dwelling_count,
			       (select count(*) from project_partner pp where pp.project_id = p.id) as partner_count
			from project p
			""";

	private static final String DWELLING_COLUMNS = """
			select d.id, d.project_id, d.code, d.bag_identificatie, d.straatnaam, d.huisnummer, d.huisletter, d.huisnummer_toevoeging,
			       d.postcode, d.woonplaats, d.bouwjaar, d.energielabel_voor, d.energielabel_na, d.gepland_datum,
			       exists (select 1 from resident r where r.dwelling_id = d.id) as has_resident
			""";

	private static final String SELECT_DWELLING = DWELLING_COLUMNS + " from dwelling d\n";

	/** Row mappers by column position: the reflective mappers cost more than the query on pages that list many rows. */
	private static final RowMapper<ProjectView> PROJECT_ROW = (rs, row) -> new ProjectView(rs.getObject(1, UUID.class),
			rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), ProjectType.valueOf(rs.getString(7)),
			rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), ProjectStatus.valueOf(rs.getString(10)), rs.getLong(11),
			rs.getLong(12));

	private static final RowMapper<DwellingView> DWELLING_ROW = (rs, row) -> new DwellingView(rs.getObject(1, UUID.class),
			rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
			rs.getString(9), rs.getString(10), rs.getObject(11, Integer.class), rs.getString(12), rs.getString(13),
			rs.getObject(14, LocalDate.class), rs.getBoolean(15));

	private static final String DWELLING_ORDER = " order by d.straatnaam, d.huisnummer, d.huisletter nulls first, d.huisnummer_toevoeging nulls first";

	private final JdbcClient jdbc;

	private final ProjectScope scope;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final AuditLog audit;

	ProjectManagement(JdbcClient jdbc, ProjectScope scope, OrganisationManagement organisations, UserManagement users, AuditLog audit) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.organisations = organisations;
		this.users = users;
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

	private static String nameOf(Map<UUID, OrganisationView> organisations, UUID id) {
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
		jdbc.sql("""
				insert into project (id, corporation_id, name, municipality, neighbourhood, project_type, start_date, end_date, status)
				values (:id, :corporation, :name, :municipality, :neighbourhood, :type, :start, :end, :status)""")
			.param("id", id)
			.param("corporation", user.organisationId())
			.param("name", input.name().strip())
			.param("municipality", input.municipality().strip())
			.param("neighbourhood", blankToNull(input.neighbourhood()))
			.param("type", input.projectType().name())
			.param("start", input.startDate())
			.param("end", input.endDate())
			.param("status", ProjectStatus.PREPARATION.name())
			.update();
		audit.record(user.id(), "PROJECT_CREATED", "project", id, null);
		return id;
	}

	@Transactional
	public void update(CurrentUser user, UUID projectId, ProjectInput input) {
		scope.requireManage(user, projectId);
		InvalidInput.throwIfAny(checkDates(input));
		jdbc.sql("""
				update project set name = :name, municipality = :municipality, neighbourhood = :neighbourhood, project_type = :type,
				       start_date = :start, end_date = :end, updated_at = now()
				where id = :id""")
			.param("id", projectId)
			.param("name", input.name().strip())
			.param("municipality", input.municipality().strip())
			.param("neighbourhood", blankToNull(input.neighbourhood()))
			.param("type", input.projectType().name())
			.param("start", input.startDate())
			.param("end", input.endDate())
			.update();
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
		ProjectStatus current = jdbc.sql("select status from project where id = :id for update")
			.param("id", projectId)
			.query(ProjectStatus.class)
			.single();
		if (current == target) {
			return;
		}
		if (!current.canMoveTo(target)) {
			throw new Conflict("project.status.transitionRefused", current.name(), target.name());
		}
		jdbc.sql("update project set status = :status, updated_at = now() where id = :id")
			.param("id", projectId)
			.param("status", target.name())
			.update();
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
		Page<DwellingView> dwellings = dwellingPage(user, projectId, permissions, page, size,
				permissions.seeAllDwellings() ? project.dwellingCount() : null);
		List<PartnerView> partners = withPartners ? partnerRows(projectId) : List.of();
		Set<UUID> organisationIds = new HashSet<>();
		organisationIds.add(project.corporationId());
		partners.forEach(p -> organisationIds.add(p.organisationId()));
		Map<UUID, OrganisationView> names = organisations.byIds(organisationIds);
		boolean partner = user.isChainPartner() && partners.stream().anyMatch(p -> p.organisationId().equals(user.organisationId()));
		ProjectView named = project.withCorporationName(nameOf(names, project.corporationId()));
		boolean staff = ProjectScope.isStaff(user, project.corporationId());
		permissions = permissions.withAccess(new ProjectAccess(named, user, staff, partner ? user.organisationId() : null));
		return new ProjectPage(named, permissions, dwellings, shownPartners(user, permissions, partners, names));
	}

	// --- chain partners ---------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<PartnerView> partners(CurrentUser user, UUID projectId) {
		ProjectPermissions permissions = permissions(user, projectId);
		List<PartnerView> partners = partnerRows(projectId);
		return shownPartners(user, permissions, partners,
				organisations.byIds(partners.stream().map(PartnerView::organisationId).collect(Collectors.toSet())));
	}

	private List<PartnerView> partnerRows(UUID projectId) {
		return jdbc.sql("""
				select pp.id, pp.project_id, pp.organisation_id, pp.role, pp.contract_value_eur
				from project_partner pp where pp.project_id = :id order by pp.created_at limit 500""")
			.param("id", projectId)
			.query((rs, row) -> new PartnerView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), null,
					PartnerRole.valueOf(rs.getString(4)), rs.getBigDecimal(5)))
			.list();
	}

	/** Partners with their names, sorted; contract values are commercial: a chain partner sees only its own, staff all of them. */
	private static List<PartnerView> shownPartners(CurrentUser user, ProjectPermissions permissions, List<PartnerView> partners,
			Map<UUID, OrganisationView> names) {
		return partners.stream()
			.map(p -> new PartnerView(p.id(), p.projectId(), p.organisationId(), nameOf(names, p.organisationId()), p.role(),
					permissions.seeResidents() || p.organisationId().equals(user.organisationId()) ? p.contractValueEur() : null))
			.sorted(java.util.Comparator.comparing(PartnerView::organisationName).thenComparing(PartnerView::role))
			.toList();
	}

	@Transactional
	public UUID addPartner(CurrentUser user, UUID projectId, PartnerInput input) {
		scope.requireManage(user, projectId);
		Optional<OrganisationView> organisation = organisations.find(input.organisationId());
		if (organisation.isEmpty() || !organisation.get().active()) {
			throw new InvalidInput("organisationId", "organisation.unknown");
		}
		if (organisation.get().type() == OrganisationType.HOUSING_CORPORATION) {
			throw new InvalidInput("organisationId", "partner.organisation.corporation");
		}
		if (organisation.get().type().isPlatform()) {
			throw new InvalidInput("organisationId", "partner.organisation.platform");
		}
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into project_partner (id, project_id, organisation_id, role, contract_value_eur)
					values (:id, :project, :organisation, :role, :value)""")
				.param("id", id)
				.param("project", projectId)
				.param("organisation", input.organisationId())
				.param("role", input.role().name())
				.param("value", input.contractValueEur())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("role", "partner.duplicate");
		}
		audit.record(user.id(), "PARTNER_ADDED", "project", projectId, "partner=" + id);
		return id;
	}

	// --- dwellings ----------------------------------------------------------------------------

	/** Dwellings of a project, ordered by address; a resident sees only their own dwelling. */
	@Transactional(readOnly = true)
	public Page<DwellingView> dwellings(CurrentUser user, UUID projectId, int page, int size) {
		return dwellingPage(user, projectId, permissions(user, projectId), page, size, null);
	}

	/** A page of dwellings; {@code knownTotal} saves the count when the caller already has it (null: count). */
	private Page<DwellingView> dwellingPage(CurrentUser user, UUID projectId, ProjectPermissions permissions, int page, int size,
			Long knownTotal) {
		String filter = permissions.seeAllDwellings() ? "d.project_id = :project"
				: "d.project_id = :project and exists (select 1 from resident_account ra where ra.dwelling_id = d.id and ra.user_id = :user)";
		long total = knownTotal != null ? knownTotal
				: jdbc.sql("select count(*) from dwelling d where " + filter)
					.param("project", projectId)
					.param("user", user.id())
					.query(Long.class)
					.single();
		// The page is chosen first, in index order (V9), so the resident check runs for its rows only.
		List<DwellingView> items = jdbc
			.sql(DWELLING_COLUMNS + " from (select * from dwelling d where " + filter + DWELLING_ORDER + Page.window(page, size) + ") d" + DWELLING_ORDER)
			.param("project", projectId)
			.param("user", user.id())
			.query(DWELLING_ROW)
			.list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public DwellingView dwelling(CurrentUser user, UUID projectId, UUID dwellingId) {
		ProjectPermissions permissions = permissions(user, projectId);
		DwellingView dwelling = jdbc.sql(SELECT_DWELLING + " where d.id = :id and d.project_id = :project")
			.param("id", dwellingId)
			.param("project", projectId)
			.query(DWELLING_ROW)
			.optional()
			.orElseThrow(() -> new NotFound("dwelling"));
		if (!permissions.seeAllDwellings() && !isOwnDwelling(user, dwellingId)) {
			throw new NotFound("dwelling");
		}
		return dwelling;
	}

	@Transactional
	public UUID addDwelling(CurrentUser user, UUID projectId, DwellingInput input) {
		scope.requireManage(user, projectId);
		InvalidInput.throwIfAny(input.check());
		DwellingInput dwelling = input.normalised();
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into dwelling (id, project_id, corporation_id, code, bag_identificatie, straatnaam, huisnummer, huisletter,
					                      huisnummer_toevoeging, postcode, woonplaats, bouwjaar, energielabel_voor, energielabel_na, gepland_datum)
					values (:id, :project, :corporation, :code, :bag, :straat, :nummer, :letter, :toevoeging, :postcode, :plaats, :bouwjaar,
					        :labelVoor, :labelNa, :gepland)""")
				.param("id", id)
				.param("project", projectId)
				.param("corporation", user.organisationId())
				.param("code", dwelling.code())
				.param("bag", dwelling.bagIdentificatie())
				.param("straat", dwelling.straatnaam())
				.param("nummer", dwelling.huisnummer())
				.param("letter", dwelling.huisletter())
				.param("toevoeging", dwelling.huisnummerToevoeging())
				.param("postcode", dwelling.postcode())
				.param("plaats", dwelling.woonplaats())
				.param("bouwjaar", dwelling.bouwjaar())
				.param("labelVoor", dwelling.energielabelVoor())
				.param("labelNa", dwelling.energielabelNa())
				.param("gepland", dwelling.geplandDatum())
				.update();
		}
		catch (DuplicateKeyException ex) {
			String field = ex.getMessage() != null && ex.getMessage().contains("dwelling_code_uq") ? "code" : "bagIdentificatie";
			throw new InvalidInput(field, "dwelling." + field + ".taken");
		}
		audit.record(user.id(), "DWELLING_ADDED", "project", projectId, "dwelling=" + id);
		return id;
	}

	/** Up to {@code limit} dwellings of the project whose address or code contains the text, for pickers. */
	@Transactional(readOnly = true)
	public List<DwellingView> searchDwellings(CurrentUser user, UUID projectId, String text, int limit) {
		ProjectPermissions permissions = permissions(user, projectId);
		if (!permissions.seeAllDwellings() || text == null || text.isBlank()) {
			return List.of();
		}
		String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
		return jdbc.sql(SELECT_DWELLING + """
				where d.project_id = :project and (lower(d.straatnaam || ' ' || d.huisnummer || coalesce(d.huisletter, '')
				  || coalesce('-' || d.huisnummer_toevoeging, '')) like :like or lower(coalesce(d.code, '')) like :like
				  or lower(coalesce(d.postcode, '')) like replace(:like, ' ', ''))
				order by d.straatnaam, d.huisnummer limit :limit""")
			.param("project", projectId)
			.param("like", like)
			.param("limit", Math.min(limit, 50))
			.query(DWELLING_ROW)
			.list();
	}

	/**
	 * Addresses (Kanaalstraat 12A, 3531 AB Utrecht) of dwellings, for a module that has already
	 * decided the user may see them (the signal module for its social team); one query.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> addressesOf(java.util.Collection<UUID> dwellingIds) {
		Map<UUID, String> addresses = new java.util.HashMap<>();
		if (!dwellingIds.isEmpty()) {
			jdbc.sql(SELECT_DWELLING + " where d.id in (:ids)").param("ids", dwellingIds).query(DWELLING_ROW).list()
				.forEach(d -> addresses.put(d.id(), d.streetAddress() + ", " + (d.postcode() == null ? "" : d.postcodeDisplay() + " ") + d.woonplaats()));
		}
		return addresses;
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

	/** A resident account of the project: its user id, household name and dwelling. */
	public record ResidentAccount(UUID userId, String name, UUID dwellingId) {
	}

	/** Residents of the project who have an account, for staff pickers (payments, self-work); bounded. */
	@Transactional(readOnly = true)
	public List<ResidentAccount> residentAccounts(ProjectAccess access) {
		List<ResidentAccount> households = jdbc.sql("""
				select ra.user_id, r.name, ra.dwelling_id from resident_account ra join resident r on r.dwelling_id = ra.dwelling_id
				join dwelling d on d.id = ra.dwelling_id
				where d.project_id = :p order by r.name, ra.created_at limit 1000""")
			.param("p", access.project().id())
			.query(ResidentAccount.class)
			.list();
		// A household may have two accounts: name each by its own holder, so a picker tells them apart.
		Map<UUID, String> names = users.names(households.stream().map(ResidentAccount::userId).toList());
		return households.stream().map(h -> new ResidentAccount(h.userId(), names.getOrDefault(h.userId(), h.name()), h.dwellingId())).toList();
	}

	/** The resident's own dwelling, if their account is linked to one. */
	@Transactional(readOnly = true)
	public Optional<UUID> residentDwelling(CurrentUser user) {
		return jdbc.sql("select dwelling_id from resident_account where user_id = :u").param("u", user.id()).query(UUID.class).optional();
	}

	/** The project of a dwelling, for modules that hold a dwelling id; not found when the user may not see the project. */
	@Transactional(readOnly = true)
	public UUID projectOfDwelling(UUID dwellingId) {
		return jdbc.sql("select project_id from dwelling where id = :d").param("d", dwellingId).query(UUID.class).optional()
			.orElseThrow(() -> new NotFound("dwelling"));
	}

	/** A resident's consents; both default to no until the resident says yes. */
	public record Consents(boolean contactOpportunities, boolean photos) {
	}

	@Transactional(readOnly = true)
	public Consents consents(CurrentUser resident) {
		return jdbc.sql("select contact_opportunities, photos from resident_consent where user_id = :u").param("u", resident.id())
			.query(Consents.class).optional().orElse(new Consents(false, false));
	}

	@Transactional
	public void saveConsents(CurrentUser resident, Consents consents) {
		if (!resident.has(Role.RESIDENT)) {
			throw new Refused("access.denied");
		}
		jdbc.sql("""
				insert into resident_consent (user_id, contact_opportunities, photos) values (:u, :c, :p)
				on conflict (user_id) do update set contact_opportunities = excluded.contact_opportunities, photos = excluded.photos, updated_at = now()""")
			.param("u", resident.id()).param("c", consents.contactOpportunities()).param("p", consents.photos()).update();
		audit.record(resident.id(), "CONSENTS_SAVED", "user", resident.id(), "contact=" + consents.contactOpportunities() + " photos=" + consents.photos());
	}

	private boolean isOwnDwelling(CurrentUser user, UUID dwellingId) {
		return user.has(Role.RESIDENT) && jdbc.sql("select exists (select 1 from resident_account where dwelling_id = :d and user_id = :u)")
			.param("d", dwellingId)
			.param("u", user.id())
			.query(Boolean.class)
			.single();
	}

	// --- residents ----------------------------------------------------------------------------

	/** The household of a dwelling; only the corporation's own staff see it. */
	@Transactional(readOnly = true)
	public Optional<ResidentView> resident(CurrentUser user, UUID projectId, UUID dwellingId) {
		requireResidentAccess(user, projectId, dwellingId);
		List<UUID> accounts = jdbc.sql("select user_id from resident_account where dwelling_id = :d order by created_at").param("d", dwellingId)
			.query(UUID.class).list();
		String usernames = accounts.isEmpty() ? null
				: String.join(", ", accounts.stream().map(a -> users.usernameOf(a).orElse("")).filter(u -> !u.isEmpty()).toList());
		return jdbc.sql("select r.id, r.dwelling_id, r.name, r.email, r.phone, r.preferred_language from resident r where r.dwelling_id = :dwelling")
			.param("dwelling", dwellingId)
			.query((rs, row) -> new ResidentView(rs.getObject("id", UUID.class), dwellingId, rs.getString("name"), rs.getString("email"),
					rs.getString("phone"), rs.getString("preferred_language"), usernames))
			.optional();
	}

	/** Links (or updates) the household of a dwelling; one household per dwelling. */
	@Transactional
	public void saveResident(CurrentUser user, UUID projectId, UUID dwellingId, ResidentInput input) {
		scope.requireManage(user, projectId);
		dwelling(user, projectId, dwellingId);
		UUID accountId = null;
		if (input.accountUsername() != null && !input.accountUsername().isBlank()) {
			accountId = users.activeByUsername(input.accountUsername())
				.filter(account -> account.has(Role.RESIDENT) && account.organisationId().equals(user.organisationId()))
				.map(CurrentUser::id)
				.orElseThrow(() -> new InvalidInput("accountUsername", "resident.account.unknown"));
		}
		jdbc.sql("""
				insert into resident (id, dwelling_id, name, email, phone, preferred_language)
				values (:id, :dwelling, :name, :email, :phone, :language)
				on conflict (dwelling_id) do update set name = excluded.name, email = excluded.email,
				       phone = excluded.phone, preferred_language = excluded.preferred_language, updated_at = now()""")
			.param("id", UUID.randomUUID())
			.param("dwelling", dwellingId)
			.param("name", input.name().strip())
				.param("email", blankToNull(input.email()))
				.param("phone", blankToNull(input.phone()))
			.param("language", input.preferredLanguage() == null || input.preferredLanguage().isBlank() ? "nl" : input.preferredLanguage())
			.update();
		if (accountId != null) {
			linkAccount(dwellingId, accountId, "accountUsername");
		}
		audit.record(user.id(), "RESIDENT_SAVED", "dwelling", dwellingId, null);
	}

	/** At most two accounts per household (DOMAIN_RULES §8); an account belongs to one household. */
	static final int MAX_ACCOUNTS_PER_HOUSEHOLD = 2;

	/** Links a resident account to the household of a dwelling (which must exist); already linked there is fine. */
	void linkAccount(UUID dwellingId, UUID userId, String field) {
		Optional<UUID> linked = jdbc.sql("select dwelling_id from resident_account where user_id = :u").param("u", userId).query(UUID.class).optional();
		if (linked.isPresent()) {
			if (linked.get().equals(dwellingId)) {
				return;
			}
			throw new InvalidInput(field, "resident.account.taken");
		}
		// Lock the household so two activations at once cannot both be the second account.
		jdbc.sql("select id from resident where dwelling_id = :d for update").param("d", dwellingId).query(UUID.class).single();
		long accounts = jdbc.sql("select count(*) from resident_account where dwelling_id = :d").param("d", dwellingId).query(Long.class).single();
		if (accounts >= MAX_ACCOUNTS_PER_HOUSEHOLD) {
			throw new InvalidInput(field, "resident.account.full", MAX_ACCOUNTS_PER_HOUSEHOLD);
		}
		jdbc.sql("insert into resident_account (user_id, dwelling_id) values (:u, :d)").param("u", userId).param("d", dwellingId).update();
	}

	private void requireResidentAccess(CurrentUser user, UUID projectId, UUID dwellingId) {
		ProjectPermissions permissions = permissions(user, projectId);
		dwelling(user, projectId, dwellingId);
		if (!permissions.seeResidents()) {
			throw new Refused("resident.access.refused");
		}
	}

	/** The project of a resident account's own dwelling, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> residentProject(CurrentUser user) {
		if (!user.has(Role.RESIDENT)) {
			return Optional.empty();
		}
		return jdbc.sql("select d.project_id from resident_account ra join dwelling d on d.id = ra.dwelling_id where ra.user_id = :u")
			.param("u", user.id())
			.query(UUID.class)
			.optional();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
