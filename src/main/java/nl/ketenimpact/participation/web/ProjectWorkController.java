package nl.ketenimpact.participation.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.participation.ActivityManagement;
import nl.ketenimpact.participation.ActivityType;
import nl.ketenimpact.participation.ActivityView;
import nl.ketenimpact.participation.internal.CompensationKind;
import nl.ketenimpact.participation.internal.CompensationManagement;
import nl.ketenimpact.participation.internal.PerformerAge;
import nl.ketenimpact.participation.internal.SelfWorkManagement;
import nl.ketenimpact.participation.internal.TaskRisk;
import nl.ketenimpact.participation.internal.TaskStatus;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.Conflict;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activities, self-work tasks and payments of a project. */
@Controller
class ProjectWorkController {

	private final ActivityManagement activities;

	private final SelfWorkManagement selfWork;

	private final CompensationManagement compensation;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Partners partners;

	private final Residents residents;

	private final OrganisationManagement organisations;

	ProjectWorkController(ActivityManagement activities, SelfWorkManagement selfWork, CompensationManagement compensation, ProjectManagement projects, Dwellings dwellings, Partners partners, Residents residents,
			OrganisationManagement organisations) {
		this.activities = activities;
		this.selfWork = selfWork;
		this.compensation = compensation;
		this.projects = projects;
		this.dwellings = dwellings;
		this.partners = partners;
		this.residents = residents;
		this.organisations = organisations;
	}

	// --- activities ---

	@GetMapping("/projects/{projectId}/activities")
	String activities(CurrentUser user, @PathVariable UUID projectId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) UUID plan, Model model) {
		prepareActivities(user, projectId, page, model);
		Forms.ActivityForm form = new Forms.ActivityForm();
		if (plan != null) {
			// The form filled in from a planned activity, to record it as held.
			ActivityView planned = activities.planned(user, projectId, plan);
			form.setPlannedActivityId(planned.id());
			form.setType(planned.type());
			form.setTitle(planned.title());
			form.setPartnerIds(new java.util.HashSet<>(planned.partnerIds()));
			model.addAttribute("planned", planned);
		}
		model.addAttribute("form", form);
		return "participation/activities";
	}

	@PostMapping("/projects/{projectId}/activities")
	String recordActivity(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") Forms.ActivityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		prepareActivities(user, projectId, 0, model);
		return FormSubmission.submit(result, "participation/activities", () -> {
			if (form.getPlannedActivityId() != null) {
				activities.hold(user, activities.planned(user, projectId, form.getPlannedActivityId()).id(), form.toInput());
			}
			else {
				activities.record(user, projectId, form.toInput(), form.getIdempotencyKey());
			}
			redirect.addFlashAttribute("flash", "activity.recorded");
			return "redirect:/projects/" + projectId + "/activities";
		});
	}

	/** The site worker's form (on the phone, also without a connection): straight to it with one running project, else a choice. */
	@GetMapping("/activities/new")
	String chooseActivityProject(CurrentUser user, Model model) {
		java.util.List<nl.ketenimpact.project.ProjectView> running = projects.visibleProjects(user, 0, Page.MAX_SIZE).items().stream()
			.filter(p -> p.status() != nl.ketenimpact.project.ProjectStatus.COMPLETED).toList();
		if (running.size() == 1) {
			return "redirect:/projects/" + running.get(0).id() + "/activities/new";
		}
		model.addAttribute("projects", running);
		return "participation/choose-project";
	}

	@GetMapping("/projects/{projectId}/activities/new")
	String activityForm(CurrentUser user, @PathVariable UUID projectId, Model model) {
		prepareActivityForm(user, projectId, model);
		model.addAttribute("form", new Forms.ActivityForm());
		return "participation/activity-form";
	}

	@PostMapping("/projects/{projectId}/activities/new")
	String recordFromField(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") Forms.ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		prepareActivityForm(user, projectId, model);
		return FormSubmission.submit(result, "participation/activity-form", () -> {
			activities.record(user, projectId, form.toInput(), form.getIdempotencyKey());
			redirect.addFlashAttribute("flash", "activity.recorded");
			return "redirect:/projects/" + projectId + "/activities";
		});
	}

	/** The project's partners by name, for the activity's "with whom" choice. */
	private java.util.Map<UUID, String> partnerNames(CurrentUser user, UUID projectId) {
		return partners.list(user, projectId).stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.organisationId(), p -> p.organisationName(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private void prepareActivityForm(CurrentUser user, UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		if (ActivityManagement.recorder(access).isEmpty()) {
			throw new Refused("activity.refused");
		}
		model.addAttribute("project", access.project());
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("partners", partnerNames(user, projectId));
	}

	private void prepareActivities(CurrentUser user, UUID projectId, Integer page, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		model.addAttribute("project", access.project());
		model.addAttribute("canRecord", ActivityManagement.recorder(access).isPresent());
		model.addAttribute("activities", activities.list(user, projectId, Page.safePage(page), Page.DEFAULT_SIZE));
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("partners", partnerNames(user, projectId));
	}

	// --- self-work ---

	@GetMapping("/projects/{projectId}/self-work")
	String tasks(CurrentUser user, @PathVariable UUID projectId, Model model) {
		prepareTasks(user, projectId, model);
		model.addAttribute("form", new Forms.TaskForm());
		return "participation/self-work";
	}

	@PostMapping("/projects/{projectId}/self-work")
	String createTask(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") Forms.TaskForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		prepareTasks(user, projectId, model);
		return FormSubmission.submit(result, "participation/self-work", () -> {
			selfWork.create(user, projectId, form.toInput());
			redirect.addFlashAttribute("flash", "task.created");
			return "redirect:/projects/" + projectId + "/self-work";
		});
	}

	@PostMapping("/self-work/{taskId}/step")
	String step(CurrentUser user, @PathVariable UUID taskId, @Valid @ModelAttribute Forms.StepForm form, BindingResult result,
			RedirectAttributes redirect) {
		FormSubmission.requireBound(result);
		try {
			FormSubmission.orNotice(() -> {
				selfWork.step(user, taskId, form.step(), form.who(), form.passed(), form.note());
				redirect.addFlashAttribute("flash", "task.step.done." + form.step());
			}, invalid -> redirect.addFlashAttribute("flashError", invalid.firstMessageKey()));
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("flashError", conflict.messageKey());
		}
		return form.fromPortal() ? "redirect:/portal" : "redirect:/projects/" + form.projectId() + "/self-work";
	}

	private void prepareTasks(CurrentUser user, UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.corporationStaff()) {
			throw new Refused("task.manage.refused");
		}
		model.addAttribute("project", access.project());
		model.addAttribute("canManage", access.plansForCorporation());
		model.addAttribute("tasks", selfWork.tasks(user, projectId));
		model.addAttribute("dwellings", dwellings.list(user, projectId, 0, Page.MAX_SIZE).items());
		model.addAttribute("risks", TaskRisk.values());
		model.addAttribute("ages", PerformerAge.values());
		model.addAttribute("approved", TaskStatus.APPROVED);
	}

	// --- payments ---

	@GetMapping("/projects/{projectId}/payments")
	String payments(CurrentUser user, @PathVariable UUID projectId, Model model) {
		preparePayments(user, projectId, model);
		Forms.PaymentForm form = new Forms.PaymentForm();
		form.setPayerId(user.organisationId());
		model.addAttribute("form", form);
		return "participation/payments";
	}

	@PostMapping("/projects/{projectId}/payments")
	String pay(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") Forms.PaymentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		preparePayments(user, projectId, model);
		return FormSubmission.submit(result, "participation/payments", () -> {
			compensation.pay(user, projectId, form.toInput());
			redirect.addFlashAttribute("flash", "payment.saved");
			return "redirect:/projects/" + projectId + "/payments";
		});
	}

	private void preparePayments(CurrentUser user, UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		model.addAttribute("project", access.project());
		model.addAttribute("payments", compensation.payments(user, projectId));
		model.addAttribute("residents", residents.accounts(access));
		model.addAttribute("payers", organisations.activeForPicking(user));
		model.addAttribute("kinds", CompensationKind.values());
		model.addAttribute("limits", compensation.limits(java.time.LocalDate.now().getYear()));
		model.addAttribute("approvedTasks", access.plansForCorporation()
				? selfWork.tasks(user, projectId).stream().filter(t -> t.status() == TaskStatus.APPROVED).toList() : java.util.List.of());
	}
}
