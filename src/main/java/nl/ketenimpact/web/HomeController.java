package nl.ketenimpact.web;

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

	HomeController(ProjectManagement projects) {
		this.projects = projects;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		if (user.has(Role.RESIDENT) && !user.isCorporationStaff() && !user.isChainPartner()) {
			// Residents have their own phone-first portal.
			return "redirect:/portal";
		}
		model.addAttribute("projects", projects.visibleProjects(user, Page.safePage(page), Page.DEFAULT_SIZE));
		model.addAttribute("canCreate", projects.canCreate(user));
		return "home";
	}
}
