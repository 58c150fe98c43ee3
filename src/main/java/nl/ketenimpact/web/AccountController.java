package nl.ketenimpact.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PasswordRules;
import nl.ketenimpact.organisation.SecondFactor;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mijn account": who the user is to the platform and where they are signed in (every session in PostgreSQL, on
 * any instance), with a button to end a session on another device. A session is named by a hash of its id on the
 * page: the id itself is a bearer secret and never leaves the cookie.
 */
@Controller
class AccountController {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final UserManagement users;

	private final SecondFactor secondFactor;

	AccountController(FindByIndexNameSessionRepository<? extends Session> sessions, UserManagement users, SecondFactor secondFactor) {
		this.sessions = sessions;
		this.users = users;
		this.secondFactor = secondFactor;
	}

	/** One session of the user: since when, last active, and whether it is the one of this request. */
	record SignedIn(String handle, Instant since, Instant lastActive, boolean current) {
	}

	@GetMapping("/account")
	String account(CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("sessions", signedIn(user, request));
		model.addAttribute("secondFactorEnrolled", secondFactor.enrolled(user.id()));
		model.addAttribute("secondFactorRequired", SecondFactor.required(user));
		model.addAttribute("recoveryCodesLeft", secondFactor.recoveryCodesLeft(user.id()));
		model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		return "account/account";
	}

	/** A new password, the current one required; the user's other sessions end. A refusal shows the page again (400). */
	@PostMapping("/account/password")
	String changePassword(CurrentUser user, @RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.orElse(() -> {
			users.changePassword(user, currentPassword, newPassword);
			redirect.addFlashAttribute("flash", "password.changed");
			return "redirect:/account";
		}, invalid -> {
			response.setStatus(400);
			model.addAttribute("passwordErrors", invalid.byField());
			return account(user, request, model);
		});
	}

	@PostMapping("/account/sessions/{handle}/end")
	String end(CurrentUser user, @PathVariable String handle, HttpServletRequest request, RedirectAttributes redirect) {
		String current = currentId(request);
		Map.Entry<String, ? extends Session> session = mine(user).entrySet().stream().filter(s -> handle(s.getKey()).equals(handle)).findFirst()
			.orElseThrow(() -> new NotFound("session"));
		if (session.getKey().equals(current)) {
			throw new Refused("account.session.current");
		}
		sessions.deleteById(session.getKey());
		redirect.addFlashAttribute("flash", "account.session.ended");
		return "redirect:/account";
	}

	private List<SignedIn> signedIn(CurrentUser user, HttpServletRequest request) {
		String current = currentId(request);
		return mine(user).entrySet().stream()
			.map(s -> new SignedIn(handle(s.getKey()), s.getValue().getCreationTime(), s.getValue().getLastAccessedTime(), s.getKey().equals(current)))
			.sorted(Comparator.comparing(SignedIn::current).reversed().thenComparing(SignedIn::lastActive, Comparator.reverseOrder()))
			.toList();
	}

	private Map<String, ? extends Session> mine(CurrentUser user) {
		return sessions.findByPrincipalName(user.id().toString());
	}

	private static String currentId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getId();
	}

	static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
