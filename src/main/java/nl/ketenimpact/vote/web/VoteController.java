package nl.ketenimpact.vote.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.vote.internal.Ballots;
import nl.ketenimpact.vote.internal.ProposalView;
import nl.ketenimpact.vote.internal.Proposals;
import nl.ketenimpact.vote.internal.RelocationAllowance;
import nl.ketenimpact.vote.internal.ResultView;
import nl.ketenimpact.vote.internal.Tally;
import nl.ketenimpact.vote.internal.VoteLetters;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draagvlakmeting's pages: the project's proposals, the proposal form, the proposal's page (for staff and partners
 * with the count, the chart and the paper forms; for a tenant the ballot, on a phone), and the admin's minimum of the
 * relocation allowance.
 */
@Controller
class VoteController {

	static final String LIST = "vote/list";

	static final String FORM = "vote/form";

	static final String PROPOSAL = "vote/proposal";

	static final String BALLOT = "vote/ballot";

	private final Proposals proposals;

	private final Ballots ballots;

	private final VoteLetters letters;

	private final RelocationAllowance allowance;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Partners partners;

	private final MessageSource messages;

	private final Clock clock;

	VoteController(Proposals proposals, Ballots ballots, VoteLetters letters, RelocationAllowance allowance, ProjectManagement projects,
			Dwellings dwellings, Partners partners, MessageSource messages, Clock clock) {
		this.proposals = proposals;
		this.ballots = ballots;
		this.letters = letters;
		this.allowance = allowance;
		this.projects = projects;
		this.dwellings = dwellings;
		this.partners = partners;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/projects/{projectId}/proposals")
	String list(CurrentUser user, @PathVariable UUID projectId, Model model) {
		model.addAttribute("project", projects.get(user, projectId));
		model.addAttribute("proposals", proposals.list(user, projectId));
		model.addAttribute("canCreate", !user.has(nl.ketenimpact.organisation.Role.RESIDENT) && projects.access(user, projectId).plansForCorporation());
		return LIST;
	}

	@GetMapping("/projects/{projectId}/proposals/new")
	String createForm(CurrentUser user, @PathVariable UUID projectId, Model model) {
		prepareForm(user, requireManager(user, projectId), null, model);
		model.addAttribute("form", ProposalForm.blank(LocalDate.now(clock)));
		return FORM;
	}

	@PostMapping("/projects/{projectId}/proposals/new")
	String create(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("form") ProposalForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectAccess access = requireManager(user, projectId);
		return FormSubmission.submit(result, () -> {
			prepareForm(user, access, null, model);
			form.fillRows();
			return FORM;
		}, ProposalForm::field, () -> {
			Proposals.Created created = proposals.create(user, projectId, form.toInput());
			redirect.addFlashAttribute("flash", "vote.created");
			return "redirect:/proposals/" + created.id();
		});
	}

	@GetMapping("/proposals/{id}/edit")
	String editForm(CurrentUser user, @PathVariable UUID id, Model model) {
		ProposalView proposal = proposals.view(user, id);
		if (!proposals.capabilities(user, id).manages()) {
			throw new Refused("proposal.refused");
		}
		if (proposal.status() == nl.ketenimpact.vote.ProposalStatus.CLOSED || proposal.status() == nl.ketenimpact.vote.ProposalStatus.SUPERSEDED) {
			throw new Conflict("proposal.revise.final");
		}
		prepareForm(user, projects.access(user, proposal.projectId()), proposal, model);
		model.addAttribute("form", ProposalForm.of(proposal));
		return FORM;
	}

	@PostMapping("/proposals/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProposalView proposal = proposals.view(user, id);
		if (!proposals.capabilities(user, id).manages()) {
			throw new Refused("proposal.refused");
		}
		return FormSubmission.submit(result, () -> {
			prepareForm(user, projects.access(user, proposal.projectId()), proposal, model);
			form.fillRows();
			return FORM;
		}, ProposalForm::field, () -> {
			Proposals.Created created = proposals.revise(user, id, form.toInput());
			redirect.addFlashAttribute("flash", created.id().equals(id) ? "vote.saved" : "vote.newVersion");
			return "redirect:/proposals/" + created.id();
		});
	}

	@GetMapping("/proposals/{id}")
	String show(CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
		ProposalView proposal = proposals.view(user, id);
		Proposals.Capabilities can = proposals.capabilities(user, id);
		ResultView result = proposals.result(user, id);
		model.addAttribute("proposal", proposal);
		model.addAttribute("can", can);
		model.addAttribute("result", result);
		model.addAttribute("verdictKey", verdictKey(result));
		if (can.tenant()) {
			return BALLOT;
		}
		model.addAttribute("paperTargets", proposals.paperTargets(user, id));
		model.addAttribute("chartJson", VoteChart.json(proposals.history(user, id), messages, locale));
		if (result.votes() != null) {
			model.addAttribute("notVoted", result.votes().stream().filter(v -> v.choice() == null).toList());
			model.addAttribute("tenancyVotes", result.votes().stream().filter(v -> v.choice() != null).toList());
		}
		model.addAttribute("minimum", allowance.minimumOn(proposal.moveOutOn() != null ? proposal.moveOutOn() : proposal.votingClosesOn().plusDays(1))
			.orElse(null));
		return PROPOSAL;
	}

	@PostMapping("/proposals/{id}/open")
	String open(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "vote.opened", () -> proposals.open(user, id));
	}

	@PostMapping("/proposals/{id}/close")
	String close(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "vote.closed", () -> proposals.close(user, id));
	}

	@PostMapping("/proposals/{id}/vote")
	String vote(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Tally.Choice choice, RedirectAttributes redirect) {
		return act(id, redirect, "vote.cast", () -> ballots.castOwn(user, id, choice));
	}

	@PostMapping("/proposals/{id}/paper")
	String paper(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID dwellingId,
			@RequestParam(required = false) Tally.Choice choice, @RequestParam(required = false) MultipartFile paperForm, RedirectAttributes redirect) {
		return act(id, redirect, "vote.paperRecorded", () -> {
			if (dwellingId == null) {
				throw new InvalidInput("dwellingId", "validation.required");
			}
			ballots.recordPaper(user, id, dwellingId, choice, FileUpload.of("paperForm", paperForm), null);
		});
	}

	@GetMapping("/proposals/{id}/notices.pdf")
	ResponseEntity<byte[]> notices(CurrentUser user, @PathVariable UUID id) {
		return pdf(letters.noticeLetters(user, id), "kennisgevingen-draagvlakmeting.pdf");
	}

	@GetMapping("/proposals/{id}/result.pdf")
	ResponseEntity<byte[]> resultPdf(CurrentUser user, @PathVariable UUID id, Locale locale) {
		return pdf(letters.resultPdf(user, id, locale), "uitslag-draagvlakmeting.pdf");
	}

	@GetMapping("/admin/relocation-allowance")
	String allowances(CurrentUser admin, Model model) {
		if (!admin.has(nl.ketenimpact.organisation.Role.ADMIN)) {
			throw new Refused("access.adminOnly");
		}
		model.addAttribute("minimums", allowance.all());
		return "vote/relocation-allowance";
	}

	@PostMapping("/admin/relocation-allowance")
	String setAllowance(CurrentUser admin, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) BigDecimal amountEur, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			allowance.set(admin, validFrom, amountEur);
		}
		catch (InvalidInput invalid) {
			response.setStatus(400);
			model.addAttribute("minimums", allowance.all());
			model.addAttribute("errors", invalid.byField());
			model.addAttribute("validFrom", validFrom);
			model.addAttribute("amountEur", amountEur);
			return "vote/relocation-allowance";
		}
		redirect.addFlashAttribute("flash", "relocation.saved");
		return "redirect:/admin/relocation-allowance";
	}

	/** A one-button step on the proposal's page: its refusal (with the date it names) is shown there. */
	private static String act(UUID id, RedirectAttributes redirect, String done, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (Conflict conflict) {
			redirect.addFlashAttribute("voteProblem", new FieldMessage("proposal", conflict.messageKey(), conflict.args()));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("voteProblem", invalid.errors().get(0));
		}
		return "redirect:/proposals/" + id;
	}

	private ProjectAccess requireManager(CurrentUser user, UUID projectId) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.plansForCorporation()) {
			throw new Refused("proposal.refused");
		}
		return access;
	}

	private void prepareForm(CurrentUser user, ProjectAccess access, ProposalView proposal, Model model) {
		model.addAttribute("project", access.project());
		model.addAttribute("proposal", proposal);
		model.addAttribute("dwellings", dwellings.inProject(access.project().id(), 5000));
		model.addAttribute("partners", partners.list(user, access.project().id()).stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.organisationId(), p -> p.organisationName(), (a, b) -> a, java.util.LinkedHashMap::new)));
		model.addAttribute("minimumToday", allowance.minimumOn(LocalDate.now(clock)).orElse(null));
	}

	static String verdictKey(ResultView result) {
		if (!result.presumptionApplies()) {
			return "vote.verdict.small";
		}
		if (result.presumedReasonable() == null) {
			return "vote.verdict.open";
		}
		return result.presumedReasonable() ? "vote.verdict.presumed" : "vote.verdict.notPresumed";
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString()).body(content);
	}

}
