package nl.ketenimpact.participation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.participation.OpportunityView;
import nl.ketenimpact.participation.PlacementOutcome;
import nl.ketenimpact.participation.internal.ApplicationManagement;
import nl.ketenimpact.participation.internal.ContractType;
import nl.ketenimpact.participation.internal.PlacementManagement;
import nl.ketenimpact.participation.internal.PlacementView;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opportunity pages: a project's opportunities, publishing, applying or proposing, deciding, and a placement's hours and outcome. */
@Controller
class OpportunityController {

	private final OpportunityManagement opportunities;

	private final ApplicationManagement applications;

	private final PlacementManagement placements;

	private final ProjectManagement projects;

	OpportunityController(OpportunityManagement opportunities, ApplicationManagement applications, PlacementManagement placements, ProjectManagement projects) {
		this.opportunities = opportunities;
		this.applications = applications;
		this.placements = placements;
		this.projects = projects;
	}

	@GetMapping("/projects/{projectId}/opportunities")
	String list(CurrentUser user, @PathVariable UUID projectId, @RequestParam(required = false) Integer page, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		model.addAttribute("project", access.project());
		model.addAttribute("opportunities", opportunities.list(user, projectId, Page.safePage(page), Page.DEFAULT_SIZE));
		model.addAttribute("canPublish", access.plansForCorporation() || access.leadsPartner());
		model.addAttribute("guarantees", placements.jobGuarantees(user, projectId));
		return "participation/opportunities";
	}

	@GetMapping("/projects/{projectId}/opportunities/new")
	String form(CurrentUser user, @PathVariable UUID projectId, Model model) {
		prepareForm(user, projectId, model);
		model.addAttribute("form", new Forms.OpportunityForm());
		return "participation/opportunity-form";
	}

	@PostMapping("/projects/{projectId}/opportunities/new")
	String publish(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") Forms.OpportunityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		prepareForm(user, projectId, model);
		return FormSubmission.submit(result, "participation/opportunity-form", () -> {
			UUID id = opportunities.publish(user, projectId, form.toInput());
			redirect.addFlashAttribute("flash", "opportunity.published");
			return "redirect:/opportunities/" + id;
		});
	}

	private void prepareForm(CurrentUser user, UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.plansForCorporation() && !access.leadsPartner()) {
			throw new Refused("opportunity.publish.refused");
		}
		model.addAttribute("project", access.project());
		model.addAttribute("types", OpportunityType.values());
	}

	@GetMapping("/opportunities/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model) {
		prepareShow(user, id, model);
		model.addAttribute("form", new Forms.ApplicationForm());
		return "participation/opportunity";
	}

	private OpportunityView prepareShow(CurrentUser user, UUID id, Model model) {
		OpportunityView opportunity = opportunities.get(user, id);
		boolean decides = opportunities.decides(user, opportunity);
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("decides", decides);
		if (decides) {
			model.addAttribute("applications", applications.applications(user, id));
		}
		boolean resident = user.has(Role.RESIDENT) && !user.isCorporationStaff();
		model.addAttribute("resident", resident);
		model.addAttribute("proposes", !resident && user.has(Role.CASE_WORKER) && opportunity.type().takesProposals());
		model.addAttribute("mine", applications.mine(user).stream().filter(a -> a.opportunityId().equals(id)).toList());
		model.addAttribute("blocks", new String[] { "PARTICIPATIEWET", "BANENAFSPRAAK", "PRAKTIJKONDERWIJS", "WIA_WAO", "WW", "BBL", "BOL", "NO_BENEFIT" });
		return opportunity;
	}

	@PostMapping("/opportunities/{id}/apply")
	String apply(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") Forms.ApplicationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OpportunityView opportunity = prepareShow(user, id, model);
		return FormSubmission.submit(result, "participation/opportunity", () -> {
			try {
				applications.apply(user, id, form.toInput());
			}
			catch (Conflict closed) {
				redirect.addFlashAttribute("flashError", closed.messageKey());
				return "redirect:/opportunities/" + id;
			}
			redirect.addFlashAttribute("flash", "application.submitted");
			return user.has(Role.RESIDENT) && !user.isCorporationStaff() ? "redirect:/portal" : "redirect:/opportunities/" + opportunity.id();
		});
	}

	@PostMapping("/opportunities/{id}/open")
	String open(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			opportunities.open(user, id);
			redirect.addFlashAttribute("flash", "opportunity.opened");
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("flashError", conflict.messageKey());
		}
		return "redirect:/opportunities/" + id;
	}

	@PostMapping("/applications/{id}/decision")
	String decide(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute Forms.DecisionForm form, BindingResult result,
			RedirectAttributes redirect) {
		FormSubmission.requireBound(result);
		String back = "redirect:/opportunities/" + form.opportunityId();
		try {
			return FormSubmission.orElse(() -> {
				var placement = applications.decide(user, id, form.accept(), form.reason(), form.placement());
				redirect.addFlashAttribute("flash", form.accept() ? "application.accepted" : "application.declined");
				return placement.map(p -> "redirect:/placements/" + p).orElse(back);
			}, invalid -> {
				redirect.addFlashAttribute("decisionErrors", invalid.errors());
				redirect.addFlashAttribute("decisionFor", id);
				return back;
			});
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("flashError", conflict.messageKey());
		}
		return back;
	}

	@GetMapping("/placements/{id}")
	String placement(CurrentUser user, @PathVariable UUID id, Model model) {
		PlacementView placement = placements.placement(user, id);
		model.addAttribute("placement", placement);
		boolean manages;
		try {
			ProjectAccess access = projects.access(user, placement.projectId());
			manages = (access.plansForCorporation() && placement.offeredBy().equals(access.project().corporationId()))
					|| (access.leadsPartner() && placement.offeredBy().equals(access.partnerOrganisationId()));
		}
		catch (nl.ketenimpact.shared.NotFound residentOrOther) {
			manages = false;
		}
		model.addAttribute("manages", manages);
		model.addAttribute("outcomes", PlacementOutcome.values());
		model.addAttribute("contractTypes", ContractType.values());
		return "participation/placement";
	}

	@PostMapping("/placements/{id}/hours")
	String hours(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart,
			@RequestParam(required = false) BigDecimal hours, RedirectAttributes redirect) {
		FormSubmission.orNotice(() -> {
			placements.logHours(user, id, weekStart, hours);
			redirect.addFlashAttribute("flash", "placement.hoursSaved");
		}, invalid -> {
			redirect.addFlashAttribute("placementErrors", invalid.errors());
		});
		return "redirect:/placements/" + id;
	}

	@PostMapping("/placements/{id}/outcome")
	String outcome(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) PlacementOutcome outcome,
			@RequestParam(required = false) String reason, @RequestParam(required = false) ContractType contractType, RedirectAttributes redirect) {
		try {
			FormSubmission.orNotice(() -> {
				placements.outcome(user, id, outcome, reason, contractType);
				redirect.addFlashAttribute("flash", "placement.outcomeSaved");
			}, invalid -> {
				redirect.addFlashAttribute("placementErrors", invalid.errors());
			});
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("flashError", conflict.messageKey());
		}
		return "redirect:/placements/" + id;
	}
}
