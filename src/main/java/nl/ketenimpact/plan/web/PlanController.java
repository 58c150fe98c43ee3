package nl.ketenimpact.plan.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.CommitmentView;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.ProgressEntries;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.PartnerView;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.FormSubmission;
import tools.jackson.databind.json.JsonMapper;

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

/** The MVO-plan pages of a project: the plan with its chart, a commitment, proposals and manual progress. */
@Controller
@RequestMapping("/projects/{projectId}/plan")
class PlanController {

	static final String PLAN = "plan/plan";
	static final String FORM = "plan/commitment-form";
	static final String COMMITMENT = "plan/commitment";

	private final CommitmentManagement commitments;

	private final ProgressEntries progress;

	private final ProjectManagement projects;

	private final Partners partners;

	private final JsonMapper json;

	PlanController(CommitmentManagement commitments, ProgressEntries progress, ProjectManagement projects, Partners partners, JsonMapper json) {
		this.commitments = commitments;
		this.progress = progress;
		this.projects = projects;
		this.partners = partners;
		this.json = json;
	}

	@ModelAttribute("themes")
	Theme[] themes() {
		return Theme.values();
	}

	@ModelAttribute("metrics")
	Metric[] metrics() {
		return Metric.values();
	}

	@GetMapping
	String plan(CurrentUser user, @PathVariable UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		List<CommitmentView> plan = commitments.plan(access);
		model.addAttribute("access", access);
		model.addAttribute("project", access.project());
		model.addAttribute("commitments", plan.stream().filter(c -> c.status() == nl.ketenimpact.plan.CommitmentStatus.ACCEPTED).toList());
		model.addAttribute("proposals", commitments.proposals(access));
		model.addAttribute("declined", commitments.declined(access));
		model.addAttribute("chartJson", json.writeValueAsString(PlanChart.of(plan, access.project().corporationName())));
		return PLAN;
	}

	@GetMapping("/commitments/new")
	String form(CurrentUser user, @PathVariable UUID projectId, Model model) {
		ProjectAccess access = prepareForm(user, projectId, model);
		CommitmentForm form = new CommitmentForm();
		if (!access.plansForCorporation()) {
			form.setPartnerId(access.partnerOrganisationId());
		}
		model.addAttribute("form", form);
		return FORM;
	}

	@PostMapping("/commitments/new")
	String create(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") CommitmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectAccess access = prepareForm(user, projectId, model);
		return FormSubmission.submit(result, FORM, () -> {
			commitments.create(access, form.toInput());
			redirect.addFlashAttribute("flash", access.plansForCorporation() ? "commitment.created" : "commitment.proposed");
			return "redirect:/projects/" + projectId + "/plan";
		});
	}

	private ProjectAccess prepareForm(CurrentUser user, UUID projectId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.plansForCorporation() && !access.leadsPartner()) {
			throw new nl.ketenimpact.shared.Refused("commitment.create.refused");
		}
		List<PartnerView> shown = partners.list(user, projectId).stream()
			.filter(p -> access.plansForCorporation() || p.organisationId().equals(access.partnerOrganisationId()))
			.toList();
		model.addAttribute("access", access);
		model.addAttribute("project", access.project());
		model.addAttribute("partners", shown.stream().map(p -> new PartnerOption(p.organisationId(), p.organisationName())).distinct().toList());
		return access;
	}

	record PartnerOption(UUID id, String name) {
	}

	@GetMapping("/commitments/{commitmentId}")
	String commitment(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID commitmentId, Model model) {
		ProjectAccess access = projects.access(user, projectId);
		prepareCommitment(access, commitmentId, model);
		model.addAttribute("form", new ProgressForm());
		return COMMITMENT;
	}

	@PostMapping("/commitments/{commitmentId}/progress")
	String addProgress(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID commitmentId,
			@Valid @ModelAttribute("form") ProgressForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectAccess access = projects.access(user, projectId);
		prepareCommitment(access, commitmentId, model);
		return FormSubmission.submit(result, COMMITMENT, () -> {
			progress.add(access, commitmentId, form.toInput(), FileUpload.of("file", form.getFile()));
			redirect.addFlashAttribute("flash", "progress.saved");
			return "redirect:/projects/" + projectId + "/plan/commitments/" + commitmentId;
		});
	}

	private void prepareCommitment(ProjectAccess access, UUID commitmentId, Model model) {
		CommitmentView commitment = commitments.get(access, commitmentId);
		model.addAttribute("access", access);
		model.addAttribute("project", access.project());
		model.addAttribute("commitment", commitment);
		model.addAttribute("entries", progress.of(access, commitmentId));
		model.addAttribute("canAddProgress", commitment.status() == nl.ketenimpact.plan.CommitmentStatus.ACCEPTED && (access.plansForCorporation()
				|| (access.leadsPartner() && access.partnerOrganisationId().equals(commitment.partnerId()))));
		model.addAttribute("canSeeEvidence", access.maySee(commitment.partnerId()));
	}

	@PostMapping("/commitments/{commitmentId}/accept")
	String accept(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID commitmentId, RedirectAttributes redirect) {
		commitments.decide(projects.access(user, projectId), commitmentId, true, null);
		redirect.addFlashAttribute("flash", "commitment.accepted");
		return "redirect:/projects/" + projectId + "/plan";
	}

	@PostMapping("/commitments/{commitmentId}/decline")
	String decline(CurrentUser user, @PathVariable UUID projectId, @PathVariable UUID commitmentId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		FormSubmission.orNotice(() -> {
			commitments.decide(projects.access(user, projectId), commitmentId, false, reason);
			redirect.addFlashAttribute("flash", "commitment.declined");
		}, invalid -> redirect.addFlashAttribute("flashError", invalid.firstMessageKey()));
		return "redirect:/projects/" + projectId + "/plan";
	}
}
