package nl.ketenimpact.organisation.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.InvitationAccepted;
import nl.ketenimpact.organisation.PasswordRules;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.Gone;
import nl.ketenimpact.shared.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitee's side of an invitation: opening the link (a dead one says why, {@link Gone}), and accepting it with a
 * name and password, or on a first sign-in through the organisation's identity provider. Either makes the account
 * with the invited roles and uses the link up ({@link InvitationAccepted}).
 */
@Service
public class InvitationAcceptance {

	private final InvitationRepository repository;

	private final UserManagement users;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	InvitationAcceptance(InvitationRepository repository, UserManagement users, AuditLog audit, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.repository = repository;
		this.users = users;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
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
		Invitation locked = repository.lockedForUpdate(invitation.id());
		if (locked.status() != InvitationStatus.PENDING) {
			throw new Gone("invitation.used");
		}
		UUID userId = users.createAccount(invitation.email(), chosenName, password, invitation.organisationId(), invitation.roles(),
				repository.locale(invitation.id()));
		events.publishEvent(locked.accept(userId, now()));
		repository.saveStatus(locked);
		audit.record(userId, invitation.organisationId(), "INVITATION_ACCEPTED", "invitation", invitation.id(), "roles=" + invitation.roles());
		return users.currentUser(userId).orElseThrow();
	}

	/**
	 * Signing in through the organisation's identity provider accepts a pending invitation of that e-mail address
	 * into that organisation: the account is made without a password (the provider is how it signs in).
	 */
	@Transactional
	public Optional<CurrentUser> acceptThroughProvider(UUID organisationId, String email, String providerName) {
		Optional<InvitationView> pending = repository.lockedPending(UserManagement.normaliseUsername(email), organisationId, now());
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		InvitationView invitation = pending.get();
		String name = providerName != null && !providerName.isBlank() ? providerName.strip() : invitation.name() != null ? invitation.name() : invitation.email();
		UUID userId = users.createAccount(invitation.email(), name.length() > 120 ? name.substring(0, 120) : name, null, organisationId,
				invitation.roles(), repository.locale(invitation.id()));
		Invitation locked = repository.lockedForUpdate(invitation.id());
		events.publishEvent(locked.accept(userId, now()));
		repository.saveStatus(locked);
		audit.record(userId, organisationId, "INVITATION_ACCEPTED", "invitation", invitation.id(), "through identity provider");
		return users.currentUser(userId);
	}

	private InvitationView usable(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			throw new Gone("invitation.unknown");
		}
		InvitationView invitation = repository.byTokenHash(ApiTokens.hash(token.strip()), now()).orElseThrow(() -> new Gone("invitation.unknown"));
		return switch (invitation.status()) {
			case PENDING -> invitation;
			case ACCEPTED -> throw new Gone("invitation.used");
			case REVOKED -> throw new Gone("invitation.revoked");
			case EXPIRED -> throw new Gone("invitation.expired");
		};
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
