package nl.ketenimpact.web;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.ketenimpact.organisation.IdentityProviders;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page asks for the e-mail address first (home realm discovery): people of an organisation with its own
 * identity provider go there, everyone else (and anyone whose organisation still allows passwords) gets the password
 * field. The answer for an address without an account is the same as for one with: the password step.
 */
@Controller
class LoginController {

	/** Where the e-mail of the last attempt waits for the page (never in the URL). */
	static final String EMAIL = "ketenimpact.login.email";

	/** A refusal of a sign-in through a provider, as a message key. */
	static final String PROBLEM = "ketenimpact.login.problem";

	private static final Set<String> PROBLEMS = Set.of("login.provider.unknown", "login.provider.noEmail", "login.provider.wrongDomain",
			"login.provider.otherOrganisation", "login.provider.notInvited", "login.provider.passwordsOff", "login.provider.failed",
			"login.deactivated");

	private final IdentityProviders providers;

	LoginController(IdentityProviders providers) {
		this.providers = providers;
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object problem = session.getAttribute(PROBLEM);
		if (problem instanceof String key && PROBLEMS.contains(key)) {
			model.addAttribute("problem", key);
			session.removeAttribute(PROBLEM);
		}
		if (session.getAttribute(EMAIL) instanceof String email) {
			// After a failed password: the password step again for the same address.
			return passwordStep(email, model);
		}
		return "login";
	}

	@PostMapping("/login/start")
	String start(@RequestParam(required = false) String email, HttpSession session, Model model, HttpServletResponse response) {
		String address = email == null ? "" : email.strip();
		if (address.isEmpty() || address.length() > 120 || !address.contains("@")) {
			response.setStatus(400);
			model.addAttribute("emailError", address.isEmpty() ? "validation.required" : "validation.email");
			model.addAttribute("email", address);
			return "login";
		}
		Optional<IdentityProviders.ProviderView> provider = providers.forEmail(address);
		if (provider.isPresent() && !provider.get().passwordsAllowed()) {
			session.removeAttribute(EMAIL);
			return "redirect:/oauth2/authorization/" + provider.get().organisationId();
		}
		session.setAttribute(EMAIL, address);
		return passwordStep(address, model);
	}

	/** Back to the first step, for another address. */
	@PostMapping("/login/other")
	String other(HttpSession session) {
		session.removeAttribute(EMAIL);
		return "redirect:/login";
	}

	private String passwordStep(String email, Model model) {
		model.addAttribute("email", email);
		model.addAttribute("passwordStep", true);
		providers.forEmail(email).ifPresent(provider -> model.addAttribute("provider", provider));
		return "login";
	}
}
