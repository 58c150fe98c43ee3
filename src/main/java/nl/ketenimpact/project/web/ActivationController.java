package nl.ketenimpact.project.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PasswordRules;
import nl.ketenimpact.project.internal.ActivationCodes;
import nl.ketenimpact.project.internal.ActivationLetters;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Gone;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Text;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tenants' activation codes: the project lead makes them and prints the letters (page and API); a tenant
 * registers with one at {@code /activeren} (page and public API).
 */
@Controller
class ActivationController {

	private final ActivationCodes codes;

	private final ActivationLetters letters;

	ActivationController(ActivationCodes codes, ActivationLetters letters) {
		this.codes = codes;
		this.letters = letters;
	}

	// --- pages -------------------------------------------------------------------------------------

	@PostMapping("/projects/{id}/activation-codes")
	String generate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ActivationCodes.Generated generated = codes.generate(user, id);
		redirect.addFlashAttribute("flash", "activation.generated");
		redirect.addFlashAttribute("generated", generated);
		return "redirect:/projects/" + id + "#activation";
	}

	@GetMapping("/projects/{id}/activation-letters")
	ResponseEntity<byte[]> letters(CurrentUser user, @PathVariable UUID id) {
		return pdf(letters.letters(user, id));
	}

	@PostMapping("/projects/{projectId}/dwellings/{dwellingId}/activation-code/revoke")
	String revoke(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID dwellingId, RedirectAttributes redirect) {
		codes.revoke(user, projectId, dwellingId);
		redirect.addFlashAttribute("flash", "activation.revoked");
		return "redirect:/projects/" + projectId + "/dwellings/" + dwellingId;
	}

	@PostMapping("/projects/{projectId}/dwellings/{dwellingId}/accounts/{accountId}/revoke")
	String revokeAccount(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID dwellingId, @PathVariable UUID accountId,
			RedirectAttributes redirect) {
		codes.revokeAccount(user, projectId, dwellingId, accountId);
		redirect.addFlashAttribute("flash", "activation.accountRevoked");
		return "redirect:/projects/" + projectId + "/dwellings/" + dwellingId;
	}

	@GetMapping("/activeren")
	String activatePage(Model model) {
		model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		return "project/activate";
	}

	@PostMapping("/activeren")
	String activate(@RequestParam(required = false) String code, @RequestParam(required = false) String email,
			@RequestParam(required = false) String name, @RequestParam(required = false) String password, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			return FormSubmission.orElse(() -> {
				requireText(code, email, name);
				codes.activate(code, email, name, password, request.getRemoteAddr(), LocaleContextHolder.getLocale());
				redirect.addFlashAttribute("flash", "activation.done");
				return "redirect:/login";
			}, invalid -> {
				response.setStatus(400);
				return again(code, email, name, invalid.byField(), model);
			});
		}
		catch (Gone gone) {
			response.setStatus(410);
			return again(code, email, name, Map.of("code", new FieldMessage("code", gone.messageKey())), model);
		}
	}

	/** The activation form again with what was typed (never the password) and the messages per field. */
	private static String again(String code, String email, String name, Map<String, FieldMessage> errors, Model model) {
		model.addAttribute("errors", errors);
		model.addAttribute("code", code);
		model.addAttribute("email", email);
		model.addAttribute("name", name);
		model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
		return "project/activate";
	}

	/** Blank fields and control characters get their field's message before anything is looked up. */
	private static void requireText(String code, String email, String name) {
		java.util.List<FieldMessage> errors = new java.util.ArrayList<>();
		Map.of("code", code == null ? "" : code, "email", email == null ? "" : email, "name", name == null ? "" : name).forEach((field, value) -> {
			if (value.isBlank()) {
				errors.add(new FieldMessage(field, "validation.required"));
			}
			else if (!Text.acceptable(value) || value.length() > 120) {
				errors.add(new FieldMessage(field, value.length() > 120 ? "validation.size.max" : "validation.controlCharacter", 120));
			}
		});
		InvalidInput.throwIfAny(errors);
	}

	static ResponseEntity<byte[]> pdf(byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("activatiebrieven.pdf").build().toString())
			.body(content);
	}
}
