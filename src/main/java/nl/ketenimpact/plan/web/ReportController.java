package nl.ketenimpact.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.ReportManagement;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FormSubmission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner period reports: partner leads submit, the coordinator approves or returns. */
@Controller
@RequestMapping("/projects/{projectId}/reports")
class ReportController {

	static final String REPORTS = "plan/reports";

	private final ReportManagement reports;

	private final ProjectManagement projects;

	private final Clock clock;

	ReportController(ReportManagement reports, ProjectManagement projects, Clock clock) {
		this.reports = reports;
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, @PathVariable UUID projectId, Model model) {
		prepare(user, projectId, model);
		ReportForm form = new ReportForm();
		LocalDate today = LocalDate.now(clock);
		form.setPeriod(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
		model.addAttribute("form", form);
		return REPORTS;
	}

	@PostMapping
	String submit(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectAccess access = prepare(user, projectId, model);
		return FormSubmission.submit(result, REPORTS, () -> {
			reports.submit(access, form.toInput());
			redirect.addFlashAttribute("flash", "report.submitted");
			return "redirect:/projects/" + projectId + "/reports";
		});
	}

	@PostMapping("/{reportId}/review")
	String review(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID reportId, @RequestParam boolean approve,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		FormSubmission.orNotice(() -> {
			reports.review(projects.access(user, projectId), reportId, approve, reason);
			redirect.addFlashAttribute("flash", approve ? "report.approved" : "report.returned");
		}, invalid -> {
			redirect.addFlashAttribute("flashError", "review.reason.required");
		});
		return "redirect:/projects/" + projectId + "/reports";
	}

	private ProjectAccess prepare(CurrentUser user, UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		model.addAttribute("access", access);
		model.addAttribute("project", access.project());
		model.addAttribute("reports", reports.reports(access));
		return access;
	}
}
