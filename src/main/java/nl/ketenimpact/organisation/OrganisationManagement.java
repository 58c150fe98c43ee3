package nl.ketenimpact.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.internal.Invitations;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: listed by every signed-in user except residents, managed by ADMIN. */
@Service
public class OrganisationManagement {

	private static final String COLUMNS = "id, name, type, city, active";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	OrganisationManagement(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Page<OrganisationView> list(CurrentUser user, int page, int size) {
		requireCanList(user);
		long total = jdbc.sql("select count(*) from organisation").query(Long.class).single();
		List<OrganisationView> items = jdbc.sql("select " + COLUMNS + " from organisation order by name" + Page.window(page, size))
			.query(OrganisationView.class)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** Active organisations for pickers (partners, referrals); bounded, there are a few hundred at most. */
	@Transactional(readOnly = true)
	public List<OrganisationView> activeForPicking(CurrentUser user) {
		requireCanList(user);
		return jdbc.sql("select " + COLUMNS + " from organisation where active and type <> 'PLATFORM' order by name limit 1000")
			.query(OrganisationView.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from organisation where id = :id").param("id", id).query(OrganisationView.class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> findByName(String name) {
		return jdbc.sql("select " + COLUMNS + " from organisation where name = :name").param("name", name).query(OrganisationView.class).optional();
	}

	public OrganisationView get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("organisation"));
	}

	/** Names of several organisations in one query (no N+1 in lists). */
	@Transactional(readOnly = true)
	public Map<UUID, OrganisationView> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + COLUMNS + " from organisation where id in (:ids)")
			.param("ids", ids)
			.query(OrganisationView.class)
			.list()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, o -> o));
	}

	@Transactional
	public UUID create(CurrentUser admin, OrganisationDetails details) {
		requireAdmin(admin);
		UUID id = UUID.randomUUID();
		write("insert into organisation (id, name, type, city) values (:id, :name, :type, :city)", id, details);
		audit.record(admin.id(), "ORGANISATION_CREATED", "organisation", id, null);
		return id;
	}

	/** A chain partner or institution created in the step that invites its lead into a project (checked by {@link Invitations}). */
	public UUID createForInvitation(CurrentUser inviter, OrganisationDetails details) {
		UUID id = UUID.randomUUID();
		write("insert into organisation (id, name, type, city) values (:id, :name, :type, :city)", id, details);
		audit.record(inviter.id(), id, "ORGANISATION_CREATED", "organisation", id, "by invitation");
		return id;
	}

	@Transactional
	public void update(CurrentUser admin, UUID id, OrganisationDetails details) {
		requireAdmin(admin);
		OrganisationView current = get(id);
		if (current.type() != details.type() && hasUsers(id)) {
			// Roles are checked against the type; changing it under existing users would break that.
			throw new InvalidInput("type", "organisation.type.locked");
		}
		write("update organisation set name = :name, type = :type, city = :city where id = :id", id, details);
		audit.record(admin.id(), "ORGANISATION_UPDATED", "organisation", id, null);
	}

	private void write(String sql, UUID id, OrganisationDetails details) {
		try {
			jdbc.sql(sql)
				.param("id", id)
				.param("name", details.name().strip())
				.param("type", details.type().name())
				.param("city", blankToNull(details.city()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("name", "organisation.name.taken");
		}
	}

	/** Organisations with history are never deleted; deactivated ones drop out of pickers and cannot log in. */
	@Transactional
	public void setActive(CurrentUser admin, UUID id, boolean active) {
		requireAdmin(admin);
		get(id);
		if (!active && id.equals(admin.organisationId())) {
			throw new Refused("organisation.deactivate.own");
		}
		jdbc.sql("update organisation set active = :active where id = :id").param("id", id).param("active", active).update();
		audit.record(admin.id(), active ? "ORGANISATION_ACTIVATED" : "ORGANISATION_DEACTIVATED", "organisation", id, null);
	}

	private boolean hasUsers(UUID id) {
		return jdbc.sql("select exists (select 1 from app_user where organisation_id = :id)").param("id", id).query(Boolean.class).single();
	}

	private static void requireCanList(CurrentUser user) {
		if (user.roles().isEmpty() || (user.roles().size() == 1 && user.has(Role.RESIDENT))) {
			throw new Refused("access.denied");
		}
	}

	public static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new Refused("access.adminOnly");
		}
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
