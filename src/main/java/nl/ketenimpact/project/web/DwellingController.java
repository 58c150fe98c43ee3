package nl.ketenimpact.project.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectPermissions;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.project.internal.EnergyLabel;
import nl.ketenimpact.shared.FormErrors;
import nl.ketenimpact.shared.FormSubmission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dwellings of a project: add by form, show one, and link its resident household. */
@Controller
@RequestMapping("/projects/{projectId}/dwellings")
class DwellingController {

	static final String FORM = "project/dwelling-form";
	static final String DETAIL = "project/dwelling";
	static final String RESIDENT_FORM = "project/resident-form";

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Residents residents;

	private final nl.ketenimpact.project.internal.ActivationCodes activationCodes;

	DwellingController(ProjectManagement projects, Dwellings dwellings, Residents residents, nl.ketenimpact.project.internal.ActivationCodes activationCodes) {
		this.projects = projects;
		this.dwellings = dwellings;
		this.residents = residents;
		this.activationCodes = activationCodes;
	}

	@ModelAttribute("energyLabels")
	Object energyLabels() {
		return EnergyLabel.ALL;
	}

	@ModelAttribute("languages")
	Object languages() {
		return java.util.List.of("nl", "en", "tr", "ar", "pl", "de", "fr", "es", "pap");
	}

	@GetMapping("/new")
	String form(CurrentUser user, @PathVariable UUID projectId, Model model) {
		model.addAttribute("project", requireManage(user, projectId));
		model.addAttribute("form", new DwellingForm());
		return FORM;
	}

	@PostMapping("/new")
	String add(CurrentUser user, @PathVariable UUID projectId, @ModelAttribute("form") DwellingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("project", requireManage(user, projectId));
		if (result.hasErrors()) {
			// Type errors (letters in huisnummer) first, then the address rules on the rest, so all show at once.
			FormErrors.reject(result, form.toInput().check().stream().filter(e -> result.getFieldError(e.field()) == null).toList());
		}
		return FormSubmission.submit(result, FORM, () -> {
			dwellings.add(user, projectId, form.toInput());
			redirect.addFlashAttribute("flash", "dwelling.added");
			return "redirect:/projects/" + projectId;
		});
	}

	@GetMapping("/{dwellingId}")
	String show(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID dwellingId, Model model) {
		ProjectPermissions permissions = projects.permissions(user, projectId);
		model.addAttribute("project", projects.get(user, projectId));
		model.addAttribute("dwelling", dwellings.get(user, projectId, dwellingId));
		model.addAttribute("permissions", permissions);
		if (permissions.seeResidents()) {
			model.addAttribute("resident", residents.household(user, projectId, dwellingId).orElse(null));
		}
		if (permissions.manage()) {
			model.addAttribute("code", activationCodes.state(user, projectId, dwellingId));
			model.addAttribute("accounts", activationCodes.accounts(user, projectId, dwellingId));
		}
		return DETAIL;
	}

	@GetMapping("/{dwellingId}/resident")
	String residentForm(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID dwellingId, Model model) {
		prepareResident(user, projectId, dwellingId, model);
		model.addAttribute("form", residents.household(user, projectId, dwellingId).map(ResidentForm::of).orElseGet(ResidentForm::new));
		return RESIDENT_FORM;
	}

	@PostMapping("/{dwellingId}/resident")
	String saveResident(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID dwellingId,
			@Valid @ModelAttribute("form") ResidentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		prepareResident(user, projectId, dwellingId, model);
		return FormSubmission.submit(result, RESIDENT_FORM, () -> {
			residents.save(user, projectId, dwellingId, form.toInput());
			redirect.addFlashAttribute("flash", "resident.saved");
			return "redirect:/projects/" + projectId + "/dwellings/" + dwellingId;
		});
	}

	private void prepareResident(CurrentUser user, UUID projectId, UUID dwellingId, Model model) {
		model.addAttribute("project", requireManage(user, projectId));
		model.addAttribute("dwelling", dwellings.get(user, projectId, dwellingId));
	}

	private ProjectView requireManage(CurrentUser user, UUID id) {
		return projects.getManaged(user, id);
	}
}
