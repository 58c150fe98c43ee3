package nl.ketenimpact.organisation.web;


import jakarta.servlet.http.HttpServletResponse;
import nl.ketenimpact.organisation.PasswordRules;
import nl.ketenimpact.organisation.internal.InvitationAcceptance;
import nl.ketenimpact.organisation.internal.InvitationView;
import nl.ketenimpact.organisation.internal.PasswordReset;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Gone;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of getting in without being signed in: accepting an invitation, a forgotten password and the new one,
 * The token of a link stays in the page's form (POST),
 * out of logs and referrers after the first request.
 */
@Controller
class GettingInController {

	private final InvitationAcceptance acceptance;

	private final PasswordReset resets;

	private final nl.ketenimpact.organisation.IdentityProviders providers;

	GettingInController(InvitationAcceptance acceptance, PasswordReset resets, nl.ketenimpact.organisation.IdentityProviders providers) {
		this.acceptance = acceptance;
		this.resets = resets;
		this.providers = providers;
	}

	/** An invitation into an organisation with its own identity provider is accepted by signing in there. */
	private void offerProvider(InvitationView invitation, Model model) {
		providers.forEmail(invitation.email()).filter(p -> p.organisationId().equals(invitation.organisationId()))
			.ifPresent(provider -> model.addAttribute("provider", provider));
	}

	@GetMapping("/uitnodiging")
	String invitation(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		try {
			InvitationView invitation = acceptance.open(token);
			model.addAttribute("invitation", invitation);
			offerProvider(invitation, model);
			model.addAttribute("token", token);
			model.addAttribute("name", invitation.name());
			model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
			return "organisation/accept";
		}
		catch (Gone gone) {
			return gone(gone, model, response);
		}
	}

	@PostMapping("/uitnodiging")
	String accept(@RequestParam(required = false) String token, @RequestParam(required = false) String name,
			@RequestParam(required = false) String password, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			return FormSubmission.orElse(() -> {
				acceptance.accept(token, name, password);
				redirect.addFlashAttribute("flash", "invitation.accepted");
				return "redirect:/login";
			}, invalid -> {
				response.setStatus(400);
				InvitationView invitation = acceptance.open(token);
				model.addAttribute("invitation", invitation);
				offerProvider(invitation, model);
				model.addAttribute("token", token);
				model.addAttribute("name", name);
				model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
				model.addAttribute("errors", invalid.byField());
				return "organisation/accept";
			});
		}
		catch (Gone gone) {
			return gone(gone, model, response);
		}
		catch (nl.ketenimpact.shared.Conflict taken) {
			response.setStatus(409);
			model.addAttribute("gone", taken.messageKey());
			return "organisation/link-gone";
		}
	}

	@GetMapping("/wachtwoord-vergeten")
	String forgotten() {
		return "organisation/password-forgotten";
	}

	/** The same answer whether or not the address has an account. */
	@PostMapping("/wachtwoord-vergeten")
	String requestReset(@RequestParam(required = false) String email, Model model, HttpServletResponse response,
			jakarta.servlet.http.HttpServletRequest request) {
		if (email == null || email.isBlank() || email.length() > 120) {
			response.setStatus(400);
			model.addAttribute("errors", java.util.Map.of("email", new FieldMessage("email", "validation.required")));
			return "organisation/password-forgotten";
		}
		resets.request(email, LocaleContextHolder.getLocale(), request.getRemoteAddr());
		model.addAttribute("requested", true);
		return "organisation/password-forgotten";
	}

	@GetMapping("/wachtwoord-herstellen")
	String resetPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		try {
			resets.check(token);
			model.addAttribute("token", token);
			model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
			return "organisation/password-reset";
		}
		catch (Gone gone) {
			return gone(gone, model, response);
		}
	}

	@PostMapping("/wachtwoord-herstellen")
	String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			return FormSubmission.orElse(() -> {
				resets.confirm(token, password);
				redirect.addFlashAttribute("flash", "passwordReset.done");
				return "redirect:/login";
			}, invalid -> {
				response.setStatus(400);
				model.addAttribute("token", token);
				model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
				model.addAttribute("errors", invalid.byField());
				return "organisation/password-reset";
			});
		}
		catch (Gone gone) {
			return gone(gone, model, response);
		}
	}

	/** A link that no longer works: the page says why (410). */
	private static String gone(Gone gone, Model model, HttpServletResponse response) {
		response.setStatus(410);
		model.addAttribute("gone", gone.messageKey());
		return "organisation/link-gone";
	}
}
