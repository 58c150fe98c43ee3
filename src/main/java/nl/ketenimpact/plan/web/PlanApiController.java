package nl.ketenimpact.plan.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.CommitmentInput;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.CommitmentView;
import nl.ketenimpact.plan.ProgressEntries;
import nl.ketenimpact.plan.ProgressInput;
import nl.ketenimpact.plan.ReportInput;
import nl.ketenimpact.plan.ReportManagement;
import nl.ketenimpact.plan.ReportView;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.InvalidInput;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The MVO plan and partner reports over the API; same scoping as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "MVO-plan", description = "Afspraken, voortgang en perioderapportages van ketenpartners")
class PlanApiController {

	private final CommitmentManagement commitments;

	private final ProgressEntries progress;

	private final ReportManagement reports;

	private final ProjectManagement projects;

	PlanApiController(CommitmentManagement commitments, ProgressEntries progress, ReportManagement reports, ProjectManagement projects) {
		this.commitments = commitments;
		this.progress = progress;
		this.reports = reports;
		this.projects = projects;
	}

	record Decision(String reason) {
	}

	@GetMapping("/projects/{id}/commitments")
	@Operation(summary = "The project's MVO plan with progress (target, actual, status, progress)")
	List<CommitmentView> plan(CurrentUser user, @PathVariable UUID id) {
		return commitments.plan(projects.access(user, id));
	}

	@PostMapping("/projects/{id}/commitments")
	@Operation(summary = "Draft a commitment (coordinator/project lead: into the plan; partner lead: a proposal for its own organisation)")
	ResponseEntity<CommitmentView> create(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CommitmentInput input) {
		ProjectAccess access = projects.access(user, id);
		UUID commitmentId = commitments.create(access, input);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/commitments/" + commitmentId))
			.body(commitments.get(access, commitmentId));
	}

	@PostMapping("/commitments/{id}/accept")
	@Operation(summary = "Coordinator takes a proposal into the plan")
	CommitmentView accept(CurrentUser user, @PathVariable UUID id) {
		ProjectAccess access = projects.access(user, commitments.projectOf(id));
		commitments.decide(access, id, true, null);
		return commitments.get(access, id);
	}

	@PostMapping("/commitments/{id}/decline")
	@Operation(summary = "Coordinator declines a proposal with a reason {reason}")
	Map<String, String> decline(CurrentUser user, @PathVariable UUID id, @RequestBody Decision decision) {
		commitments.decide(projects.access(user, commitments.projectOf(id)), id, false, decision.reason());
		return Map.of("status", nl.ketenimpact.plan.CommitmentStatus.DECLINED.name());
	}

	@PostMapping(path = "/commitments/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Manual progress {amount, occurredOn, note} with an optional evidence file (PDF/PNG/JPEG, 10 MB)")
	ResponseEntity<CommitmentView> progress(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file) {
		ProjectAccess access = projects.access(user, commitments.projectOf(id));
		ProgressInput input = new ProgressInput(parseAmount(amount), occurredOn, note);
		InvalidInput.throwIfAny(checkProgress(input));
		progress.add(access, id, input, FileUpload.of("file", file));
		return ResponseEntity.status(201).body(commitments.get(access, id));
	}

	private static BigDecimal parseAmount(String amount) {
		try {
			return amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("amount", "validation.typeMismatch");
		}
	}

	private static List<FieldMessage> checkProgress(ProgressInput input) {
		List<FieldMessage> errors = new java.util.ArrayList<>();
		if (input.amount() == null) {
			errors.add(new FieldMessage("amount", "validation.required"));
		}
		else if (input.amount().signum() <= 0) {
			errors.add(new FieldMessage("amount", "progress.amount.positive"));
		}
		if (input.occurredOn() == null) {
			errors.add(new FieldMessage("occurredOn", "validation.required"));
		}
		if (input.note() == null || input.note().isBlank()) {
			errors.add(new FieldMessage("note", "validation.required"));
		}
		else if (input.note().length() > 500) {
			errors.add(new FieldMessage("note", "progress.note.tooLong"));
		}
		return errors;
	}

	@GetMapping("/projects/{id}/reports")
	@Operation(summary = "Partner period reports (all for corporation staff, own for a partner)")
	List<ReportView> reports(CurrentUser user, @PathVariable UUID id) {
		return reports.reports(projects.access(user, id));
	}

	@PostMapping("/projects/{id}/reports")
	@Operation(summary = "Partner lead submits (or resubmits a returned) report {period: 2026-Q3, narrative}")
	ResponseEntity<ReportView> submit(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReportInput input) {
		ProjectAccess access = projects.access(user, id);
		UUID reportId = reports.submit(access, input);
		return ResponseEntity.status(201).body(reports.reports(access).stream().filter(r -> r.id().equals(reportId)).findFirst().orElseThrow());
	}

	@PostMapping("/reports/{id}/approve")
	@Operation(summary = "Coordinator approves a report; it is locked")
	Map<String, String> approve(CurrentUser user, @PathVariable UUID id) {
		reports.review(projects.access(user, reports.projectOf(id)), id, true, null);
		return Map.of("status", nl.ketenimpact.plan.ReportStatus.APPROVED.name());
	}

	@PostMapping("/reports/{id}/return")
	@Operation(summary = "Coordinator returns a report with a reason {reason}")
	Map<String, String> returnReport(CurrentUser user, @PathVariable UUID id, @RequestBody Decision decision) {
		reports.review(projects.access(user, reports.projectOf(id)), id, false, decision.reason());
		return Map.of("status", nl.ketenimpact.plan.ReportStatus.RETURNED.name());
	}
}
