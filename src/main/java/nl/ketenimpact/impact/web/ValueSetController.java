package nl.ketenimpact.impact.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.impact.internal.Block;
import nl.ketenimpact.impact.internal.ValueSetManagement;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.shared.FormSubmission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN pages for value sets (waarderingssets). */
@Controller
@RequestMapping("/admin/value-sets")
class ValueSetController {

	static final String LIST = "impact/value-sets";
	static final String FORM = "impact/value-set-form";

	private final ValueSetManagement valueSets;

	ValueSetController(ValueSetManagement valueSets) {
		this.valueSets = valueSets;
	}

	@ModelAttribute("blocks")
	Block[] blocks() {
		return Block.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("valueSets", valueSets.all());
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		// Start from the default set, so an admin only changes what differs.
		model.addAttribute("form", valueSets.all().stream().filter(s -> s.municipality() == null).findFirst().map(ValueSetForm::of)
			.map(f -> { f.setName(null); f.setValidFrom(null); f.setValidTo(null); return f; })
			.orElseGet(ValueSetForm::new));
		return FORM;
	}

	@PostMapping("/new")
	String create(CurrentUser admin, @Valid @ModelAttribute("form") ValueSetForm form, BindingResult result, RedirectAttributes redirect) {
		return FormSubmission.submit(result, FORM, () -> {
			valueSets.create(admin, form.toInput());
			redirect.addFlashAttribute("flash", "valueSet.saved");
			return "redirect:/admin/value-sets";
		});
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("valueSet", valueSets.get(id));
		model.addAttribute("form", ValueSetForm.of(valueSets.get(id)));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(CurrentUser admin, @PathVariable UUID id, @Valid @ModelAttribute("form") ValueSetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("valueSet", valueSets.get(id));
		return FormSubmission.submit(result, FORM, () -> {
			valueSets.update(admin, id, form.toInput());
			redirect.addFlashAttribute("flash", "valueSet.saved");
			return "redirect:/admin/value-sets";
		});
	}
}
