package nl.ketenimpact.signal.web;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.signal.SignalIntake;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN page for the triage deadlines and the retention period. */
@Controller
@RequestMapping("/admin/signal-settings")
class SignalSettingsController {

	private final SignalIntake intake;

	SignalSettingsController(SignalIntake intake) {
		this.intake = intake;
	}

	@GetMapping
	String form(Model model) {
		var settings = intake.settings();
		SettingsForm form = new SettingsForm();
		form.setTriageDays(settings.triageDays());
		form.setUrgentDays(settings.urgentDays());
		form.setRetentionMonths(settings.retentionMonths());
		model.addAttribute("form", form);
		return "signal/settings";
	}

	@PostMapping
	String save(CurrentUser admin, @Valid @ModelAttribute("form") SettingsForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "signal/settings";
		}
		intake.updateSettings(admin, form.toSettings());
		redirect.addFlashAttribute("flash", "signal.settings.saved");
		return "redirect:/admin/signal-settings";
	}

	/** The settings form. */
	public static class SettingsForm {

		@jakarta.validation.constraints.NotNull(message = "{validation.required}")
		@jakarta.validation.constraints.Min(value = 1, message = "{signal.settings.range}")
		@jakarta.validation.constraints.Max(value = 30, message = "{signal.settings.range}")
		private Integer triageDays;

		@jakarta.validation.constraints.NotNull(message = "{validation.required}")
		@jakarta.validation.constraints.Min(value = 1, message = "{signal.settings.range}")
		@jakarta.validation.constraints.Max(value = 30, message = "{signal.settings.range}")
		private Integer urgentDays;

		@jakarta.validation.constraints.NotNull(message = "{validation.required}")
		@jakarta.validation.constraints.Min(value = 1, message = "{signal.settings.retentionRange}")
		@jakarta.validation.constraints.Max(value = 120, message = "{signal.settings.retentionRange}")
		private Integer retentionMonths;

		nl.ketenimpact.signal.SignalSettings toSettings() {
			return new nl.ketenimpact.signal.SignalSettings(triageDays, urgentDays, retentionMonths);
		}

		public Integer getTriageDays() { return triageDays; }
		public void setTriageDays(Integer triageDays) { this.triageDays = triageDays; }
		public Integer getUrgentDays() { return urgentDays; }
		public void setUrgentDays(Integer urgentDays) { this.urgentDays = urgentDays; }
		public Integer getRetentionMonths() { return retentionMonths; }
		public void setRetentionMonths(Integer retentionMonths) { this.retentionMonths = retentionMonths; }
	}
}
