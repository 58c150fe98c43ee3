package nl.ketenimpact.signal.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectStatus;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.signal.ContactResponse;
import nl.ketenimpact.signal.Outcome;
import nl.ketenimpact.signal.ReferralOutcome;
import nl.ketenimpact.signal.SignalCategory;
import nl.ketenimpact.signal.SignalIntake;
import nl.ketenimpact.signal.SignalStatistics;
import nl.ketenimpact.signal.Urgency;
import nl.ketenimpact.signal.internal.LawfulBasis;
import nl.ketenimpact.signal.internal.SignalFollowUp;
import nl.ketenimpact.signal.internal.SignalReading;
import nl.ketenimpact.signal.internal.SignalViews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Zorgsignaal pages: the phone form, the reporter's statuses, the social team's queue, referrals, log and statistics. */
@Controller
class SignalController {

	private final SignalIntake intake;

	private final SignalFollowUp followUp;

	private final SignalReading reading;

	private final SignalStatistics statistics;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	SignalController(SignalIntake intake, SignalFollowUp followUp, SignalReading reading, SignalStatistics statistics, ProjectManagement projects, Dwellings dwellings) {
		this.intake = intake;
		this.followUp = followUp;
		this.reading = reading;
		this.statistics = statistics;
		this.projects = projects;
		this.dwellings = dwellings;
	}

	@ModelAttribute("categories")
	SignalCategory[] categories() {
		return SignalCategory.values();
	}

	@ModelAttribute("urgencies")
	Urgency[] urgencies() {
		return Urgency.values();
	}

	/** One landing page; what it shows depends on the roles: own statuses, the queue, referrals, the log. */
	@GetMapping("/signals")
	String overview(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "true") boolean open, Model model) {
		int p = Page.safePage(page);
		SignalViews.Overview overview = reading.overview(user, open, p, Page.DEFAULT_SIZE);
		model.addAttribute("canRegister", intake.canRegister(user));
		model.addAttribute("mine", overview.mine());
		model.addAttribute("open", open);
		if (overview.queue() != null) {
			model.addAttribute("queue", overview.queue());
			model.addAttribute("notices", overview.notices());
		}
		if (overview.referrals() != null) {
			model.addAttribute("referrals", overview.referrals());
		}
		model.addAttribute("readsLog", reading.readsAccessLog(user));
		model.addAttribute("seesStats", user.isCorporationStaff());
		return "signal/overview";
	}

	@PostMapping("/signals/notices/read")
	String noticesRead(CurrentUser user) {
		reading.markNoticesRead(user);
		return "redirect:/signals";
	}

	/** Straight to the form when the worker has one running project; otherwise a choice. */
	@GetMapping("/signals/new")
	String chooseProject(CurrentUser user, Model model) {
		if (!intake.canRegister(user)) {
			throw new Refused("signal.register.refused");
		}
		List<ProjectView> running = projects.visibleProjects(user, 0, Page.MAX_SIZE).items().stream()
			.filter(p -> p.status() != ProjectStatus.COMPLETED).toList();
		if (running.size() == 1) {
			return "redirect:/projects/" + running.get(0).id() + "/signals/new";
		}
		model.addAttribute("projects", running);
		return "signal/choose-project";
	}

	@GetMapping("/projects/{projectId}/signals/new")
	String form(CurrentUser user, @PathVariable UUID projectId, Model model) {
		prepareForm(user, projectId, model);
		model.addAttribute("form", new SignalForm());
		return "signal/form";
	}

	@PostMapping("/projects/{projectId}/signals/new")
	String register(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") SignalForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		prepareForm(user, projectId, model);
		return FormSubmission.submit(result, "signal/form", () -> {
			intake.register(user, projectId, form.toInput(), form.getIdempotencyKey());
			redirect.addFlashAttribute("flash", form.getUrgency() == Urgency.ACUTE ? "signal.registeredAcute" : "signal.registered");
			return "redirect:/signals";
		});
	}

	private void prepareForm(CurrentUser user, UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		if (!intake.canRegister(user)) {
			throw new Refused("signal.register.refused");
		}
		model.addAttribute("project", access.project());
	}

	/** Address search for the form (htmx): at most 10 dwellings of the project. */
	@GetMapping("/projects/{projectId}/signals/dwellings")
	String dwellings(CurrentUser user, @PathVariable UUID projectId, @RequestParam(required = false) String q, Model model) {
		prepareForm(user, projectId, model);
		model.addAttribute("dwellings", dwellings.search(user, projectId, q, 10));
		model.addAttribute("query", q);
		return "signal/fragments/dwellings :: results";
	}

	@GetMapping("/signals/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
		return render(user, id, null, model, response);
	}

	/** Opens a closed signal with the stated reason (posted, so the reason never ends up in a URL or access log of a proxy). */
	@PostMapping("/signals/{id}/open")
	String open(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		return render(user, id, reason == null ? "" : reason, model, response);
	}

	private String render(CurrentUser user, UUID id, String reason, Model model, HttpServletResponse response) {
		return FormSubmission.orElse(() -> show(user, reading.read(user, id, reason), model), invalid -> {
			// A closed signal opens only with a stated reason.
			model.addAttribute("signalId", id);
			if (reason != null) {
				response.setStatus(400);
				model.addAttribute("reasonError", true);
			}
			return "signal/reason";
		});
	}

	private String show(CurrentUser user, Object view, Model model) {
		model.addAttribute("view", view);
		if (view instanceof SignalViews.Detail detail) {
			model.addAttribute("detail", detail);
			model.addAttribute("institutions", followUp.institutions(user));
			model.addAttribute("responses", ContactResponse.values());
			model.addAttribute("outcomes", Outcome.values());
			model.addAttribute("bases", LawfulBasis.values());
			return "signal/detail";
		}
		if (view instanceof SignalViews.ReferralView referral) {
			model.addAttribute("referral", referral);
			model.addAttribute("referralOutcomes", ReferralOutcome.values());
			return "signal/referral";
		}
		model.addAttribute("status", view);
		return "signal/status";
	}

	@PostMapping("/signals/{id}/transitions")
	String transition(CurrentUser user, @PathVariable UUID id, @jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute TransitionForm form,
			org.springframework.validation.BindingResult result, RedirectAttributes redirect) {
		// No step, a value that is not one of the choices or a text too long: a 400, nothing changed.
		FormSubmission.requireBound(result);
		FormSubmission.orNotice(() -> {
			followUp.transition(user, id, form.toInput());
			redirect.addFlashAttribute("flash", "signal.action.done." + form.action());
		}, invalid -> {
			redirect.addFlashAttribute("transitionErrors", invalid.errors());
		});
		return "redirect:/signals/" + id;
	}

	@GetMapping("/signals/log")
	String log(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("entries", reading.accessLog(user, Page.safePage(page), Page.DEFAULT_SIZE));
		return "signal/log";
	}

	@GetMapping("/signals/stats")
	String corporationStats(CurrentUser user, Model model) {
		model.addAttribute("stats", statistics.corporation(user));
		return "signal/stats";
	}

	@GetMapping("/projects/{projectId}/signals/stats")
	String projectStats(CurrentUser user, @PathVariable UUID projectId, Model model) {
		model.addAttribute("stats", statistics.project(user, projectId));
		model.addAttribute("project", projects.get(user, projectId));
		return "signal/stats";
	}
}
