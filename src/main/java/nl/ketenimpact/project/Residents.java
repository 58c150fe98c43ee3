package nl.ketenimpact.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.internal.ProjectScope;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households of dwellings and their resident accounts (at most two per household), and residents' consents. Only the
 * corporation's own staff see a household; other modules get the resident's own dwelling and project, or the
 * accounts of a project for staff pickers.
 */
@Service
public class Residents {

	/** At most two accounts per household (DOMAIN_RULES §8); an account belongs to one household. */
	public static final int MAX_ACCOUNTS_PER_HOUSEHOLD = 2;

	private final JdbcClient jdbc;

	private final ProjectScope scope;

	private final Dwellings dwellings;

	private final UserManagement users;

	private final AuditLog audit;

	Residents(JdbcClient jdbc, ProjectScope scope, Dwellings dwellings, UserManagement users, AuditLog audit) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.dwellings = dwellings;
		this.users = users;
		this.audit = audit;
	}

	/** A resident account of the project: its user id, household name and dwelling. */
	public record ResidentAccount(UUID userId, String name, UUID dwellingId) {
	}

	/** A resident's consents; both default to no until the resident says yes. */
	public record Consents(boolean contactOpportunities, boolean photos) {
	}

	/** Residents of the project who have an account, for staff pickers (payments, self-work); bounded. */
	@Transactional(readOnly = true)
	public List<ResidentAccount> accounts(ProjectAccess access) {
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

	/** Accounts of the project's tenants who agreed to hear of opportunities (to tell them of a new one); no names. */
	@Transactional(readOnly = true)
	public List<UUID> consentingToOpportunities(UUID projectId) {
		return jdbc.sql("""
				select ra.user_id from resident_account ra join dwelling d on d.id = ra.dwelling_id
				join resident_consent c on c.user_id = ra.user_id
				where d.project_id = :p and c.contact_opportunities""").param("p", projectId).query(UUID.class).list();
	}

	/**
	 * One opening of a household: when, by whom (always the corporation's own staff), and which (address and project;
	 * for the coordinator).
	 */
	public record HouseholdRead(java.time.OffsetDateTime readAt, String reader, String address, String project) {
	}

	/** Who opened the tenant's own household in the last 12 months, newest first (at most 100). */
	@Transactional(readOnly = true)
	public List<HouseholdRead> readsOfOwnHousehold(CurrentUser resident) {
		if (!resident.has(Role.RESIDENT)) {
			return List.of();
		}
		record Row(java.time.OffsetDateTime readAt, UUID userId) {
		}
		List<Row> rows = jdbc.sql("""
				select h.read_at, h.user_id from household_read h join resident_account ra on ra.dwelling_id = h.dwelling_id
				where ra.user_id = :u and h.read_at > now() - interval '12 months' order by h.read_at desc limit 100""")
			.param("u", resident.id()).query(Row.class).list();
		Map<UUID, String> readers = users.names(rows.stream().map(Row::userId).collect(java.util.stream.Collectors.toSet()));
		return rows.stream().map(r -> new HouseholdRead(r.readAt(), readers.getOrDefault(r.userId(), "?"), null, null)).toList();
	}

	/** The corporation's log of household openings, newest first; its coordinator only. */
	@Transactional(readOnly = true)
	public nl.ketenimpact.shared.Page<HouseholdRead> reads(CurrentUser coordinator, int page, int size) {
		if (!(coordinator.has(Role.COORDINATOR) && coordinator.isCorporationStaff())) {
			throw new Refused("resident.reads.refused");
		}
		record Row(java.time.OffsetDateTime readAt, UUID userId, UUID dwellingId, UUID projectId) {
		}
		long total = jdbc.sql("select count(*) from household_read where corporation_id = :c").param("c", coordinator.organisationId())
			.query(Long.class).single();
		List<Row> rows = jdbc.sql("""
				select h.read_at, h.user_id, h.dwelling_id, d.project_id from household_read h join dwelling d on d.id = h.dwelling_id
				where h.corporation_id = :c order by h.read_at desc, h.id desc""" + nl.ketenimpact.shared.Page.window(page, size))
			.param("c", coordinator.organisationId()).query(Row.class).list();
		Map<UUID, String> readers = users.names(rows.stream().map(Row::userId).collect(java.util.stream.Collectors.toSet()));
		Map<UUID, String> addresses = dwellings.addressesOf(rows.stream().map(Row::dwellingId).collect(java.util.stream.Collectors.toSet()));
		Map<UUID, String> projects = jdbc.sql("select id, name from project where id in (:ids)")
			.param("ids", rows.isEmpty() ? List.of(new UUID(0, 0)) : rows.stream().map(Row::projectId).distinct().toList())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new nl.ketenimpact.shared.Page<>(rows.stream().map(r -> new HouseholdRead(r.readAt(), readers.getOrDefault(r.userId(), "?"),
				addresses.get(r.dwellingId()), projects.get(r.projectId()))).toList(), page, size, total);
	}

	/** The resident accounts of these dwellings' households (to tell them of a vote on their complex); no names. */
	@Transactional(readOnly = true)
	public List<UUID> accountsOf(java.util.Collection<UUID> dwellingIds) {
		if (dwellingIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select user_id from resident_account where dwelling_id in (:d)").param("d", dwellingIds).query(UUID.class).list();
	}

	/** The resident's own dwelling, if their account is linked to one. */
	@Transactional(readOnly = true)
	public Optional<UUID> dwellingOf(CurrentUser user) {
		return jdbc.sql("select dwelling_id from resident_account where user_id = :u").param("u", user.id()).query(UUID.class).optional();
	}

	/** The project of a resident account's own dwelling, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> projectOf(CurrentUser user) {
		if (!user.has(Role.RESIDENT)) {
			return Optional.empty();
		}
		return jdbc.sql("select d.project_id from resident_account ra join dwelling d on d.id = ra.dwelling_id where ra.user_id = :u")
			.param("u", user.id())
			.query(UUID.class)
			.optional();
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

	/** The household of a dwelling; only the corporation's own staff see it, and each opening is logged. */
	@Transactional
	public Optional<ResidentView> household(CurrentUser user, UUID projectId, UUID dwellingId) {
		ProjectPermissions permissions = scope.permissions(user, scope.requireVisible(user, projectId));
		dwellings.get(user, projectId, dwellingId);
		if (!permissions.seeResidents()) {
			throw new Refused("resident.access.refused");
		}
		jdbc.sql("""
				insert into household_read (corporation_id, dwelling_id, user_id)
				select d.corporation_id, d.id, :u from dwelling d where d.id = :d and exists (select 1 from resident r where r.dwelling_id = d.id)""")
			.param("u", user.id()).param("d", dwellingId).update();
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
	public void save(CurrentUser user, UUID projectId, UUID dwellingId, ResidentInput input) {
		scope.requireManage(user, projectId);
		dwellings.get(user, projectId, dwellingId);
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
			.param("email", ProjectManagement.blankToNull(input.email()))
			.param("phone", ProjectManagement.blankToNull(input.phone()))
			.param("language", input.preferredLanguage() == null || input.preferredLanguage().isBlank() ? "nl" : input.preferredLanguage())
			.update();
		if (accountId != null) {
			linkAccount(dwellingId, accountId, "accountUsername");
		}
		audit.record(user.id(), "RESIDENT_SAVED", "dwelling", dwellingId, null);
	}

	/** Links a resident account to the household of a dwelling (which must exist); already linked there is fine. */
	public void linkAccount(UUID dwellingId, UUID userId, String field) {
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
}
