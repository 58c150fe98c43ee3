package nl.ketenimpact.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.SecondFactor;
import nl.ketenimpact.shared.FormSubmission;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in: a code from the authenticator app (or a recovery code), and setting the app up
 * (QR code, then a code to confirm, then the recovery codes, shown once). On success the session is marked and gets
 * a new id.
 */
@Controller
class SecondFactorController {

	private final SecondFactor secondFactor;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorController(SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
	}

	@GetMapping("/tweede-stap")
	String verifyPage(CurrentUser user) {
		return secondFactor.enrolled(user.id()) ? "account/second-factor" : "redirect:/tweede-stap/instellen";
	}

	@PostMapping("/tweede-stap")
	String verify(CurrentUser user, @RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!secondFactor.enrolled(user.id())) {
			return "redirect:/tweede-stap/instellen";
		}
		if (!secondFactor.verify(user, code)) {
			response.setStatus(400);
			model.addAttribute("codeError", "secondFactor.code.wrong");
			return "account/second-factor";
		}
		markDone(request, response);
		return "redirect:/";
	}

	@GetMapping("/tweede-stap/instellen")
	String setupPage(CurrentUser user, Model model) {
		if (secondFactor.enrolled(user.id())) {
			return "redirect:/account";
		}
		model.addAttribute("enrolment", secondFactor.pendingEnrolment(user).orElseGet(() -> secondFactor.startEnrolment(user)));
		model.addAttribute("required", SecondFactor.required(user));
		return "account/second-factor-setup";
	}

	/** Renders the recovery codes directly (no redirect), so they are shown exactly once and never stored in the session. */
	@PostMapping("/tweede-stap/instellen")
	String confirm(CurrentUser user, @RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (secondFactor.enrolled(user.id())) {
			return "redirect:/account";
		}
		return FormSubmission.orElse(() -> {
			List<String> recovery = secondFactor.confirmEnrolment(user, code);
			markDone(request, response);
			model.addAttribute("recoveryCodes", recovery);
			return "account/recovery-codes";
		}, invalid -> {
			response.setStatus(400);
			model.addAttribute("codeError", "secondFactor.code.wrong");
			model.addAttribute("enrolment", secondFactor.pendingEnrolment(user).orElseGet(() -> secondFactor.startEnrolment(user)));
			model.addAttribute("required", SecondFactor.required(user));
			return "account/second-factor-setup";
		});
	}

	@PostMapping("/account/second-factor/remove")
	String remove(CurrentUser user, @RequestParam(required = false) String code, RedirectAttributes redirect) {
		FormSubmission.orNotice(() -> {
			secondFactor.remove(user, code);
			redirect.addFlashAttribute("flash", "secondFactor.removed");
		}, invalid -> {
			redirect.addFlashAttribute("flashError", "secondFactor.code.wrong");
		});
		return "redirect:/account";
	}

	/** The session now counts as signed in with two factors; a new session id, so one seen before the step is worthless. */
	private void markDone(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = (CurrentUser) current.getPrincipal();
		List<String> factors = new ArrayList<>(SecurityConfiguration.factors(current));
		factors.remove(SecurityConfiguration.FACTOR_PENDING);
		if (!factors.contains(SecurityConfiguration.FACTOR_SECOND)) {
			factors.add(SecurityConfiguration.FACTOR_SECOND);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityConfiguration.authenticated(user, factors));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
	}
}
