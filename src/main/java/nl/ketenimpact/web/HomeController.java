package nl.ketenimpact.web;

import java.util.ArrayList;
import java.util.List;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login page and the start page, which fits the role: projects for staff and partners, the own project for a resident. */
@Controller
class HomeController {

	private final ProjectManagement projects;

	private final nl.ketenimpact.signal.SignalIntake intake;

	HomeController(ProjectManagement projects, nl.ketenimpact.signal.SignalIntake intake) {
		this.projects = projects;
		this.intake = intake;
	}

	/** A large link at the top of the start page to what the role comes to do; its text and hint are {@code key} and {@code key.hint}. */
	record StartAction(String key, String href, boolean primary) {
	}

	/**
	 * What each role comes to do, first: a site worker reports a concern, the social team picks up signals, a case
	 * worker answers referrals, a coordinator looks at the results, a project lead starts a project. Only links the
	 * user may follow, by the rules that guard those pages.
	 */
	List<StartAction> startActions(CurrentUser user, boolean canCreate) {
		List<StartAction> actions = new ArrayList<>();
		if (intake.canRegister(user) && user.has(Role.FIELD_WORKER)) {
			actions.add(new StartAction("home.action.reportSignal", "/signals/new", true));
			actions.add(new StartAction("home.action.mySignals", "/signals", false));
		}
		if (user.has(Role.SOCIAL_WORKER)) {
			actions.add(new StartAction("home.action.signalQueue", "/signals", true));
		}
		if (user.has(Role.CASE_WORKER)) {
			actions.add(new StartAction("home.action.referrals", "/signals", true));
		}
		if (user.has(Role.COORDINATOR) && user.isCorporationStaff()) {
			actions.add(new StartAction("home.action.portfolio", "/impact", true));
			actions.add(new StartAction("home.action.practices", "/practices", false));
		}
		if (canCreate) {
			actions.add(new StartAction("home.action.newProject", "/projects/new", !user.has(Role.COORDINATOR)));
		}
		if (user.has(Role.PARTNER_LEAD) && user.isChainPartner()) {
			actions.add(new StartAction("home.action.partnerResults", "/impact", true));
		}
		return actions;
	}

	@GetMapping("/")
	String home(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		if (user.has(Role.RESIDENT) && !user.isCorporationStaff() && !user.isChainPartner()) {
			// Residents have their own phone-first portal.
			return "redirect:/portal";
		}
		model.addAttribute("projects", projects.visibleProjects(user, Page.safePage(page), Page.DEFAULT_SIZE));
		boolean canCreate = projects.canCreate(user);
		model.addAttribute("canCreate", canCreate);
		model.addAttribute("actions", startActions(user, canCreate));
		return "home";
	}
}
