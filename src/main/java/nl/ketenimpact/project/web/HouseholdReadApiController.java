package nl.ketenimpact.project.web;

import io.swagger.v3.oas.annotations.Operation;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.Page;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The corporation's log of household openings over the API (its coordinator). */
@RestController
class HouseholdReadApiController {

	private final Residents residents;

	HouseholdReadApiController(Residents residents) {
		this.residents = residents;
	}

	@GetMapping("/api/v1/household-reads")
	@Operation(summary = "Who opened which household of the caller's corporation, newest first (COORDINATOR)")
	Page<Residents.HouseholdRead> api(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return residents.reads(user, Page.safePage(page), Page.safeSize(size));
	}
}
