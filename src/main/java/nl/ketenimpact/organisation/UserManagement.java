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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts and their roles; managed by ADMIN. */
@Service
public class UserManagement {

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

	private final org.springframework.context.ApplicationEventPublisher events;

	private final nl.ketenimpact.organisation.internal.UserRoles userRoles;

	UserManagement(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, OrganisationManagement organisations,
			org.springframework.context.ApplicationEventPublisher events, nl.ketenimpact.organisation.internal.UserRoles userRoles) {
		this.jdbc = jdbc;
		this.userRoles = userRoles;
		this.passwords = passwords;
		this.audit = audit;
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * The account with this id, also when deactivated (a deactivated tenant may still ask for erasure); empty when
	 * unknown. Not for signing in: use {@link #currentUser} for that.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> account(UUID id) {
		return jdbc.sql(SELECT_USER + " where u.id = :id").param("id", id).query(UserManagement::mapCurrent).optional();
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

	/** "Mijn account": a new password, the current one required; the other sessions of the user end. */
	@Transactional
	public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
		String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", user.id()).query(String.class).optional().orElse(null);
		if (hash == null || currentPassword == null || !passwords.matches(currentPassword, hash)) {
			throw new InvalidInput("currentPassword", "password.currentWrong");
		}
		PasswordRules.check("newPassword", newPassword, user.username()).ifPresent(message -> {
			throw new InvalidInput(List.of(message));
		});
		storePassword(user.id(), newPassword);
		audit.record(user.id(), user.organisationId(), "PASSWORD_CHANGED", "user", user.id(), null);
		events.publishEvent(new PasswordChanged(user.id(), true));
	}

	/** Sets a password that the caller has checked against {@link PasswordRules}. */
	public void storePassword(UUID id, String password) {
		jdbc.sql("update app_user set password_hash = :hash where id = :id").param("id", id).param("hash", passwords.encode(password)).update();
	}

	/**
	 * A new account from an accepted invitation or an activation code; the caller has checked the password and the
	 * roles. Without a password (null) the account signs in only through its organisation's identity provider.
	 */
	public UUID createAccount(String username, String name, String password, UUID organisationId, Set<Role> roles, String locale) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into app_user (id, username, name, password_hash, organisation_id, preferred_locale)
					values (:id, :username, :name, :hash, :org, :locale)""")
				.param("id", id)
				.param("username", normaliseUsername(username))
				.param("name", name.strip())
				.param("hash", password == null ? null : passwords.encode(password))
				.param("org", organisationId)
				.param("locale", "en".equals(locale) ? "en" : "nl")
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new nl.ketenimpact.shared.Conflict("user.username.taken");
		}
		userRoles.replace(id, roles);
		return id;
	}

	/**
	 * A tenant's account from an activation code: RESIDENT of the corporation that owns the dwelling. The project
	 * module has checked the code; the e-mail and password are checked here ({@link InvalidInput}).
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public UUID createResident(String email, String name, String password, UUID corporationId, String locale) {
		List<FieldMessage> errors = new ArrayList<>();
		String username = normaliseUsername(email);
		if (username.isEmpty()) {
			errors.add(new FieldMessage("email", "validation.required"));
		}
		else if (!plausibleEmail(username)) {
			errors.add(new FieldMessage("email", "validation.email"));
		}
		else if (exists(username)) {
			errors.add(new FieldMessage("email", "activation.email.taken"));
		}
		if (name == null || name.isBlank()) {
			errors.add(new FieldMessage("name", "validation.required"));
		}
		else if (name.strip().length() > 120) {
			errors.add(new FieldMessage("name", "validation.size.max", 120));
		}
		PasswordRules.check("password", password, username).ifPresent(errors::add);
		InvalidInput.throwIfAny(errors);
		UUID id = createAccount(username, name, password, corporationId, Set.of(Role.RESIDENT), locale);
		audit.record(id, corporationId, "RESIDENT_ACTIVATED", "user", id, null);
		return id;
	}

	/** A project lead ends a tenant's account (the project module has checked the project); the account keeps its history. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void deactivateResident(CurrentUser by, UUID userId) {
		CurrentUser resident = currentUser(userId).filter(u -> u.roles().equals(Set.of(Role.RESIDENT)) && u.organisationId().equals(by.organisationId()))
			.orElseThrow(() -> new NotFound("user"));
		jdbc.sql("update app_user set active = false where id = :id").param("id", resident.id()).update();
		audit.record(by.id(), by.organisationId(), "USER_DEACTIVATED", "user", userId, "resident account");
		events.publishEvent(new UserDeactivated(userId));
	}

	/** Whether any account, active or not, has this e-mail address. */
	public boolean exists(String username) {
		return jdbc.sql("select exists (select 1 from app_user where username = :u)").param("u", normaliseUsername(username)).query(Boolean.class).single();
	}

	/** The preferred language of a user (for mails): "nl" or "en". */
	@Transactional(readOnly = true)
	public java.util.Locale localeOf(UUID id) {
		return java.util.Locale.forLanguageTag(jdbc.sql("select preferred_locale from app_user where id = :id").param("id", id)
			.query(String.class).optional().orElse("nl"));
	}

	/** The organisation of an account, active or not (null when unknown). */
	public UUID organisationOf(UUID userId) {
		return jdbc.sql("select organisation_id from app_user where id = :id").param("id", userId).query(UUID.class).optional().orElse(null);
	}

	/** A normalised address that can be mailed: one @, a dot in the domain, no spaces, at most 120 characters. */
	public static boolean plausibleEmail(String normalised) {
		return normalised.length() <= 120 && normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	public static String normaliseUsername(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	public static Set<Role> roles(String csv) {
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
