package nl.ketenimpact.organisation.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.InvitationRules;
import nl.ketenimpact.organisation.OrganisationDetails;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.PartnerProjects;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Outbox;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
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

	private final InvitationRepository repository;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final ObjectProvider<PartnerProjects> projects;

	private final Outbox outbox;

	private final AuditLog audit;

	private final java.time.Clock clock;

	private final ApplicationEventPublisher events;

	Invitations(InvitationRepository repository, OrganisationManagement organisations, UserManagement users,
			ObjectProvider<PartnerProjects> projects, Outbox outbox, AuditLog audit, java.time.Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
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
		if (repository.pendingFor(email, now())) {
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
			repository.insert(id, UserManagement.normaliseUsername(input.email()), OrganisationManagement.blankToNull(input.name()), organisationId,
					input.projectId(), String.join(",", input.roles().stream().sorted().map(Enum::name).toList()), ApiTokens.hash(token),
					now().plus(VALID), inviter.id(), language(input.locale()));
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
		boolean all = user.has(Role.ADMIN);
		long total = repository.count(all, user.organisationId(), user.id());
		List<InvitationView> items = repository.page(all, user.organisationId(), user.id(), Page.window(page, size), now());
		return new Page<>(items, page, size, total);
	}

	/** One invitation, for those who may invite (as the list): it names a person who has not yet agreed to anything. */
	@Transactional(readOnly = true)
	public InvitationView get(CurrentUser user, UUID id) {
		if (!InvitationRules.invites(user)) {
			throw new NotFound("invitation");
		}
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
		Invitation locked = repository.lockedForUpdate(id);
		String token = ApiTokens.newToken();
		locked.resend(ApiTokens.hash(token), now().plus(VALID), now());
		repository.saveLink(locked);
		mail(id, token);
		audit.record(user.id(), invitation.organisationId(), "INVITATION_RESENT", "invitation", id, null);
		return get(id);
	}

	@Transactional
	public InvitationView revoke(CurrentUser user, UUID id) {
		InvitationView invitation = manageable(user, id);
		Invitation locked = repository.lockedForUpdate(id);
		if (locked.revoke()) {
			repository.saveStatus(locked);
			audit.record(user.id(), invitation.organisationId(), "INVITATION_REVOKED", "invitation", id, null);
		}
		return get(id);
	}

	private void mail(UUID id, String token) {
		InvitationRepository.Recipient to = repository.recipient(id);
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
		return repository.invitedBy(id).orElse(null);
	}

	private InvitationView get(UUID id) {
		return repository.find(id, now()).orElseThrow(() -> new NotFound("invitation"));
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
