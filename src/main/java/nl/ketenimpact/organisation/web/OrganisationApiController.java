package nl.ketenimpact.organisation.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.IdentityProviders;
import nl.ketenimpact.organisation.OrganisationDetails;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.shared.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisaties")
class OrganisationApiController {

	private final OrganisationManagement organisations;

	private final IdentityProviders providers;

	OrganisationApiController(OrganisationManagement organisations, IdentityProviders providers) {
		this.organisations = organisations;
		this.providers = providers;
	}

	record ProviderRequest(@jakarta.validation.constraints.NotBlank(message = "{validation.required}") @jakarta.validation.constraints.Size(max = 300, message = "{validation.size.max}") String issuerUri,
			@jakarta.validation.constraints.NotBlank(message = "{validation.required}") @jakarta.validation.constraints.Size(max = 200, message = "{validation.size.max}") String clientId,
			@jakarta.validation.constraints.Size(max = 500, message = "{validation.size.max}") String clientSecret,
			@jakarta.validation.constraints.NotEmpty(message = "{identityProvider.domain.required}") java.util.List<String> emailDomains,
			Boolean passwordsAllowed) {
	}

	@org.springframework.web.bind.annotation.PutMapping("/{id}/identity-provider")
	@Operation(summary = "Register or change the organisation's own OpenID Connect provider (ADMIN); the answer never contains the secret "
			+ "(leave clientSecret out to keep the stored one)")
	IdentityProviders.ProviderView saveProvider(CurrentUser user, @org.springframework.web.bind.annotation.PathVariable UUID id,
			@Valid @RequestBody ProviderRequest request) {
		return providers.save(user, id, new IdentityProviders.ProviderInput(request.issuerUri(), request.clientId(), request.clientSecret(),
				request.emailDomains(), request.passwordsAllowed()));
	}

	@org.springframework.web.bind.annotation.GetMapping("/{id}/identity-provider")
	@Operation(summary = "The organisation's identity provider (ADMIN), without the secret")
	ResponseEntity<IdentityProviders.ProviderView> provider(CurrentUser user, @org.springframework.web.bind.annotation.PathVariable UUID id) {
		return ResponseEntity.of(providers.get(user, id));
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/{id}/identity-provider")
	@Operation(summary = "Remove the organisation's identity provider (ADMIN); its users sign in with a password again")
	ResponseEntity<Void> removeProvider(CurrentUser user, @org.springframework.web.bind.annotation.PathVariable UUID id) {
		providers.remove(user, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping
	@Operation(summary = "Organisations on the platform (names and types), one page at a time; not for residents")
	Page<OrganisationView> list(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return organisations.list(user, Page.safePage(page), Page.safeSize(size));
	}

	@PostMapping
	@Operation(summary = "Create an organisation (ADMIN)")
	ResponseEntity<OrganisationView> create(CurrentUser user, @Valid @RequestBody OrganisationDetails details) {
		UUID id = organisations.create(user, details);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(organisations.get(id));
	}
}
