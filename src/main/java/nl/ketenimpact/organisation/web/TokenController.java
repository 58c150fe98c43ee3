package nl.ketenimpact.organisation.web;

import java.util.UUID;

import nl.ketenimpact.organisation.ApiTokens;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own API tokens (create, shown once; revoke), and the admin's view of all tokens. */
@Controller
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String mine(CurrentUser user, Model model) {
		model.addAttribute("tokens", tokens.mine(user));
		return "account/tokens";
	}

	/** Renders the new token directly (no redirect), so it is shown exactly once and never stored in the session. */
	@PostMapping("/account/tokens")
	String create(CurrentUser user, @RequestParam(required = false) String name, @RequestParam(required = false) Integer validDays, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		FormSubmission.orNotice(() -> {
			model.addAttribute("created", tokens.create(user, name, validDays, null));
		}, invalid -> {
			response.setStatus(400);
			model.addAttribute("errors", invalid.errors());
			model.addAttribute("name", name);
		});
		model.addAttribute("tokens", tokens.mine(user));
		return "account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(user, id);
		redirect.addFlashAttribute("flash", "token.revoked");
		return "redirect:/account/tokens";
	}

	@GetMapping("/admin/tokens")
	String all(CurrentUser admin, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("tokens", tokens.all(admin, Page.safePage(page), Page.DEFAULT_SIZE));
		return "admin/tokens";
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	String adminRevoke(CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(admin, id);
		redirect.addFlashAttribute("flash", "token.revoked");
		return "redirect:/admin/tokens";
	}
}
