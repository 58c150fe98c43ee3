package nl.ketenimpact.participation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.participation.ActivityInput;
import nl.ketenimpact.participation.ActivityManagement;
import nl.ketenimpact.participation.ActivityView;
import nl.ketenimpact.participation.OpportunityInput;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.OpportunityView;
import nl.ketenimpact.participation.PlacementOutcome;
import nl.ketenimpact.participation.internal.ApplicationInput;
import nl.ketenimpact.participation.internal.ApplicationManagement;
import nl.ketenimpact.participation.internal.ContractType;
import nl.ketenimpact.participation.internal.PlacementInput;
import nl.ketenimpact.participation.internal.PlacementManagement;
import nl.ketenimpact.participation.internal.PlacementView;
import nl.ketenimpact.shared.Idempotency;
import nl.ketenimpact.shared.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Opportunities, applications, placements and activities over the API; the same rules as the pages and the portal. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kansen en deelname", description = "Kansen, aanmeldingen, plaatsingen en activiteiten")
class ParticipationApiController {

	private final OpportunityManagement opportunities;

	private final ApplicationManagement applications;

	private final PlacementManagement placements;

	private final ActivityManagement activities;

	ParticipationApiController(OpportunityManagement opportunities, ApplicationManagement applications, PlacementManagement placements, ActivityManagement activities) {
		this.opportunities = opportunities;
		this.applications = applications;
		this.placements = placements;
		this.activities = activities;
	}

	// Not "Decision": that schema name is the plan's {reason}, and the API description showed this request without accept.
	record ApplicationDecision(@NotNull(message = "{validation.required}") Boolean accept, String reason, LocalDate startDate, LocalDate endDate, String mentor,
			BigDecimal hoursPerWeek, String block) {
	}

	record Hours(LocalDate weekStart, BigDecimal hours) {
	}

	record Outcome(PlacementOutcome outcome, String reason, ContractType contractType) {
	}

	@GetMapping("/projects/{id}/opportunities")
	@Operation(summary = "Opportunities of a project (residents: the open ones of their own project)")
	Page<OpportunityView> list(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return opportunities.list(user, id, Page.safePage(page), Page.safeSize(size));
	}

	@PostMapping("/projects/{id}/opportunities")
	@Operation(summary = "Publish an opportunity (partner lead for its organisation, coordinator/project lead for the corporation)")
	ResponseEntity<OpportunityView> publish(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody OpportunityInput input) {
		UUID opportunity = opportunities.publish(user, id, input);
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + opportunity)).body(opportunities.get(user, opportunity));
	}

	@GetMapping("/opportunities/{id}")
	OpportunityView get(CurrentUser user, @PathVariable UUID id) {
		return opportunities.get(user, id);
	}

	@PostMapping("/opportunities/{id}/applications")
	@Operation(summary = "A resident applies {motivation, availability}; a case worker proposes {candidateRef, motivation, availability}")
	ResponseEntity<Map<String, Object>> apply(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ApplicationInput input) {
		UUID application = applications.apply(user, id, input);
		return ResponseEntity.status(201).body(Map.of("id", application, "status", nl.ketenimpact.participation.internal.ApplicationStatus.SUBMITTED.name()));
	}

	@GetMapping("/opportunities/{id}/applications")
	@Operation(summary = "Applications to an opportunity, for the organisation that offers it")
	Object applications(CurrentUser user, @PathVariable UUID id) {
		return applications.applications(user, id);
	}

	@GetMapping("/applications")
	@Operation(summary = "The caller's own applications or proposals")
	Object mine(CurrentUser user) {
		return applications.mine(user);
	}

	@PostMapping("/applications/{id}/decision")
	@Operation(summary = "Accept {accept: true, startDate, endDate, mentor, hoursPerWeek, block?} creating the placement, or decline {accept: false, reason}")
	Map<String, Object> decide(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ApplicationDecision decision) {
		var placement = applications.decide(user, id, decision.accept(), decision.reason(),
				new PlacementInput(decision.startDate(), decision.endDate(), decision.mentor(), decision.hoursPerWeek(), decision.block()));
		return placement.<Map<String, Object>>map(p -> Map.of("status", nl.ketenimpact.participation.internal.ApplicationStatus.ACCEPTED.name(), "placementId", p))
			.orElse(Map.of("status", nl.ketenimpact.participation.internal.ApplicationStatus.DECLINED.name()));
	}

	@GetMapping("/placements")
	@Operation(summary = "Placements the caller may see")
	Page<PlacementView> placements(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return placements.placements(user, Page.safePage(page), Page.safeSize(size));
	}

	@PostMapping("/placements")
	@Operation(summary = "Create a placement by accepting an application {applicationId, startDate, endDate, mentor, hoursPerWeek, block?}")
	ResponseEntity<PlacementView> createPlacement(CurrentUser user, @RequestBody Map<String, Object> body) {
		UUID application;
		try {
			application = UUID.fromString(String.valueOf(body.get("applicationId")));
		}
		catch (IllegalArgumentException ex) {
			throw new nl.ketenimpact.shared.InvalidInput("applicationId", "validation.required");
		}
		UUID placement = applications.decide(user, application, true, null, new PlacementInput(date(body.get("startDate")), date(body.get("endDate")),
				body.get("mentor") == null ? null : String.valueOf(body.get("mentor")),
				number(body.get("hoursPerWeek")),
				body.get("block") == null ? null : String.valueOf(body.get("block")))).orElseThrow();
		return ResponseEntity.status(201).body(placements.placement(user, placement));
	}

	private static BigDecimal number(Object value) {
		try {
			return value == null ? null : new BigDecimal(String.valueOf(value));
		}
		catch (NumberFormatException ex) {
			throw new nl.ketenimpact.shared.InvalidInput("hoursPerWeek", "validation.typeMismatch");
		}
	}

	private static LocalDate date(Object value) {
		try {
			return value == null ? null : LocalDate.parse(String.valueOf(value));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new nl.ketenimpact.shared.InvalidInput("startDate", "validation.typeMismatch");
		}
	}

	@PostMapping("/placements/{id}/hours")
	@Operation(summary = "Hours of one week {weekStart, hours} (the offering organisation)")
	PlacementView hours(CurrentUser user, @PathVariable UUID id, @RequestBody Hours hours) {
		placements.logHours(user, id, hours.weekStart(), hours.hours());
		return placements.placement(user, id);
	}

	@PostMapping("/placements/{id}/outcome")
	@Operation(summary = "How it ended {outcome: COMPLETED|DROPPED_OUT|HIRED|CERTIFICATE|CONTINUED_EDUCATION, reason?, contractType?}")
	PlacementView outcome(CurrentUser user, @PathVariable UUID id, @RequestBody Outcome outcome) {
		placements.outcome(user, id, outcome.outcome(), outcome.reason(), outcome.contractType());
		return placements.placement(user, id);
	}

	@GetMapping("/projects/{id}/job-guarantees")
	@Operation(summary = "Job-guarantee fulfilment rate of the project's internships and the guarantees at risk")
	PlacementManagement.GuaranteeReport guarantees(CurrentUser user, @PathVariable UUID id) {
		return placements.jobGuarantees(user, id);
	}

	@GetMapping("/projects/{id}/activities")
	Page<ActivityView> activities(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return activities.list(user, id, Page.safePage(page), Page.safeSize(size));
	}

	@PostMapping("/projects/{id}/activities")
	@Operation(summary = "Record an activity: date, partners, attendance (children/adults/residents), staff volunteer hours, parental consents (counts only). "
			+ "With an Idempotency-Key header a retry answers the same activity (Idempotent-Replayed: true) and records none; the key sent with another body is a 422")
	ResponseEntity<Map<String, Object>> recordActivity(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ActivityInput input,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Idempotency.Outcome activity = activities.record(user, id, input, idempotencyKey);
		return ResponseEntity.status(201).header("Idempotent-Replayed", String.valueOf(activity.replayed())).body(Map.of("id", activity.id()));
	}

	@PostMapping("/activities/{id}/held")
	@Operation(summary = "Record a planned activity (status PLANNED, e.g. from a copied practice) as held, with its attendance; "
			+ "409 when it was recorded before")
	Map<String, Object> holdActivity(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ActivityInput input) {
		activities.hold(user, id, input);
		return Map.of("id", id, "status", nl.ketenimpact.participation.ActivityStatus.HELD);
	}
}
