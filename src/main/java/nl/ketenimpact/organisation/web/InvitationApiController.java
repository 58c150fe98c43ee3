package nl.ketenimpact.organisation.web;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationDetails;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.internal.InvitationAcceptance;
import nl.ketenimpact.organisation.internal.InvitationInput;
import nl.ketenimpact.organisation.internal.InvitationView;
import nl.ketenimpact.organisation.internal.Invitations;
import nl.ketenimpact.shared.Page;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invitations over the API: send, list, resend, revoke; and the public accept that makes the account. */
@RestController
@RequestMapping("/api/v1/invitations")
@Tag(name = "Uitnodigingen")
class InvitationApiController {

	private final Invitations invitations;

	private final InvitationAcceptance acceptance;

	InvitationApiController(Invitations invitations, InvitationAcceptance acceptance) {
		this.invitations = invitations;
		this.acceptance = acceptance;
	}

	record InvitationRequest(@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String email,
			@Size(max = 120, message = "{validation.size.max}") String name, UUID organisationId,
			@NotEmpty(message = "{user.roles.required}") Set<Role> roles, UUID projectId, @Valid OrganisationDetails organisation,
			@Size(max = 5, message = "{validation.size.max}") String language) {
	}

	record AcceptRequest(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String token,
			@Size(max = 120, message = "{validation.size.max}") String name,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String password) {
	}

	record AccountView(UUID id, String username, String name, UUID organisationId, String organisationName, Set<Role> roles) {

		static AccountView of(CurrentUser user) {
			return new AccountView(user.id(), user.username(), user.name(), user.organisationId(), user.organisationName(), user.roles());
		}
	}

	@PostMapping
	@Operation(summary = "Invite someone: into the caller's own organisation, or (COORDINATOR/PROJECT_LEAD, with projectId) the lead of a "
			+ "chain partner or institution, existing (organisationId) or new (organisation). Mails a single-use link valid 7 days.")
	ResponseEntity<InvitationView> invite(CurrentUser user, @Valid @RequestBody InvitationRequest request) {
		String language = request.language() != null ? request.language() : LocaleContextHolder.getLocale().getLanguage();
		InvitationView invitation = invitations.invite(user, new InvitationInput(request.email(), request.name(), request.organisationId(),
				request.roles(), request.projectId(), request.organisation(), language));
		return ResponseEntity.created(URI.create("/api/v1/invitations/" + invitation.id())).body(invitation);
	}

	@GetMapping
	@Operation(summary = "Invitations the caller may see (all for ADMIN; otherwise their organisation's and their own), newest first")
	Page<InvitationView> list(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return invitations.list(user, Page.safePage(page), Page.safeSize(size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One invitation")
	InvitationView get(CurrentUser user, @PathVariable UUID id) {
		return invitations.get(user, id);
	}

	@PostMapping("/{id}/resend")
	@Operation(summary = "A new link (the old one stops working), valid another 7 days")
	InvitationView resend(CurrentUser user, @PathVariable UUID id) {
		return invitations.resend(user, id);
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "The link stops working; an accepted invitation cannot be revoked (deactivate the user instead)")
	InvitationView revoke(CurrentUser user, @PathVariable UUID id) {
		return invitations.revoke(user, id);
	}

	@PostMapping("/accept")
	@Operation(summary = "Public: accept with the token from the mail, a name and a password; 410 when used, revoked or expired")
	ResponseEntity<AccountView> accept(@Valid @RequestBody AcceptRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(acceptance.accept(request.token(), request.name(), request.password())));
	}
}
