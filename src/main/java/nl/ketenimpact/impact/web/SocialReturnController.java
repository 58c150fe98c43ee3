package nl.ketenimpact.impact.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.impact.ContributionKind;
import nl.ketenimpact.impact.internal.Block;
import nl.ketenimpact.impact.internal.Bonus;
import nl.ketenimpact.impact.internal.ContributionManagement;
import nl.ketenimpact.impact.internal.ObligationInput;
import nl.ketenimpact.impact.internal.SocialReturn;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Social return of a project: obligations against contributions, registering, evidence and approval. */
@Controller
@RequestMapping("/projects/{projectId}")
class SocialReturnController {

	static final String OVERVIEW = "impact/social-return";
	static final String FORM = "impact/contribution-form";
	static final String DETAIL = "impact/contribution";

	private final SocialReturn socialReturn;

	private final ContributionManagement contributions;

	private final ProjectManagement projects;

	SocialReturnController(SocialReturn socialReturn, ContributionManagement contributions, ProjectManagement projects) {
		this.socialReturn = socialReturn;
		this.contributions = contributions;
		this.projects = projects;
	}

	@GetMapping("/social-return")
	String overview(CurrentUser user, @PathVariable UUID projectId, @RequestParam(required = false) Integer page, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		model.addAttribute("access", access);
		model.addAttribute("project", access.project());
		model.addAttribute("summary", socialReturn.summary(access));
		model.addAttribute("contributions", contributions.list(access, Page.safePage(page), Page.DEFAULT_SIZE));
		return OVERVIEW;
	}

	@PostMapping("/obligations/{partnerId}")
	String obligation(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID partnerId,
			@Valid @ModelAttribute ObligationForm form, BindingResult result, RedirectAttributes redirect) {
		ProjectAccess access = projects.access(user, projectId);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "obligation.invalid");
			return "redirect:/projects/" + projectId + "/social-return";
		}
		socialReturn.setObligation(access, partnerId, new ObligationInput(form.getPercentage(), form.getPsoStep()));
		redirect.addFlashAttribute("flash", "obligation.saved");
		return "redirect:/projects/" + projectId + "/social-return";
	}

	@GetMapping("/contributions/new")
	String form(CurrentUser user, @PathVariable UUID projectId, Model model) {
		prepareForm(user, projectId, model);
		model.addAttribute("form", new ContributionForm());
		return FORM;
	}

	@PostMapping("/contributions/new")
	String register(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") ContributionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectAccess access = prepareForm(user, projectId, model);
		return FormSubmission.submit(result, FORM, () -> {
			UUID id = contributions.register(access, form.toInput());
			redirect.addFlashAttribute("flash", form.getKind() == ContributionKind.PERSON ? "contribution.registeredNeedsEvidence" : "contribution.registered");
			return "redirect:/projects/" + projectId + "/contributions/" + id;
		});
	}

	private ProjectAccess prepareForm(CurrentUser user, UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.leadsPartner()) {
			throw new Refused("contribution.register.refused");
		}
		model.addAttribute("access", access);
		model.addAttribute("project", access.project());
		model.addAttribute("kinds", ContributionKind.values());
		model.addAttribute("blocks", Block.values());
		model.addAttribute("allBonuses", Bonus.values());
		return access;
	}

	@GetMapping("/contributions/{contributionId}")
	String show(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID contributionId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		model.addAttribute("access", access);
		model.addAttribute("project", access.project());
		model.addAttribute("contribution", contributions.get(access, contributionId));
		return DETAIL;
	}

	@PostMapping("/contributions/{contributionId}/evidence")
	String evidence(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID contributionId,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		ProjectAccess access = projects.access(user, projectId);
		return FormSubmission.orElse(() -> {
			contributions.attachEvidence(access, contributionId, FileUpload.of("file", file));
			redirect.addFlashAttribute("flash", "contribution.evidenceSaved");
			return "redirect:/projects/" + projectId + "/contributions/" + contributionId;
		}, invalid -> {
			model.addAttribute("access", access);
			model.addAttribute("project", access.project());
			model.addAttribute("contribution", contributions.get(access, contributionId));
			model.addAttribute("fileError", invalid.firstMessageKey());
			response.setStatus(400);
			return DETAIL;
		});
	}

	@PostMapping("/contributions/{contributionId}/review")
	String review(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID contributionId, @RequestParam boolean approve,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			FormSubmission.orNotice(() -> {
				contributions.review(projects.access(user, projectId), contributionId, approve, reason);
				redirect.addFlashAttribute("flash", approve ? "contribution.approved" : "contribution.rejected");
			}, invalid -> {
				redirect.addFlashAttribute("flashError", invalid.firstMessageKey());
			});
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("flashError", conflict.messageKey());
		}
		return "redirect:/projects/" + projectId + "/contributions/" + contributionId;
	}
}
