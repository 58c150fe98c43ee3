package nl.ketenimpact.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.Gone;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Outbox;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: the way into Ketenimpact for everyone but tenants (DOMAIN_RULES §8). The mail carries a single-use link
 * valid 7 days; only the SHA-256 of its token is stored. Accepting sets a name and password and makes the account,
 * with the invited roles, in the invited organisation.
 */
@Service
public class Invitations {

	static final Duration VALID = Duration.ofDays(7);

	private static final String SELECT = """
			select i.id, i.email, i.name, i.organisation_id, o.name as organisation_name, i.roles, i.project_id, i.status, i.expires_at,
			       i.created_at, u.name as invited_by_name
			from invitation i join organisation o on o.id = i.organisation_id left join app_user u on u.id = i.invited_by
			""";

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final ObjectProvider<PartnerProjects> projects;

	private final Outbox outbox;

	private final AuditLog audit;

	private final java.time.Clock clock;

	Invitations(JdbcClient jdbc, OrganisationManagement organisations, UserManagement users, ObjectProvider<PartnerProjects> projects,
			Outbox outbox, AuditLog audit, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.users = users;
		this.projects = projects;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** An invitation that passed every check but is not yet written: what a CSV preview shows per row. */
	public record Checked(InvitationInput input, UUID organisationId, String organisationName) {
	}

	/**
	 * Checks an invitation without writing anything: field errors ({@link InvalidInput}), a role outside the inviter's
	 * organisation or above their own ({@link Refused}), or someone who already has an account or invitation.
	 */
	@Transactional(readOnly = true)
	public Checked check(CurrentUser inviter, InvitationInput input) {
		List<FieldMessage> errors = new ArrayList<>();
		String email = UserManagement.normaliseUsername(input.email());
		if (email.isEmpty()) {
			errors.add(new FieldMessage("email", "validation.required"));
		}
		else if (!UserManagement.plausibleEmail(email)) {
			errors.add(new FieldMessage("email", "validation.email"));
		}
		if (input.roles() == null || input.roles().isEmpty()) {
			errors.add(new FieldMessage("roles", "user.roles.required"));
		}
		if (input.name() != null && input.name().strip().length() > 120) {
			errors.add(new FieldMessage("name", "validation.size.max", 120));
		}
		OrganisationType type;
		UUID organisationId = input.organisationId();
		String organisationName;
		if (input.newOrganisation() != null) {
			if (input.projectId() == null && !inviter.has(Role.ADMIN)) {
				errors.add(new FieldMessage("projectId", "invitation.newOrganisation.needsProject"));
			}
			OrganisationDetails details = input.newOrganisation();
			if (details.name() == null || details.name().isBlank()) {
				errors.add(new FieldMessage("organisation.name", "validation.required"));
			}
			else if (organisations.findByName(details.name().strip()).isPresent()) {
				errors.add(new FieldMessage("organisation.name", "organisation.name.taken"));
			}
			if (details.type() == null) {
				errors.add(new FieldMessage("organisation.type", "validation.required"));
			}
			InvalidInput.throwIfAny(errors);
			type = details.type();
			organisationId = null;
			organisationName = details.name().strip();
		}
		else {
			Optional<OrganisationView> organisation = organisationId == null ? Optional.empty() : organisations.find(organisationId);
			if (organisation.isEmpty() || !organisation.get().active()) {
				errors.add(new FieldMessage("organisationId", organisationId == null ? "validation.required" : "organisation.unknown"));
			}
			InvalidInput.throwIfAny(errors);
			type = organisation.get().type();
			organisationName = organisation.get().name();
		}
		if (input.projectId() != null) {
			if (type.isCorporation() || type.isPlatform()) {
				throw new InvalidInput("organisationId", "partner.organisation.corporation");
			}
			projects.getObject().requireManage(inviter, input.projectId());
		}
		for (Role role : input.roles()) {
			if (!role.allowedFor(type)) {
				errors.add(new FieldMessage("roles", "user.role.notForOrganisation", role.name()));
			}
		}
		InvalidInput.throwIfAny(errors);
		Set<Role> grantable = organisationId == null
				? InvitationRules.grantable(inviter, UUID.randomUUID(), type, input.projectId() != null)
				: InvitationRules.grantable(inviter, organisationId, type, input.projectId() != null);
		if (!grantable.containsAll(input.roles())) {
			throw new Refused("invitation.role.notYours");
		}
		if (users.exists(email)) {
			throw new InvalidInput("email", "invitation.email.hasAccount");
		}
		if (pendingFor(email)) {
			throw new InvalidInput("email", "invitation.email.pending");
		}
		return new Checked(input, organisationId, organisationName);
	}

	/** Checks, creates the organisation if new, makes it a chain partner for a project, writes the invitation and mails it. */
	@Transactional
	public InvitationView invite(CurrentUser inviter, InvitationInput input) {
		Checked checked = check(inviter, input);
		UUID organisationId = checked.organisationId();
		if (organisationId == null) {
			organisationId = organisations.createForInvitation(inviter, input.newOrganisation());
		}
		if (input.projectId() != null) {
			projects.getObject().ensurePartner(inviter, input.projectId(), organisationId);
		}
		UUID id = UUID.randomUUID();
		String token = ApiTokens.newToken();
		try {
			jdbc.sql("""
					insert into invitation (id, email, name, organisation_id, project_id, roles, token_hash, expires_at, invited_by, locale)
					values (:id, :email, :name, :org, :project, :roles, :hash, :expires, :by, :locale)""")
				.param("id", id)
				.param("email", UserManagement.normaliseUsername(input.email()))
				.param("name", OrganisationManagement.blankToNull(input.name()))
				.param("org", organisationId)
				.param("project", input.projectId())
				.param("roles", String.join(",", input.roles().stream().sorted().map(Enum::name).toList()))
				.param("hash", ApiTokens.hash(token))
				.param("expires", now().plus(VALID))
				.param("by", inviter.id())
				.param("locale", language(input.locale()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("email", "invitation.email.pending");
		}
		mail(id, token);
		audit.record(inviter.id(), organisationId, "INVITATION_SENT", "invitation", id, "roles=" + input.roles());
		return get(id);
	}

	/** Pending, accepted, revoked and expired invitations the user may see: all (admin), their organisation's, or their own. */
	@Transactional(readOnly = true)
	public Page<InvitationView> list(CurrentUser user, int page, int size) {
		if (!InvitationRules.invites(user)) {
			throw new Refused("access.denied");
		}
		String where = user.has(Role.ADMIN) ? "" : " where (i.organisation_id = :org or i.invited_by = :user)";
		long total = jdbc.sql("select count(*) from invitation i" + where).param("org", user.organisationId()).param("user", user.id())
			.query(Long.class).single();
		List<InvitationView> items = jdbc.sql(SELECT + where + " order by i.created_at desc, i.id" + Page.window(page, size))
			.param("org", user.organisationId()).param("user", user.id())
			.query(this::map).list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public InvitationView get(CurrentUser user, UUID id) {
		InvitationView invitation = get(id);
		if (!mayManage(user, invitation) && !invitation.organisationId().equals(user.organisationId())) {
			throw new NotFound("invitation");
		}
		return invitation;
	}

	/** A new link (the old one stops working) valid another 7 days; for a pending or expired invitation. */
	@Transactional
	public InvitationView resend(CurrentUser user, UUID id) {
		InvitationView invitation = manageable(user, id);
		if (invitation.status() == InvitationStatus.ACCEPTED || invitation.status() == InvitationStatus.REVOKED) {
			throw new Conflict("invitation.resend." + invitation.status().name().toLowerCase(Locale.ROOT));
		}
		String token = ApiTokens.newToken();
		jdbc.sql("update invitation set token_hash = :hash, expires_at = :expires, updated_at = now() where id = :id")
			.param("id", id).param("hash", ApiTokens.hash(token)).param("expires", now().plus(VALID)).update();
		mail(id, token);
		audit.record(user.id(), invitation.organisationId(), "INVITATION_RESENT", "invitation", id, null);
		return get(id);
	}

	@Transactional
	public InvitationView revoke(CurrentUser user, UUID id) {
		InvitationView invitation = manageable(user, id);
		if (invitation.status() == InvitationStatus.ACCEPTED) {
			throw new Conflict("invitation.revoke.accepted");
		}
		if (invitation.status() != InvitationStatus.REVOKED) {
			jdbc.sql("update invitation set status = 'REVOKED', updated_at = now() where id = :id").param("id", id).update();
			audit.record(user.id(), invitation.organisationId(), "INVITATION_REVOKED", "invitation", id, null);
		}
		return get(id);
	}

	/** What the accept page shows before the invitee chooses a password; a dead link says why ({@link Gone}). */
	@Transactional(readOnly = true)
	public InvitationView open(String token) {
		return usable(token);
	}

	/** Accepting: the account is made with the invited roles, and the link is used up. */
	@Transactional
	public CurrentUser accept(String token, String name, String password) {
		InvitationView invitation = usable(token);
		List<FieldMessage> errors = new ArrayList<>();
		String chosenName = name == null || name.isBlank() ? invitation.name() : name.strip();
		if (chosenName == null || chosenName.isBlank()) {
			errors.add(new FieldMessage("name", "validation.required"));
		}
		else if (chosenName.length() > 120) {
			errors.add(new FieldMessage("name", "validation.size.max", 120));
		}
		PasswordRules.check("password", password, invitation.email()).ifPresent(errors::add);
		InvalidInput.throwIfAny(errors);
		// The row lock makes a second accept of the same link wait, then find it used.
		String status = jdbc.sql("select status from invitation where id = :id for update").param("id", invitation.id()).query(String.class).single();
		if (!"PENDING".equals(status)) {
			throw new Gone("invitation.used");
		}
		String locale = jdbc.sql("select locale from invitation where id = :id").param("id", invitation.id()).query(String.class).single();
		UUID userId = users.createAccount(invitation.email(), chosenName, password, invitation.organisationId(), invitation.roles(), locale);
		jdbc.sql("update invitation set status = 'ACCEPTED', accepted_user_id = :u, updated_at = now() where id = :id")
			.param("id", invitation.id()).param("u", userId).update();
		audit.record(userId, invitation.organisationId(), "INVITATION_ACCEPTED", "invitation", invitation.id(), "roles=" + invitation.roles());
		return users.currentUser(userId).orElseThrow();
	}

	/**
	 * Signing in through the organisation's identity provider accepts a pending invitation of that e-mail address
	 * into that organisation: the account is made without a password (the provider is how it signs in).
	 */
	@Transactional
	public Optional<CurrentUser> acceptThroughProvider(UUID organisationId, String email, String providerName) {
		Optional<InvitationView> pending = jdbc.sql(SELECT + " where i.email = :e and i.organisation_id = :o and i.status = 'PENDING' and i.expires_at > :now"
				+ " order by i.created_at desc limit 1 for update of i")
			.param("e", UserManagement.normaliseUsername(email)).param("o", organisationId).param("now", now()).query(this::map).optional();
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		InvitationView invitation = pending.get();
		String name = providerName != null && !providerName.isBlank() ? providerName.strip() : invitation.name() != null ? invitation.name() : invitation.email();
		String locale = jdbc.sql("select locale from invitation where id = :id").param("id", invitation.id()).query(String.class).single();
		UUID userId = users.createAccount(invitation.email(), name.length() > 120 ? name.substring(0, 120) : name, null, organisationId,
				invitation.roles(), locale);
		jdbc.sql("update invitation set status = 'ACCEPTED', accepted_user_id = :u, updated_at = now() where id = :id")
			.param("id", invitation.id()).param("u", userId).update();
		audit.record(userId, organisationId, "INVITATION_ACCEPTED", "invitation", invitation.id(), "through identity provider");
		return users.currentUser(userId);
	}

	private InvitationView usable(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			throw new Gone("invitation.unknown");
		}
		InvitationView invitation = jdbc.sql(SELECT + " where i.token_hash = :hash").param("hash", ApiTokens.hash(token.strip()))
			.query(this::map).optional().orElseThrow(() -> new Gone("invitation.unknown"));
		return switch (invitation.status()) {
			case PENDING -> invitation;
			case ACCEPTED -> throw new Gone("invitation.used");
			case REVOKED -> throw new Gone("invitation.revoked");
			case EXPIRED -> throw new Gone("invitation.expired");
		};
	}

	private void mail(UUID id, String token) {
		record Recipient(String email, String organisationName, String locale, OffsetDateTime expiresAt, String inviterName) {
		}
		Recipient to = jdbc.sql("""
				select i.email, o.name as organisation_name, i.locale, i.expires_at, u.name as inviter_name
				from invitation i join organisation o on o.id = i.organisation_id join app_user u on u.id = i.invited_by where i.id = :id""")
			.param("id", id).query(Recipient.class).single();
		Locale locale = Locale.forLanguageTag(to.locale());
		outbox.send(to.email(), locale, "invitation", true, to.inviterName(), to.organisationName(), outbox.link("/uitnodiging?token=" + token),
				nl.ketenimpact.shared.DutchDate.format(to.expiresAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate()));
	}

	private InvitationView manageable(CurrentUser user, UUID id) {
		InvitationView invitation = get(id);
		if (!mayManage(user, invitation)) {
			if (invitation.organisationId().equals(user.organisationId()) || user.id().equals(invitedBy(id))) {
				throw new Refused("invitation.role.notYours");
			}
			throw new NotFound("invitation");
		}
		return invitation;
	}

	private boolean mayManage(CurrentUser user, InvitationView invitation) {
		if (user.has(Role.ADMIN) || user.id().equals(invitedBy(invitation.id()))) {
			return true;
		}
		if (!invitation.organisationId().equals(user.organisationId())) {
			return false;
		}
		OrganisationType type = user.organisationType();
		return InvitationRules.grantable(user, user.organisationId(), type, false).containsAll(invitation.roles());
	}

	private UUID invitedBy(UUID id) {
		return jdbc.sql("select invited_by from invitation where id = :id").param("id", id).query(UUID.class).optional().orElse(null);
	}

	private boolean pendingFor(String email) {
		return jdbc.sql("select exists (select 1 from invitation where email = :e and status = 'PENDING' and expires_at > :now)")
			.param("e", email).param("now", now()).query(Boolean.class).single();
	}

	private InvitationView get(UUID id) {
		return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(this::map).optional().orElseThrow(() -> new NotFound("invitation"));
	}

	private InvitationView map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime expiresAt = rs.getObject("expires_at", OffsetDateTime.class);
		InvitationStatus status = InvitationStatus.valueOf(rs.getString("status"));
		if (status == InvitationStatus.PENDING && !expiresAt.isAfter(now())) {
			status = InvitationStatus.EXPIRED;
		}
		return new InvitationView(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), UserManagement.roles(rs.getString("roles")),
				rs.getObject("project_id", UUID.class), status, expiresAt, rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("invited_by_name"));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	static String language(String locale) {
		return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "nl";
	}

	/** Roles a user may choose from in the invitation form for their own organisation. */
	public static Set<Role> grantableOwn(CurrentUser user) {
		return InvitationRules.grantable(user, user.organisationId(), user.organisationType(), false);
	}
}
