package nl.ketenimpact.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.UserManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The invitation table: views as people see them (expired when past the date) and {@link Invitation} loaded locked and saved. */
@Repository
class InvitationRepository {

	private static final String SELECT = """
			select i.id, i.email, i.name, i.organisation_id, o.name as organisation_name, i.roles, i.project_id, i.status, i.expires_at,
			       i.created_at, u.name as invited_by_name
			from invitation i join organisation o on o.id = i.organisation_id left join app_user u on u.id = i.invited_by
			""";

	private static final String VISIBLE = " where (:all or i.organisation_id = :org or i.invited_by = :user)";

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the invitation mail needs. */
	record Recipient(String email, String organisationName, String locale, OffsetDateTime expiresAt, String inviterName) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void insert(UUID id, String email, String name, UUID organisationId, UUID projectId, String roles, String tokenHash, OffsetDateTime expiresAt,
			UUID invitedBy, String locale) {
		jdbc.sql("""
				insert into invitation (id, email, name, organisation_id, project_id, roles, token_hash, expires_at, invited_by, locale)
				values (:id, :email, :name, :org, :project, :roles, :hash, :expires, :by, :locale)""")
			.param("id", id).param("email", email).param("name", name).param("org", organisationId).param("project", projectId)
			.param("roles", roles).param("hash", tokenHash).param("expires", expiresAt).param("by", invitedBy).param("locale", locale)
			.update();
	}

	long count(boolean all, UUID organisationId, UUID userId) {
		return jdbc.sql("select count(*) from invitation i" + VISIBLE).param("all", all).param("org", organisationId).param("user", userId)
			.query(Long.class).single();
	}

	List<InvitationView> page(boolean all, UUID organisationId, UUID userId, String window, OffsetDateTime now) {
		return jdbc.sql(SELECT + VISIBLE + " order by i.created_at desc, i.id" + window).param("all", all).param("org", organisationId)
			.param("user", userId).query((rs, n) -> map(rs, now)).list();
	}

	Optional<InvitationView> find(UUID id, OffsetDateTime now) {
		return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query((rs, n) -> map(rs, now)).optional();
	}

	Optional<InvitationView> byTokenHash(String hash, OffsetDateTime now) {
		return jdbc.sql(SELECT + " where i.token_hash = :hash").param("hash", hash).query((rs, n) -> map(rs, now)).optional();
	}

	/** The newest pending invitation of an address into an organisation, locked. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<InvitationView> lockedPending(String email, UUID organisationId, OffsetDateTime now) {
		return jdbc.sql(SELECT + " where i.email = :e and i.organisation_id = :o and i.status = :pending and i.expires_at > :now"
				+ " order by i.created_at desc limit 1 for update of i")
			.param("e", email).param("o", organisationId).param("pending", InvitationStatus.PENDING.name()).param("now", now)
			.query((rs, n) -> map(rs, now)).optional();
	}

	boolean pendingFor(String email, OffsetDateTime now) {
		return jdbc.sql("select exists (select 1 from invitation where email = :e and status = :pending and expires_at > :now)")
			.param("e", email).param("pending", InvitationStatus.PENDING.name()).param("now", now).query(Boolean.class).single();
	}

	Optional<UUID> invitedBy(UUID id) {
		return jdbc.sql("select invited_by from invitation where id = :id").param("id", id).query(UUID.class).optional();
	}

	String locale(UUID id) {
		return jdbc.sql("select locale from invitation where id = :id").param("id", id).query(String.class).single();
	}

	Recipient recipient(UUID id) {
		return jdbc.sql("""
				select i.email, o.name as organisation_name, i.locale, i.expires_at, u.name as inviter_name
				from invitation i join organisation o on o.id = i.organisation_id join app_user u on u.id = i.invited_by where i.id = :id""")
			.param("id", id).query(Recipient.class).single();
	}

	/** The row lock makes a second accept of the same link wait, then find it used. */
	@Transactional(propagation = Propagation.MANDATORY)
	Invitation lockedForUpdate(UUID id) {
		return jdbc.sql("select id, organisation_id, status, expires_at from invitation where id = :id for update").param("id", id)
			.query((rs, n) -> new Invitation(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
					InvitationStatus.valueOf(rs.getString("status")), rs.getObject("expires_at", OffsetDateTime.class)))
			.single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void saveLink(Invitation invitation) {
		jdbc.sql("update invitation set token_hash = :hash, expires_at = :expires, updated_at = now() where id = :id")
			.param("id", invitation.id()).param("hash", invitation.tokenHash()).param("expires", invitation.expiresAt()).update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void saveStatus(Invitation invitation) {
		jdbc.sql("update invitation set status = :s, accepted_user_id = coalesce(:u, accepted_user_id), updated_at = now() where id = :id")
			.param("id", invitation.id()).param("s", invitation.status().name()).param("u", invitation.acceptedBy()).update();
	}

	private static InvitationView map(ResultSet rs, OffsetDateTime now) throws SQLException {
		OffsetDateTime expiresAt = rs.getObject("expires_at", OffsetDateTime.class);
		InvitationStatus status = Invitation.seen(InvitationStatus.valueOf(rs.getString("status")), expiresAt, now);
		return new InvitationView(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), UserManagement.roles(rs.getString("roles")),
				rs.getObject("project_id", UUID.class), status, expiresAt, rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("invited_by_name"));
	}
}
