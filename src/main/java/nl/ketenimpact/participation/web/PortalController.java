package nl.ketenimpact.participation.web;

import java.math.BigDecimal;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.internal.AllowanceLimits;
import nl.ketenimpact.participation.internal.ApplicationManagement;
import nl.ketenimpact.participation.internal.CompensationManagement;
import nl.ketenimpact.participation.internal.PlacementManagement;
import nl.ketenimpact.participation.internal.SelfWorkManagement;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Outbox;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The resident portal (phone first) and the admin pages of this module: allowance caps and the mail outbox. */
@Controller
class PortalController {

	private final OpportunityManagement opportunities;

	private final ApplicationManagement applications;

	private final PlacementManagement placements;

	private final SelfWorkManagement selfWork;

	private final CompensationManagement compensation;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Residents residents;

	private final Outbox outbox;

	PortalController(OpportunityManagement opportunities, ApplicationManagement applications, PlacementManagement placements, SelfWorkManagement selfWork, CompensationManagement compensation, ProjectManagement projects, Dwellings dwellings, Residents residents,
			Outbox outbox) {
		this.opportunities = opportunities;
		this.applications = applications;
		this.placements = placements;
		this.selfWork = selfWork;
		this.compensation = compensation;
		this.projects = projects;
		this.dwellings = dwellings;
		this.residents = residents;
		this.outbox = outbox;
	}

	@GetMapping("/portal")
	String portal(CurrentUser user, Model model) {
		if (!user.has(Role.RESIDENT)) {
			throw new Refused("portal.residentsOnly");
		}
		residents.projectOf(user).ifPresent(projectId -> {
			model.addAttribute("project", projects.get(user, projectId));
			model.addAttribute("dwellings", dwellings.list(user, projectId, 0, 5).items());
			model.addAttribute("opportunities", opportunities.list(user, projectId, 0, Page.DEFAULT_SIZE).items().stream().filter(o -> o.open()).toList());
			model.addAttribute("tasks", selfWork.tasks(user, projectId));
		});
		model.addAttribute("applications", applications.mine(user));
		model.addAttribute("placements", placements.placements(user, 0, Page.DEFAULT_SIZE).items());
		model.addAttribute("consents", residents.consents(user));
		model.addAttribute("householdReads", residents.readsOfOwnHousehold(user));
		model.addAttribute("paidThisYear", compensation.paidThisYear(user));
		return "participation/portal";
	}

	@PostMapping("/portal/consents")
	String consents(CurrentUser user, @RequestParam(defaultValue = "false") boolean contactOpportunities, @RequestParam(defaultValue = "false") boolean photos,
			RedirectAttributes redirect) {
		residents.saveConsents(user, new Residents.Consents(contactOpportunities, photos));
		redirect.addFlashAttribute("flash", "consents.saved");
		return "redirect:/portal";
	}

	@GetMapping("/admin/allowance-limits")
	String limits(Model model) {
		model.addAttribute("limits", compensation.allLimits());
		return "participation/allowance-limits";
	}

	@PostMapping("/admin/allowance-limits")
	String setLimits(CurrentUser admin, @RequestParam(required = false) Integer year, @RequestParam(required = false) BigDecimal hourlyAdult,
			@RequestParam(required = false) BigDecimal hourlyYoung, @RequestParam(required = false) BigDecimal monthly,
			@RequestParam(required = false) BigDecimal yearly, RedirectAttributes redirect) {
		FormSubmission.orNotice(() -> {
			if (year == null) {
				throw new InvalidInput("year", "validation.required");
			}
			compensation.setLimits(admin, new AllowanceLimits(year, hourlyAdult, hourlyYoung, monthly, yearly, false));
			redirect.addFlashAttribute("flash", "allowance.saved");
		}, invalid -> {
			redirect.addFlashAttribute("flashError", invalid.firstMessageKey());
		});
		return "redirect:/admin/allowance-limits";
	}

	@GetMapping("/admin/outbox")
	String outbox(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("messages", outbox.list(Page.safePage(page), Page.DEFAULT_SIZE));
		return "participation/outbox";
	}

}
