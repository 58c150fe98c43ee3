package nl.ketenimpact.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.internal.ProjectScope;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dwellings of projects: staff and chain partners see all of a project's, a resident only their own. The one
 * column list and row mapper of the dwelling table ({@link DwellingUpserts} writes through {@link #INSERT} too).
 */
@Service
public class Dwellings {

	static final String COLUMNS = """
			select d.id, d.project_id, d.code, d.bag_identificatie, d.straatnaam, d.huisnummer, d.huisletter, d.huisnummer_toevoeging,
			       d.postcode, d.woonplaats, d.bouwjaar, d.energielabel_voor, d.energielabel_na, d.gepland_datum,
			       exists (select 1 from resident r where r.dwelling_id = d.id) as has_resident
			""";

	private static final String SELECT = COLUMNS + " from dwelling d\n";

	/** The columns a new dwelling is written with, in the order of {@link #insertValues}. */
	static final String INSERT = """
			insert into dwelling (id, project_id, corporation_id, code, bag_identificatie, straatnaam, huisnummer, huisletter,
			                      huisnummer_toevoeging, postcode, woonplaats, bouwjaar, energielabel_voor, energielabel_na, gepland_datum)""";

	/** Row mapper by column position: the reflective mappers cost more than the query on pages that list many rows. */
	static final RowMapper<DwellingView> ROW = (rs, row) -> new DwellingView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
			rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
			rs.getObject(11, Integer.class), rs.getString(12), rs.getString(13), rs.getObject(14, LocalDate.class), rs.getBoolean(15));

	private static final String ORDER = " order by d.straatnaam, d.huisnummer, d.huisletter nulls first, d.huisnummer_toevoeging nulls first";

	private final JdbcClient jdbc;

	private final ProjectScope scope;

	private final AuditLog audit;

	Dwellings(JdbcClient jdbc, ProjectScope scope, AuditLog audit) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
	}

	/** Binds one normalised dwelling to the named values of {@link #INSERT}. */
	static JdbcClient.StatementSpec insertValues(JdbcClient.StatementSpec spec, UUID id, UUID projectId, UUID corporationId, DwellingInput d) {
		return spec.param("id", id).param("project", projectId).param("corporation", corporationId).param("code", d.code())
			.param("bag", d.bagIdentificatie()).param("straat", d.straatnaam()).param("nummer", d.huisnummer()).param("letter", d.huisletter())
			.param("toevoeging", d.huisnummerToevoeging()).param("postcode", d.postcode()).param("plaats", d.woonplaats())
			.param("bouwjaar", d.bouwjaar()).param("labelVoor", d.energielabelVoor()).param("labelNa", d.energielabelNa())
			.param("gepland", d.geplandDatum());
	}

	static final String VALUES = " values (:id, :project, :corporation, :code, :bag, :straat, :nummer, :letter, :toevoeging, :postcode, :plaats, "
			+ ":bouwjaar, :labelVoor, :labelNa, :gepland)";

	/** Dwellings of a project, ordered by address; a resident sees only their own dwelling. */
	@Transactional(readOnly = true)
	public Page<DwellingView> list(CurrentUser user, UUID projectId, int page, int size) {
		return page(user, projectId, scope.permissions(user, scope.requireVisible(user, projectId)), page, size, null);
	}

	/** A page of dwellings; {@code knownTotal} saves the count when the caller already has it (null: count). */
	Page<DwellingView> page(CurrentUser user, UUID projectId, ProjectPermissions permissions, int page, int size, Long knownTotal) {
		String filter = permissions.seeAllDwellings() ? "d.project_id = :project"
				: "d.project_id = :project and exists (select 1 from resident_account ra where ra.dwelling_id = d.id and ra.user_id = :user)";
		long total = knownTotal != null ? knownTotal
				: jdbc.sql("select count(*) from dwelling d where " + filter).param("project", projectId).param("user", user.id())
					.query(Long.class).single();
		// The page is chosen first, in index order (V9), so the resident check runs for its rows only.
		List<DwellingView> items = jdbc
			.sql(COLUMNS + " from (select * from dwelling d where " + filter + ORDER + Page.window(page, size) + ") d" + ORDER)
			.param("project", projectId)
			.param("user", user.id())
			.query(ROW)
			.list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public DwellingView get(CurrentUser user, UUID projectId, UUID dwellingId) {
		ProjectPermissions permissions = scope.permissions(user, scope.requireVisible(user, projectId));
		DwellingView dwelling = jdbc.sql(SELECT + " where d.id = :id and d.project_id = :project").param("id", dwellingId).param("project", projectId)
			.query(ROW).optional().orElseThrow(() -> new NotFound("dwelling"));
		if (!permissions.seeAllDwellings() && !isOwn(user, dwellingId)) {
			throw new NotFound("dwelling");
		}
		return dwelling;
	}

	private boolean isOwn(CurrentUser user, UUID dwellingId) {
		return user.has(Role.RESIDENT) && jdbc.sql("select exists (select 1 from resident_account where dwelling_id = :d and user_id = :u)")
			.param("d", dwellingId).param("u", user.id()).query(Boolean.class).single();
	}

	@Transactional
	public UUID add(CurrentUser user, UUID projectId, DwellingInput input) {
		scope.requireManage(user, projectId);
		InvalidInput.throwIfAny(input.check());
		UUID id = UUID.randomUUID();
		try {
			insertValues(jdbc.sql(INSERT + VALUES), id, projectId, user.organisationId(), input.normalised()).update();
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
	public List<DwellingView> search(CurrentUser user, UUID projectId, String text, int limit) {
		ProjectPermissions permissions = scope.permissions(user, scope.requireVisible(user, projectId));
		if (!permissions.seeAllDwellings() || text == null || text.isBlank()) {
			return List.of();
		}
		String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
		return jdbc.sql(SELECT + """
				where d.project_id = :project and (lower(d.straatnaam || ' ' || d.huisnummer || coalesce(d.huisletter, '')
				  || coalesce('-' || d.huisnummer_toevoeging, '')) like :like or lower(coalesce(d.code, '')) like :like
				  or lower(coalesce(d.postcode, '')) like replace(:like, ' ', ''))
				order by d.straatnaam, d.huisnummer limit :limit""")
			.param("project", projectId)
			.param("like", like)
			.param("limit", Math.min(limit, 50))
			.query(ROW)
			.list();
	}

	/**
	 * All dwellings of a project by address, at most {@code limit}, for a module that has already decided the user may
	 * see them (the vote module for a complex's count); {@code hasResident} says whether the dwelling has a household.
	 */
	@Transactional(readOnly = true)
	public List<DwellingView> inProject(UUID projectId, int limit) {
		return jdbc.sql(SELECT + " where d.project_id = :project" + ORDER + " limit :limit").param("project", projectId).param("limit", limit)
			.query(ROW).list();
	}

	/**
	 * Addresses (Kanaalstraat 12A, 3531 AB Utrecht) of dwellings, for a module that has already
	 * decided the user may see them (the signal module for its social team); one query.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> addressesOf(Collection<UUID> dwellingIds) {
		Map<UUID, String> addresses = new HashMap<>();
		if (!dwellingIds.isEmpty()) {
			jdbc.sql(SELECT + " where d.id in (:ids)").param("ids", dwellingIds).query(ROW).list()
				.forEach(d -> addresses.put(d.id(), d.streetAddress() + ", " + (d.postcode() == null ? "" : d.postcodeDisplay() + " ") + d.woonplaats()));
		}
		return addresses;
	}
}
