package nl.ketenimpact.project.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.PartnerRole;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectStatus;
import nl.ketenimpact.project.ProjectType;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Project pages: list, create, edit, status, and the project page with partners and dwellings. */
@Controller
@RequestMapping("/projects")
class ProjectController {

	static final String LIST = "project/list";
	static final String FORM = "project/form";
	static final String DETAIL = "project/detail";
	static final String PARTNER_FORM = "project/partner-form";
	static final String DWELLINGS_FRAGMENT = "project/fragments/dwellings :: dwellings";

	private final ProjectManagement projects;

	private final Partners partners;

	private final OrganisationManagement organisations;

	private final nl.ketenimpact.project.internal.ActivationCodes activationCodes;

	private final java.util.List<nl.ketenimpact.project.ProjectSection> sections;

	ProjectController(ProjectManagement projects, Partners partners, OrganisationManagement organisations, nl.ketenimpact.project.internal.ActivationCodes activationCodes,
			org.springframework.beans.factory.ObjectProvider<nl.ketenimpact.project.ProjectSection> sections) {
		this.sections = sections.orderedStream().toList();
		this.projects = projects;
		this.partners = partners;
		this.organisations = organisations;
		this.activationCodes = activationCodes;
	}

	@ModelAttribute("projectTypes")
	ProjectType[] projectTypes() {
		return ProjectType.values();
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("projects", projects.visibleProjects(user, Page.safePage(page), Page.DEFAULT_SIZE));
		model.addAttribute("canCreate", projects.canCreate(user));
		return LIST;
	}

	@GetMapping("/new")
	String createForm(CurrentUser user, Model model) {
		requireCanCreate(user);
		model.addAttribute("form", new ProjectForm());
		return FORM;
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result, RedirectAttributes redirect) {
		requireCanCreate(user);
		return FormSubmission.submit(result, FORM, () -> {
			UUID id = projects.create(user, form.toInput());
			redirect.addFlashAttribute("flash", "project.created");
			return "redirect:/projects/" + id;
		});
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		ProjectManagement.ProjectPage view = projects.page(user, id, Page.safePage(page), Page.DEFAULT_SIZE, htmx == null);
		model.addAttribute("project", view.project());
		model.addAttribute("permissions", view.permissions());
		model.addAttribute("dwellings", view.dwellings());
		if (htmx != null) {
			return DWELLINGS_FRAGMENT;
		}
		model.addAttribute("partners", view.partners());
		// Good practices are published by the corporation's coordinators (decided here once, not by a security expression per view).
		model.addAttribute("canPublishPractice", user.has(Role.COORDINATOR) && view.permissions().seeResidents());
		model.addAttribute("nextStatus", view.project().status().next().orElse(null));
		if (view.permissions().manage()) {
			model.addAttribute("activationOpen", activationCodes.openCount(id));
		}
		model.addAttribute("sections", sections.stream().map(s -> s.sectionFor(user, view.project(), view.permissions()))
			.flatMap(java.util.Optional::stream).toList());
		return DETAIL;
	}

	@GetMapping("/{id}/edit")
	String editForm(CurrentUser user, @PathVariable UUID id, Model model) {
		ProjectView project = requireManage(user, id);
		model.addAttribute("project", project);
		model.addAttribute("form", ProjectForm.of(project));
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectView project = requireManage(user, id);
		model.addAttribute("project", project);
		return FormSubmission.submit(result, FORM, () -> {
			projects.update(user, id, form.toInput());
			redirect.addFlashAttribute("flash", "project.updated");
			return "redirect:/projects/" + id;
		});
	}

	@PostMapping("/{id}/status")
	String changeStatus(CurrentUser user, @PathVariable UUID id, @RequestParam ProjectStatus status, RedirectAttributes redirect) {
		projects.changeStatus(user, id, status);
		redirect.addFlashAttribute("flash", "project.statusChanged");
		return "redirect:/projects/" + id;
	}

	@GetMapping("/{id}/partners/new")
	String partnerForm(CurrentUser user, @PathVariable UUID id, Model model) {
		preparePartnerForm(user, id, model);
		model.addAttribute("form", new PartnerForm());
		return PARTNER_FORM;
	}

	@PostMapping("/{id}/partners/new")
	String addPartner(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") PartnerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		preparePartnerForm(user, id, model);
		return FormSubmission.submit(result, PARTNER_FORM, () -> {
			partners.add(user, id, form.toInput());
			redirect.addFlashAttribute("flash", "partner.added");
			return "redirect:/projects/" + id;
		});
	}

	private void preparePartnerForm(CurrentUser user, UUID id, Model model) {
		model.addAttribute("project", requireManage(user, id));
		model.addAttribute("organisations",
				organisations.activeForPicking(user).stream().filter(o -> !o.type().isCorporation()).toList());
		model.addAttribute("roles", PartnerRole.values());
	}

	private ProjectView requireManage(CurrentUser user, UUID id) {
		return projects.getManaged(user, id);
	}

	private void requireCanCreate(CurrentUser user) {
		if (!projects.canCreate(user)) {
			throw new Refused("project.create.refused");
		}
	}
}
