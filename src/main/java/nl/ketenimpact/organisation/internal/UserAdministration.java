package nl.ketenimpact.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.PasswordChanged;
import nl.ketenimpact.organisation.PasswordRules;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserDeactivated;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.organisation.UserView;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform admin's work on accounts: making one with a password, changing its details and roles (never taking the
 * admin role from oneself), and (de)activating it. Accounts are never deleted: they carry history.
 */
@Service
public class UserAdministration {

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final OrganisationManagement organisations;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final UserRoles roles;

	UserAdministration(JdbcClient jdbc, UserManagement users, OrganisationManagement organisations, PasswordEncoder passwords, AuditLog audit,
			ApplicationEventPublisher events, UserRoles roles) {
		this.jdbc = jdbc;
		this.roles = roles;
		this.users = users;
		this.organisations = organisations;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public UUID create(CurrentUser admin, UserDetailsInput input) {
		OrganisationManagement.requireAdmin(admin);
		List<FieldMessage> errors = checkRoles(input);
		PasswordRules.check("password", input.password(), input.username()).ifPresent(errors::add);
		InvalidInput.throwIfAny(errors);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into app_user (id, username, name, password_hash, organisation_id)
					values (:id, :username, :name, :hash, :org)""")
				.param("id", id)
				.param("username", UserManagement.normaliseUsername(input.username()))
				.param("name", input.name().strip())
				.param("hash", passwords.encode(input.password()))
				.param("org", input.organisationId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("username", "user.username.taken");
		}
		roles.replace(id, input.roles());
		audit.record(admin.id(), input.organisationId(), "USER_CREATED", "user", id, "roles=" + input.roles());
		return id;
	}

	@Transactional
	public void update(CurrentUser admin, UUID id, UserDetailsInput input) {
		UserView current = users.get(admin, id);
		List<FieldMessage> errors = checkRoles(input);
		boolean newPassword = input.password() != null && !input.password().isEmpty();
		if (newPassword) {
			PasswordRules.check("password", input.password(), input.username()).ifPresent(errors::add);
		}
		if (current.id().equals(admin.id()) && !input.roles().contains(Role.ADMIN)) {
			errors.add(new FieldMessage("roles", "user.roles.ownAdmin"));
		}
		InvalidInput.throwIfAny(errors);
		try {
			jdbc.sql("update app_user set username = :username, name = :name, organisation_id = :org where id = :id")
				.param("id", id)
				.param("username", UserManagement.normaliseUsername(input.username()))
				.param("name", input.name().strip())
				.param("org", input.organisationId())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("username", "user.username.taken");
		}
		if (newPassword) {
			users.storePassword(id, input.password());
			audit.record(admin.id(), input.organisationId(), "PASSWORD_SET", "user", id, null);
			events.publishEvent(new PasswordChanged(id, false));
		}
		roles.replace(id, input.roles());
		if (!current.roles().equals(input.roles())) {
			audit.record(admin.id(), input.organisationId(), "ROLES_CHANGED", "user", id, "roles=" + input.roles());
		}
		audit.record(admin.id(), input.organisationId(), "USER_UPDATED", "user", id, "roles=" + input.roles());
	}

	/**
	 * A deactivated user can no longer log in, and their session and API tokens stop working on the
	 * next request (every request reloads the user). Users are never deleted: they carry history.
	 */
	@Transactional
	public void setActive(CurrentUser admin, UUID id, boolean active) {
		users.get(admin, id);
		if (!active && id.equals(admin.id())) {
			throw new Refused("user.deactivate.self");
		}
		jdbc.sql("update app_user set active = :active where id = :id").param("id", id).param("active", active).update();
		audit.record(admin.id(), users.organisationOf(id), active ? "USER_ACTIVATED" : "USER_DEACTIVATED", "user", id, null);
		if (!active) {
			events.publishEvent(new UserDeactivated(id));
		}
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
}
