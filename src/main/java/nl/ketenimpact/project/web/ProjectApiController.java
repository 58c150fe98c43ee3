package nl.ketenimpact.project.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.DwellingInput;
import nl.ketenimpact.project.DwellingView;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.PartnerInput;
import nl.ketenimpact.project.PartnerView;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectPatch;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.project.ResidentInput;
import nl.ketenimpact.project.ResidentView;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Projects, chain partners, dwellings and residents over the API; same scoping as the pages. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projecten", description = "Verduurzamingsprojecten, ketenpartners, woningen en bewoners")
class ProjectApiController {

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Partners partners;

	private final Residents residents;

	ProjectApiController(ProjectManagement projects, Dwellings dwellings, Partners partners, Residents residents) {
		this.projects = projects;
		this.dwellings = dwellings;
		this.partners = partners;
		this.residents = residents;
	}

	@GetMapping
	@Operation(summary = "Projects the caller may see, one page at a time")
	Page<ProjectView> list(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return projects.visibleProjects(user, Page.safePage(page), Page.safeSize(size));
	}

	@PostMapping
	@Operation(summary = "Create a project (PROJECT_LEAD of a corporation); starts in PREPARATION")
	ResponseEntity<ProjectView> create(CurrentUser user, @Valid @RequestBody ProjectInput input) {
		UUID id = projects.create(user, input);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(projects.get(user, id));
	}

	@GetMapping("/{id}")
	ProjectView get(CurrentUser user, @PathVariable UUID id) {
		return projects.get(user, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change fields and/or move the status one step (PREPARATION → EXECUTION → COMPLETED)")
	ProjectView patch(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ProjectPatch patch) {
		projects.patch(user, id, patch);
		return projects.get(user, id);
	}

	@GetMapping("/{id}/partners")
	List<PartnerView> partners(CurrentUser user, @PathVariable UUID id) {
		return partners.list(user, id);
	}

	@PostMapping("/{id}/partners")
	@Operation(summary = "Add a chain partner {organisationId, role, contractValueEur}")
	ResponseEntity<PartnerView> addPartner(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody PartnerInput input) {
		UUID partnerId = partners.add(user, id, input);
		PartnerView partner = partners.list(user, id).stream().filter(p -> p.id().equals(partnerId)).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/partners")).body(partner);
	}

	@GetMapping("/{id}/dwellings")
	Page<DwellingView> dwellings(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return dwellings.list(user, id, Page.safePage(page), Page.safeSize(size));
	}

	@PostMapping("/{id}/dwellings")
	@Operation(summary = "Add a dwelling with VERA field names; postcode is returned normalised (3512AB)")
	ResponseEntity<DwellingView> addDwelling(CurrentUser user, @PathVariable UUID id, @RequestBody DwellingInput input) {
		UUID dwellingId = dwellings.add(user, id, input);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/dwellings/" + dwellingId))
			.body(dwellings.get(user, id, dwellingId));
	}

	@GetMapping("/{id}/dwellings/{dwellingId}")
	DwellingView dwelling(CurrentUser user, @PathVariable UUID id, @PathVariable UUID dwellingId) {
		return dwellings.get(user, id, dwellingId);
	}

	@GetMapping("/{id}/dwellings/{dwellingId}/resident")
	@Operation(summary = "The resident household of a dwelling (corporation staff only)")
	ResidentView resident(CurrentUser user, @PathVariable UUID id, @PathVariable UUID dwellingId) {
		return residents.household(user, id, dwellingId).orElseThrow(() -> new NotFound("resident"));
	}

	@PutMapping("/{id}/dwellings/{dwellingId}/resident")
	@Operation(summary = "Link or update the resident household of a dwelling (PROJECT_LEAD)")
	ResidentView saveResident(CurrentUser user, @PathVariable UUID id, @PathVariable UUID dwellingId,
			@Valid @RequestBody ResidentInput input) {
		residents.save(user, id, dwellingId, input);
		return residents.household(user, id, dwellingId).orElseThrow();
	}
}
