package nl.ketenimpact.worklist.web;

import java.util.ArrayList;
import java.util.List;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.signal.SignalIntake;
import nl.ketenimpact.worklist.Worklist;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page is the worklist: first the large links to what the role comes to do, then what waits for the user
 * (most urgent first, each with its deadline or age and a link to where it is done), then the projects.
 */
@Controller
class StartPageController {

	private final ProjectManagement projects;

	private final SignalIntake intake;

	private final Worklist worklist;

	private final MenuCounts menuCounts;

	StartPageController(ProjectManagement projects, SignalIntake intake, Worklist worklist, MenuCounts menuCounts) {
		this.projects = projects;
		this.intake = intake;
		this.worklist = worklist;
		this.menuCounts = menuCounts;
	}

	/** A large link at the top of the start page to what the role comes to do; its text and hint are {@code key} and {@code key.hint}. */
	record StartAction(String key, String href, boolean primary) {
	}

	/**
	 * What each role comes to do, first: a site worker reports a concern or an activity, the social team picks up
	 * signals, a case worker answers referrals, a coordinator looks at the results, a project lead starts a project, a
	 * tenant goes to their project. Only links the user may follow, by the rules that guard those pages.
	 */
	List<StartAction> startActions(CurrentUser user, boolean canCreate) {
		List<StartAction> actions = new ArrayList<>();
		if (intake.canRegister(user) && user.has(Role.FIELD_WORKER)) {
			actions.add(new StartAction("home.action.reportSignal", "/signals/new", true));
			actions.add(new StartAction("home.action.recordActivity", "/activities/new", true));
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
		if (residentOnly(user)) {
			actions.add(new StartAction("home.action.portal", "/portal", true));
		}
		return actions;
	}

	private static boolean residentOnly(CurrentUser user) {
		return user.has(Role.RESIDENT) && !user.isCorporationStaff() && !user.isChainPartner();
	}

	@GetMapping("/")
	String home(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		Worklist.Overview overview = worklist.of(user, LocaleContextHolder.getLocale());
		menuCounts.remember(user, overview.total());
		model.addAttribute("worklist", overview);
		boolean canCreate = projects.canCreate(user);
		model.addAttribute("canCreate", canCreate);
		model.addAttribute("actions", startActions(user, canCreate));
		// The site worker sees here too what waits on the phone for a connection.
		model.addAttribute("fieldWorker", user.has(Role.FIELD_WORKER));
		if (!residentOnly(user) && !user.roles().equals(java.util.Set.of(Role.ADMIN))) {
			model.addAttribute("projects", projects.visibleProjects(user, Page.safePage(page), Page.DEFAULT_SIZE));
		}
		return "worklist/home";
	}
}
