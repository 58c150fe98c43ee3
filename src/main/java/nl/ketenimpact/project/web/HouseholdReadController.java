package nl.ketenimpact.project.web;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The corporation's log of who opened which household, for its coordinator: a page and the API. */
@Controller
class HouseholdReadController {

	private final Residents residents;

	HouseholdReadController(Residents residents) {
		this.residents = residents;
	}

	@GetMapping("/household-reads")
	String page(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("entries", residents.reads(user, Page.safePage(page), Page.DEFAULT_SIZE));
		return "project/household-reads";
	}
}
