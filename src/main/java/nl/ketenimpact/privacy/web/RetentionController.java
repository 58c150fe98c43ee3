package nl.ketenimpact.privacy.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.privacy.RetentionJob;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's retention settings, each from a day on (the nightly job applies the one valid that day). */
@Controller
class RetentionController {

	private final RetentionJob retention;

	RetentionController(RetentionJob retention) {
		this.retention = retention;
	}

	@GetMapping("/admin/retention")
	String page(CurrentUser admin, Model model) {
		if (!admin.has(Role.ADMIN)) {
			throw new Refused("access.adminOnly");
		}
		model.addAttribute("settings", retention.settings());
		return "privacy/retention";
	}

	@PostMapping("/admin/retention")
	String set(CurrentUser admin, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) Integer participationYears, @RequestParam(required = false) Integer paymentYears,
			@RequestParam(required = false) Integer invitationDays, @RequestParam(required = false) Integer auditYears, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			retention.set(admin, new RetentionJob.Setting(validFrom, orZero(participationYears), orZero(paymentYears), orZero(invitationDays),
					orZero(auditYears)));
		}
		catch (InvalidInput invalid) {
			response.setStatus(400);
			model.addAttribute("settings", retention.settings());
			model.addAttribute("errors", invalid.byField());
			model.addAttribute("values", java.util.Map.of("validFrom", validFrom == null ? "" : validFrom.toString(), "participationYears",
					text(participationYears), "paymentYears", text(paymentYears), "invitationDays", text(invitationDays), "auditYears", text(auditYears)));
			return "privacy/retention";
		}
		redirect.addFlashAttribute("flash", "retention.saved");
		return "redirect:/admin/retention";
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private static String text(Integer value) {
		return value == null ? "" : value.toString();
	}
}
