package nl.ketenimpact.privacy.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.privacy.PrivacyRequests;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Requests to correct or erase: filed from "Mijn gegevens", answered on the handler's page; the same by the API. */
@Controller
class PrivacyRequestController {

	private final PrivacyRequests requests;

	private final MyDataController myData;

	PrivacyRequestController(PrivacyRequests requests, MyDataController myData) {
		this.requests = requests;
		this.myData = myData;
	}

	@PostMapping("/mijn-gegevens/verzoek")
	String filePage(CurrentUser user, @RequestParam(required = false) PrivacyRequests.Kind kind, @RequestParam(required = false) String details,
			Model model, RedirectAttributes redirect, HttpServletResponse response, java.util.Locale locale) {
		try {
			requests.file(user, kind, details);
		}
		catch (InvalidInput invalid) {
			response.setStatus(400);
			model.addAttribute("requestErrors", invalid.byField());
			model.addAttribute("requestKind", kind);
			model.addAttribute("requestDetails", details);
			return myData.page(user, model, locale);
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("flashError", conflict.messageKey());
			return "redirect:/mijn-gegevens#requests";
		}
		redirect.addFlashAttribute("flash", "privacyRequest.filed");
		return "redirect:/mijn-gegevens#requests";
	}

	@GetMapping("/privacy/requests")
	String handledPage(CurrentUser user, Model model) {
		model.addAttribute("requests", requests.handled(user));
		return "privacy/requests";
	}

	@PostMapping("/privacy/requests/{id}/decision")
	String decidePage(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) PrivacyRequests.Decision decision,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			requests.decide(user, id, decision, reason);
			redirect.addFlashAttribute("flash", "privacyRequest.decided");
		}
		catch (InvalidInput invalid) {
			FieldMessage first = invalid.errors().get(0);
			redirect.addFlashAttribute("flashError", first.messageKey());
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("flashError", conflict.messageKey());
		}
		return "redirect:/privacy/requests";
	}
}
