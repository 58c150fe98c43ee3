package nl.ketenimpact.vote.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.vote.internal.Ballots;
import nl.ketenimpact.vote.internal.ProposalInput;
import nl.ketenimpact.vote.internal.ProposalView;
import nl.ketenimpact.vote.internal.Proposals;
import nl.ketenimpact.vote.internal.ResultView;
import nl.ketenimpact.vote.internal.Tally;
import nl.ketenimpact.vote.internal.VoteLetters;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The draagvlakmeting over the API: the same rules and visibility as its pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Draagvlakmeting", description = "Renovatievoorstellen, stemmen per huishouden en de 70%-regel")
class VoteApiController {

	private final Proposals proposals;

	private final Ballots ballots;

	private final VoteLetters letters;

	VoteApiController(Proposals proposals, Ballots ballots, VoteLetters letters) {
		this.proposals = proposals;
		this.ballots = ballots;
		this.letters = letters;
	}

	record VoteRequest(Tally.Choice choice) {
	}

	record PaperVoteRequest(Tally.Choice choice, UUID evidenceId) {
	}

	record Cast(UUID proposalId, UUID dwellingId, Tally.Choice choice, Tally.Channel channel) {
	}

	@PostMapping("/projects/{id}/proposals")
	@Operation(summary = "Draft a renovation proposal for a complex of the project (COORDINATOR or PROJECT_LEAD of the corporation); "
			+ "400 with the field for what it must state, e.g. a relocation allowance below the legal minimum when tenants must move out")
	ResponseEntity<Proposals.Created> create(CurrentUser user, @PathVariable UUID id, @RequestBody ProposalInput input) {
		Proposals.Created created = proposals.create(user, id, input);
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + created.id())).body(created);
	}

	@GetMapping("/projects/{id}/proposals")
	@Operation(summary = "The project's proposals the caller may see, with turnout (tenants: those of their own complex)")
	List<Proposals.Summary> list(CurrentUser user, @PathVariable UUID id) {
		return proposals.list(user, id);
	}

	@GetMapping("/proposals/{id}")
	@Operation(summary = "A proposal; a tenant gets their own rent change and vote, staff every rent change")
	ProposalView get(CurrentUser user, @PathVariable UUID id) {
		return proposals.view(user, id);
	}

	@PutMapping("/proposals/{id}")
	@Operation(summary = "Change a proposal: a draft in place; an open one becomes a new version (a draft) and its votes do not carry over; 409 once closed")
	Proposals.Created revise(CurrentUser user, @PathVariable UUID id, @RequestBody ProposalInput input) {
		return proposals.revise(user, id, input);
	}

	@PostMapping("/proposals/{id}/open")
	@Operation(summary = "Put the draft to the tenants; 409 when it is not a draft or its period is over")
	ProposalView open(CurrentUser user, @PathVariable UUID id) {
		proposals.open(user, id);
		return proposals.view(user, id);
	}

	@PostMapping("/proposals/{id}/close")
	@Operation(summary = "Close the vote (from its last day on) and keep the count; with 70% the notices and 8-week periods start")
	ResultView close(CurrentUser user, @PathVariable UUID id) {
		proposals.close(user, id);
		return proposals.result(user, id);
	}

	@PutMapping("/proposals/{id}/vote")
	@Operation(summary = "The tenant's own vote for their tenancy (RESIDENT of the complex), changeable until the vote closes; "
			+ "403 for another dwelling or project, 409 on a draft or outside the voting period")
	Cast vote(CurrentUser user, @PathVariable UUID id, @RequestBody VoteRequest request) {
		ballots.castOwn(user, id, request.choice());
		return new Cast(id, null, request.choice(), Tally.Channel.PORTAL);
	}

	@PutMapping(path = "/proposals/{id}/votes/{dwellingId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Record a signed paper form for a tenancy with its scan (paperForm: PDF, PNG or JPEG) or an evidence id of the project; "
			+ "the corporation's project lead, coordinator or field worker, or a field worker of the tenant liaison")
	Cast paperVote(CurrentUser user, @PathVariable UUID id, @PathVariable UUID dwellingId, @RequestParam(required = false) Tally.Choice choice,
			@RequestParam(required = false) MultipartFile paperForm, @RequestParam(required = false) UUID evidenceId) {
		ballots.recordPaper(user, id, dwellingId, choice, FileUpload.of("paperForm", paperForm), evidenceId);
		return new Cast(id, dwellingId, choice, Tally.Channel.PAPER);
	}

	@PutMapping(path = "/proposals/{id}/votes/{dwellingId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Cast paperVoteJson(CurrentUser user, @PathVariable UUID id, @PathVariable UUID dwellingId, @RequestBody PaperVoteRequest request) {
		ballots.recordPaper(user, id, dwellingId, request.choice(), null, request.evidenceId());
		return new Cast(id, dwellingId, request.choice(), Tally.Channel.PAPER);
	}

	@GetMapping("/proposals/{id}/result")
	@Operation(summary = "The count: tenancies, agreed, disagreed, not voted, % agreed of all tenancies; per tenancy for the corporation's staff "
			+ "only, turnout per entrance for partners; Accept: application/pdf gives the result without names for the tenants' association")
	ResponseEntity<?> result(CurrentUser user, @PathVariable UUID id, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		if (wantsPdf(accept)) {
			return VoteController.pdf(letters.resultPdf(user, id, LocaleContextHolder.getLocale()), "uitslag-draagvlakmeting.pdf");
		}
		return ResponseEntity.ok(proposals.result(user, id));
	}

	@GetMapping("/proposals/{id}/notices")
	@Operation(summary = "After a close with 70%: the notice per tenancy that did not agree with the end of its 8 weeks; "
			+ "Accept: application/pdf gives the letters, one per tenancy (COORDINATOR or PROJECT_LEAD)")
	ResponseEntity<?> notices(CurrentUser user, @PathVariable UUID id, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		if (wantsPdf(accept)) {
			return VoteController.pdf(letters.noticeLetters(user, id), "kennisgevingen-draagvlakmeting.pdf");
		}
		return ResponseEntity.ok(letters.notices(user, id));
	}

	static boolean wantsPdf(String accept) {
		return accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE) && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
	}
}
