package nl.ketenimpact.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts and their roles; managed by ADMIN. */
@Service
public class UserManagement {

	static final int MIN_PASSWORD_LENGTH = 10;

	private static final String SELECT_USER = """
			select u.id, u.username, u.name, u.organisation_id, o.name as organisation_name, o.type as organisation_type,
			       u.active and o.active as active,
			       coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
			from app_user u join organisation o on o.id = u.organisation_id
			""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final OrganisationManagement organisations;

	UserManagement(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
		this.organisations = organisations;
	}

	/** The active user with this id, as every module sees it; empty when deactivated or unknown. */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> currentUser(UUID id) {
		return jdbc.sql(SELECT_USER + " where u.id = :id and u.active and o.active").param("id", id).query(UserManagement::mapCurrent).optional();
	}

	@Transactional(readOnly = true)
	public Optional<CurrentUser> activeByUsername(String username) {
		return jdbc.sql(SELECT_USER + " where u.username = :username and u.active and o.active")
			.param("username", normaliseUsername(username))
			.query(UserManagement::mapCurrent)
			.optional();
	}

	/** Active users of an organisation holding any of the roles, e.g. to notify a corporation's social team. */
	@Transactional(readOnly = true)
	public List<UUID> activeWithRoles(UUID organisationId, Set<Role> roles) {
		return jdbc.sql("""
				select distinct u.id from app_user u join user_role r on r.user_id = u.id
				where u.organisation_id = :org and u.active and r.role in (:roles) limit 500""")
			.param("org", organisationId)
			.param("roles", roles.stream().map(Enum::name).toList())
			.query(UUID.class)
			.list();
	}

	/** Display names of users, in one query (no N+1 in logs and lists). */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, name from app_user where id in (:ids)").param("ids", ids)
				.query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name"))).list();
		}
		return names;
	}

	/** E-mail addresses (usernames) of active users, for notifications. */
	@Transactional(readOnly = true)
	public List<String> emails(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select username from app_user where id in (:ids) and active").param("ids", ids).query(String.class).list();
	}

	@Transactional(readOnly = true)
	public Optional<String> usernameOf(UUID id) {
		return jdbc.sql("select username from app_user where id = :id").param("id", id).query(String.class).optional();
	}

	@Transactional(readOnly = true)
	public Page<UserView> list(CurrentUser admin, int page, int size) {
		OrganisationManagement.requireAdmin(admin);
		long total = jdbc.sql("select count(*) from app_user").query(Long.class).single();
		List<UserView> items = jdbc.sql(SELECT_USER + " order by o.name, u.name" + Page.window(page, size))
			.query(UserManagement::mapView)
			.list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public UserView get(CurrentUser admin, UUID id) {
		OrganisationManagement.requireAdmin(admin);
		return jdbc.sql(SELECT_USER + " where u.id = :id").param("id", id).query(UserManagement::mapView).optional()
			.orElseThrow(() -> new NotFound("user"));
	}

	@Transactional
	public UUID create(CurrentUser admin, UserDetailsInput input) {
		OrganisationManagement.requireAdmin(admin);
		List<FieldMessage> errors = checkRoles(input);
		if (input.password() == null || input.password().length() < MIN_PASSWORD_LENGTH) {
			errors.add(new FieldMessage("password", "user.password.tooShort", MIN_PASSWORD_LENGTH));
		}
		InvalidInput.throwIfAny(errors);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into app_user (id, username, name, password_hash, organisation_id)
					values (:id, :username, :name, :hash, :org)""")
				.param("id", id)
				.param("username", normaliseUsername(input.username()))
				.param("name", input.name().strip())
				.param("hash", passwords.encode(input.password()))
				.param("org", input.organisationId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("username", "user.username.taken");
		}
		writeRoles(id, input.roles());
		audit.record(admin.id(), "USER_CREATED", "user", id, "roles=" + input.roles());
		return id;
	}

	@Transactional
	public void update(CurrentUser admin, UUID id, UserDetailsInput input) {
		UserView current = get(admin, id);
		List<FieldMessage> errors = checkRoles(input);
		boolean newPassword = input.password() != null && !input.password().isEmpty();
		if (newPassword && input.password().length() < MIN_PASSWORD_LENGTH) {
			errors.add(new FieldMessage("password", "user.password.tooShort", MIN_PASSWORD_LENGTH));
		}
		if (current.id().equals(admin.id()) && !input.roles().contains(Role.ADMIN)) {
			errors.add(new FieldMessage("roles", "user.roles.ownAdmin"));
		}
		InvalidInput.throwIfAny(errors);
		try {
			jdbc.sql("update app_user set username = :username, name = :name, organisation_id = :org where id = :id")
				.param("id", id)
				.param("username", normaliseUsername(input.username()))
				.param("name", input.name().strip())
				.param("org", input.organisationId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("username", "user.username.taken");
		}
		if (newPassword) {
			jdbc.sql("update app_user set password_hash = :hash where id = :id").param("id", id).param("hash", passwords.encode(input.password())).update();
		}
		jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
		writeRoles(id, input.roles());
		audit.record(admin.id(), "USER_UPDATED", "user", id, "roles=" + input.roles());
	}

	/**
	 * A deactivated user can no longer log in, and their session and API tokens stop working on the
	 * next request (every request reloads the user). Users are never deleted: they carry history.
	 */
	@Transactional
	public void setActive(CurrentUser admin, UUID id, boolean active) {
		get(admin, id);
		if (!active && id.equals(admin.id())) {
			throw new Refused("user.deactivate.self");
		}
		jdbc.sql("update app_user set active = :active where id = :id").param("id", id).param("active", active).update();
		audit.record(admin.id(), active ? "USER_ACTIVATED" : "USER_DEACTIVATED", "user", id, null);
	}

	private List<FieldMessage> checkRoles(UserDetailsInput input) {
		List<FieldMessage> errors = new ArrayList<>();
		Optional<OrganisationView> organisation = organisations.find(input.organisationId());
		if (organisation.isEmpty()) {
			errors.add(new FieldMessage("organisationId", "organisation.unknown"));
			return errors;
		}
		for (Role role : input.roles()) {
			if (!role.allowedFor(organisation.get().type())) {
				errors.add(new FieldMessage("roles", "user.role.notForOrganisation", role.name()));
			}
		}
		return errors;
	}

	private void writeRoles(UUID userId, Set<Role> roles) {
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", userId).param("role", role.name()).update();
		}
	}

	static String normaliseUsername(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	static Set<Role> roles(String csv) {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		for (String part : csv.split(",")) {
			if (!part.isBlank()) {
				roles.add(Role.valueOf(part));
			}
		}
		return roles;
	}

	static CurrentUser mapCurrent(ResultSet rs, int row) throws SQLException {
		return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("name"),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
				OrganisationType.valueOf(rs.getString("organisation_type")), roles(rs.getString("roles")));
	}

	private static UserView mapView(ResultSet rs, int row) throws SQLException {
		return new UserView(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("name"),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), roles(rs.getString("roles")),
				rs.getBoolean("active"));
	}
}
