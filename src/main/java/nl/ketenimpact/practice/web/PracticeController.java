package nl.ketenimpact.practice.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.practice.internal.PracticeCopies;
import nl.ketenimpact.practice.internal.PracticeManagement;
import nl.ketenimpact.practice.internal.PracticePublishing;
import nl.ketenimpact.practice.internal.ResultKind;
import nl.ketenimpact.practice.internal.Visibility;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Refused;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice library: search and ranking, a practice page with copy, and publishing from a project. */
@Controller
class PracticeController {

	private final PracticeManagement practices;

	private final PracticePublishing publishing;

	private final PracticeCopies copies;

	private final ProjectManagement projects;

	PracticeController(PracticeManagement practices, PracticePublishing publishing, PracticeCopies copies, ProjectManagement projects) {
		this.practices = practices;
		this.publishing = publishing;
		this.copies = copies;
		this.projects = projects;
	}

	@ModelAttribute("themes")
	Theme[] themes() {
		return Theme.values();
	}

	@ModelAttribute("resultKinds")
	ResultKind[] resultKinds() {
		return ResultKind.values();
	}

	@GetMapping("/practices")
	String search(CurrentUser user, @RequestParam(required = false) Theme theme, @RequestParam(required = false) String q,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) ResultKind result, Model model) {
		model.addAttribute("practices", practices.search(user, theme, q, municipality, result));
		model.addAttribute("theme", theme);
		model.addAttribute("q", q);
		model.addAttribute("municipality", municipality);
		model.addAttribute("result", result);
		return "practice/list";
	}

	@GetMapping("/practices/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		var practice = practices.get(user, id);
		model.addAttribute("practice", practice);
		model.addAttribute("targets", copies.copyTargets(user));
		// The link to the source project only for those who may open it (its own staff and partners), decided by the project's own rule.
		model.addAttribute("sourceVisible", practice.projectId() != null && mayOpen(user, practice.projectId()));
		return "practice/detail";
	}

	@PostMapping("/practices/{id}/copy")
	String copy(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID projectId,
			@RequestParam(defaultValue = "false") boolean showName, @RequestParam(defaultValue = "false") boolean again, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		try {
			return FormSubmission.orElse(() -> {
				var result = copies.copy(user, id, projectId, showName, again);
				redirect.addFlashAttribute("flash", "practice.copied");
				return "redirect:/projects/" + result.projectId() + "/plan";
			}, invalid -> {
				redirect.addFlashAttribute("flashError", invalid.firstMessageKey());
				return "redirect:/practices/" + id;
			});
		}
		catch (PracticeCopies.AlreadyCopied copiedBefore) {
			// The page again, with the warning and a button that copies once more into the same project.
			show(user, id, model);
			model.addAttribute("copyAgain", new CopyAgain(projectId, showName, copiedBefore.args()[0]));
			response.setStatus(409);
			return "practice/detail";
		}
		catch (nl.ketenimpact.shared.Conflict refused) {
			show(user, id, model);
			model.addAttribute("copyRefused", refused);
			response.setStatus(409);
			return "practice/detail";
		}
	}

	private boolean mayOpen(CurrentUser user, UUID projectId) {
		try {
			projects.access(user, projectId);
			return true;
		}
		catch (nl.ketenimpact.shared.NotFound notTheirs) {
			return false;
		}
	}

	/** The warning before a second copy into the same project. */
	record CopyAgain(UUID projectId, boolean showName, Object projectName) {
	}

	@GetMapping("/projects/{projectId}/practices/new")
	String form(CurrentUser user, @PathVariable UUID projectId, Model model) {
		prepare(user, projectId, model);
		model.addAttribute("form", new PracticeForm());
		return "practice/form";
	}

	@PostMapping("/projects/{projectId}/practices/new")
	String publish(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") PracticeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepare(user, projectId, model);
		return FormSubmission.submit(result, "practice/form", () -> {
			UUID id = publishing.publish(user, form.toInput(projectId));
			redirect.addFlashAttribute("flash", "practice.published");
			return "redirect:/practices/" + id;
		});
	}

	private void prepare(CurrentUser user, UUID projectId, Model model) {
		var available = publishing.available(user, projectId);
		if (available == null) {
			throw new Refused("practice.publish.refused");
		}
		model.addAttribute("project", projects.get(user, projectId));
		model.addAttribute("available", available);
		model.addAttribute("visibilities", Visibility.values());
	}
}
