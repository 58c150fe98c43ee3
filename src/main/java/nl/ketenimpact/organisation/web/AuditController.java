package nl.ketenimpact.organisation.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ketenimpact.organisation.AuditTrail;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.shared.Page;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log page: paged, filtered by organisation (admin), kind and period. */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final OrganisationManagement organisations;

	AuditController(AuditTrail trail, OrganisationManagement organisations) {
		this.trail = trail;
		this.organisations = organisations;
	}

	@GetMapping("/audit")
	String audit(CurrentUser user, @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("lines", trail.search(user, organisationId, kind, from, to, Page.safePage(page), Page.DEFAULT_SIZE));
		model.addAttribute("kinds", AuditTrail.KINDS);
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("kind", kind);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("organisations", user.has(Role.ADMIN) ? organisations.activeForPicking(user) : java.util.List.of());
		StringBuilder query = new StringBuilder("/audit?");
		if (organisationId != null) {
			query.append("organisationId=").append(organisationId).append('&');
		}
		if (kind != null && !kind.isBlank()) {
			query.append("kind=").append(kind).append('&');
		}
		if (from != null) {
			query.append("from=").append(from).append('&');
		}
		if (to != null) {
			query.append("to=").append(to).append('&');
		}
		model.addAttribute("pagerBase", query.substring(0, query.length() - 1));
		return "organisation/audit";
	}

	@RestController
	@Tag(name = "Audit")
	static class Api {

		private final AuditTrail trail;

		Api(AuditTrail trail) {
			this.trail = trail;
		}

		@GetMapping("/api/v1/audit")
		@Operation(summary = "The audit log, newest first (ADMIN: all, or one organisation; COORDINATOR: their own organisation); kind is a "
				+ "prefix such as SIGN_IN, INVITATION, PASSWORD, SECOND_FACTOR, ACTIVATION; from and to are dates (inclusive)")
		Page<AuditTrail.Line> audit(CurrentUser user, @RequestParam(required = false) UUID organisationId, @RequestParam(required = false) String kind,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
				@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
			return trail.search(user, organisationId, kind, from, to, Page.safePage(page), Page.safeSize(size));
		}
	}
}
