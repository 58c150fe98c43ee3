package nl.ketenimpact.impact.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.ketenimpact.impact.internal.ContributionInput;
import nl.ketenimpact.impact.internal.ContributionManagement;
import nl.ketenimpact.impact.internal.ContributionView;
import nl.ketenimpact.impact.internal.ImpactManagement;
import nl.ketenimpact.impact.internal.ObligationInput;
import nl.ketenimpact.impact.internal.ProjectImpact;
import nl.ketenimpact.impact.internal.SocialReturn;
import nl.ketenimpact.impact.internal.ValueSet;
import nl.ketenimpact.impact.internal.ValueSetInput;
import nl.ketenimpact.impact.internal.ValueSetManagement;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Page;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Social return and project impact over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Social return en impact", description = "Bijdragen, verplichtingen, waarderingssets en impactcijfers")
class ImpactApiController {

	private final ContributionManagement contributions;

	private final SocialReturn socialReturn;

	private final ImpactManagement impact;

	private final ValueSetManagement valueSets;

	private final ProjectManagement projects;

	ImpactApiController(ContributionManagement contributions, SocialReturn socialReturn, ImpactManagement impact, ValueSetManagement valueSets,
			ProjectManagement projects) {
		this.contributions = contributions;
		this.socialReturn = socialReturn;
		this.impact = impact;
		this.valueSets = valueSets;
		this.projects = projects;
	}

	record Reason(String reason) {
	}

	@GetMapping("/projects/{id}/impact")
	@Operation(summary = "Social return (obligation, value, approved value per partner) beside the plan's commitments and the key figures "
			+ "(optionally of one year; a partner gets its own figures only)")
	ProjectImpact impact(CurrentUser user, @PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) Integer year) {
		return impact.project(projects.access(user, id), year);
	}

	@GetMapping("/projects/{id}/contributions")
	@Operation(summary = "Contributions: all for corporation staff, its own for a partner")
	Page<ContributionView> contributions(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return contributions.list(projects.access(user, id), Page.safePage(page), Page.safeSize(size));
	}

	@PostMapping("/projects/{id}/contributions")
	@Operation(summary = "A partner lead registers a contribution; valueEur is computed by the server from the value set")
	ResponseEntity<ContributionView> register(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ContributionInput input) {
		ProjectAccess access = projects.access(user, id);
		UUID contributionId = contributions.register(access, input);
		return ResponseEntity.created(URI.create("/api/v1/contributions/" + contributionId)).body(contributions.get(access, contributionId));
	}

	@GetMapping("/contributions/{id}")
	ContributionView contribution(CurrentUser user, @PathVariable UUID id) {
		return contributions.get(projects.access(user, contributions.projectOf(id)), id);
	}

	@PostMapping(path = "/contributions/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach the evidence file (PDF, PNG or JPEG, at most 10 MB; checked by content)")
	ContributionView evidence(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) MultipartFile file) {
		ProjectAccess access = projects.access(user, contributions.projectOf(id));
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "evidence.file.required");
		}
		contributions.attachEvidence(access, id, FileUpload.of("file", file));
		return contributions.get(access, id);
	}

	@PostMapping("/contributions/{id}/approve")
	@Operation(summary = "Coordinator approves; a person needs an evidence file first")
	ContributionView approve(CurrentUser user, @PathVariable UUID id) {
		ProjectAccess access = projects.access(user, contributions.projectOf(id));
		contributions.review(access, id, true, null);
		return contributions.get(access, id);
	}

	@PostMapping("/contributions/{id}/reject")
	@Operation(summary = "Coordinator rejects with a reason {reason}")
	ContributionView reject(CurrentUser user, @PathVariable UUID id, @RequestBody Reason reason) {
		ProjectAccess access = projects.access(user, contributions.projectOf(id));
		contributions.review(access, id, false, reason.reason());
		return contributions.get(access, id);
	}

	@PutMapping("/projects/{id}/obligations/{organisationId}")
	@Operation(summary = "Coordinator sets a partner's social-return percentage and PSO step")
	ProjectImpact obligation(CurrentUser user, @PathVariable UUID id, @PathVariable UUID organisationId, @Valid @RequestBody ObligationInput input) {
		ProjectAccess access = projects.access(user, id);
		socialReturn.setObligation(access, organisationId, input);
		return impact.project(access);
	}

	@GetMapping("/value-sets")
	@Operation(summary = "Value sets (waarderingssets)")
	List<ValueSet> valueSets(CurrentUser user) {
		return valueSets.all();
	}

	@PostMapping("/value-sets")
	@Operation(summary = "ADMIN creates a value set for a municipality and period")
	ResponseEntity<ValueSet> createValueSet(CurrentUser user, @Valid @RequestBody ValueSetInput input) {
		UUID id = valueSets.create(user, input);
		return ResponseEntity.created(URI.create("/api/v1/value-sets/" + id)).body(valueSets.get(id));
	}
}
