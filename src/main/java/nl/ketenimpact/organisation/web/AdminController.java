package nl.ketenimpact.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.IdentityProviders;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.organisation.internal.UserAdministration;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN pages: organisations and users. The services check the ADMIN role again. */
@Controller
@RequestMapping("/admin")
class AdminController {

	static final String ORGANISATIONS = "admin/organisations";
	static final String ORGANISATION_FORM = "admin/organisation-form";
	static final String USERS = "admin/users";
	static final String USER_FORM = "admin/user-form";

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final UserAdministration administration;

	private final nl.ketenimpact.organisation.SecondFactor secondFactor;

	private final IdentityProviders providers;

	AdminController(OrganisationManagement organisations, UserManagement users, UserAdministration administration, nl.ketenimpact.organisation.SecondFactor secondFactor,
			IdentityProviders providers) {
		this.organisations = organisations;
		this.users = users;
		this.administration = administration;
		this.secondFactor = secondFactor;
		this.providers = providers;
	}

	@GetMapping("/organisations")
	String organisations(CurrentUser admin, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("organisations", organisations.list(admin, Page.safePage(page), Page.DEFAULT_SIZE));
		return ORGANISATIONS;
	}

	@GetMapping("/organisations/new")
	String newOrganisation(Model model) {
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("form", new OrganisationForm());
		return ORGANISATION_FORM;
	}

	@PostMapping("/organisations/new")
	String createOrganisation(CurrentUser admin, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("types", OrganisationType.values());
		return FormSubmission.submit(result, ORGANISATION_FORM, () -> {
			organisations.create(admin, form.toDetails());
			redirect.addFlashAttribute("flash", "organisation.created");
			return "redirect:/admin/organisations";
		});
	}

	@GetMapping("/organisations/{id}")
	String editOrganisation(CurrentUser admin, @PathVariable UUID id, Model model) {
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("organisation", organisations.get(id));
		model.addAttribute("form", OrganisationForm.of(organisations.get(id)));
		model.addAttribute("provider", providers.get(admin, id).orElse(null));
		return ORGANISATION_FORM;
	}

	/** The organisation's own identity provider; a refusal shows the page again with the field messages (400). */
	@PostMapping("/organisations/{id}/identity-provider")
	String saveProvider(CurrentUser admin, @PathVariable UUID id, @RequestParam(required = false) String issuerUri,
			@RequestParam(required = false) String clientId, @RequestParam(required = false) String clientSecret,
			@RequestParam(required = false) String emailDomains, @RequestParam(required = false) boolean passwordsAllowed, Model model,
			jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
		java.util.List<String> domains = emailDomains == null ? java.util.List.of()
				: java.util.Arrays.stream(emailDomains.split("[,;\\s]+")).filter(d -> !d.isBlank()).toList();
		return FormSubmission.orElse(() -> {
			providers.save(admin, id, new IdentityProviders.ProviderInput(issuerUri, clientId, clientSecret, domains, passwordsAllowed));
			redirect.addFlashAttribute("flash", "identityProvider.saved");
			return "redirect:/admin/organisations/" + id;
		}, invalid -> {
			response.setStatus(400);
			editOrganisation(admin, id, model);
			model.addAttribute("providerErrors", invalid.byField());
			model.addAttribute("providerInput", new IdentityProviders.ProviderInput(issuerUri, clientId, null, domains, passwordsAllowed));
			return ORGANISATION_FORM;
		});
	}

	@PostMapping("/organisations/{id}/identity-provider/remove")
	String removeProvider(CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		providers.remove(admin, id);
		redirect.addFlashAttribute("flash", "identityProvider.removed");
		return "redirect:/admin/organisations/" + id;
	}

	@PostMapping("/organisations/{id}")
	String updateOrganisation(CurrentUser admin, @PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("organisation", organisations.get(id));
		return FormSubmission.submit(result, ORGANISATION_FORM, () -> {
			organisations.update(admin, id, form.toDetails());
			redirect.addFlashAttribute("flash", "organisation.updated");
			return "redirect:/admin/organisations";
		});
	}

	@PostMapping("/organisations/{id}/active")
	String setOrganisationActive(CurrentUser admin, @PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		organisations.setActive(admin, id, active);
		redirect.addFlashAttribute("flash", active ? "organisation.activated" : "organisation.deactivated");
		return "redirect:/admin/organisations";
	}

	@GetMapping("/users")
	String users(CurrentUser admin, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("users", users.list(admin, Page.safePage(page), Page.DEFAULT_SIZE));
		return USERS;
	}

	@GetMapping("/users/new")
	String newUser(CurrentUser admin, Model model) {
		prepareUserForm(admin, model);
		model.addAttribute("form", new UserForm());
		return USER_FORM;
	}

	@PostMapping("/users/new")
	String createUser(CurrentUser admin, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareUserForm(admin, model);
		return FormSubmission.submit(result, USER_FORM, () -> {
			administration.create(admin, form.toInput());
			redirect.addFlashAttribute("flash", "user.created");
			return "redirect:/admin/users";
		});
	}

	@GetMapping("/users/{id}")
	String editUser(CurrentUser admin, @PathVariable UUID id, Model model) {
		prepareUserForm(admin, model);
		model.addAttribute("user", users.get(admin, id));
		model.addAttribute("form", UserForm.of(users.get(admin, id)));
		model.addAttribute("secondFactorEnrolled", secondFactor.enrolled(id));
		return USER_FORM;
	}

	/** A lost phone: the user sets up the second factor again at the next sign-in. */
	@PostMapping("/users/{id}/second-factor/reset")
	String resetSecondFactor(CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		users.get(admin, id);
		secondFactor.reset(admin, id);
		redirect.addFlashAttribute("flash", "secondFactor.resetDone");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/users/{id}")
	String updateUser(CurrentUser admin, @PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		prepareUserForm(admin, model);
		model.addAttribute("user", users.get(admin, id));
		return FormSubmission.submit(result, USER_FORM, () -> {
			administration.update(admin, id, form.toInput());
			redirect.addFlashAttribute("flash", "user.updated");
			return "redirect:/admin/users";
		});
	}

	@PostMapping("/users/{id}/active")
	String setUserActive(CurrentUser admin, @PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		administration.setActive(admin, id, active);
		redirect.addFlashAttribute("flash", active ? "user.activated" : "user.deactivated");
		return "redirect:/admin/users";
	}

	private void prepareUserForm(CurrentUser admin, Model model) {
		model.addAttribute("organisations", organisations.activeForPicking(admin));
		model.addAttribute("allRoles", Role.values());
	}
}
