package nl.ketenimpact.organisation.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.ketenimpact.organisation.CurrentUser;
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

	OrganisationApiController(OrganisationManagement organisations) {
		this.organisations = organisations;
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
