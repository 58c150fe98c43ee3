package nl.ketenimpact.vote.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.DwellingView;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.DutchDate;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.vote.ProposalStatus;
import nl.ketenimpact.vote.internal.ProposalScope.Seen;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a draagvlakmeting puts on paper: the notice letters (one A4 page per tenancy that did not agree, dated the day of
 * the close, with the end of its 8 weeks) and the result for the tenants' association (counts and turnout per entrance,
 * no names and no one's choice).
 */
@Service
public class VoteLetters {

	private final ProposalRepository repository;

	private final ProposalScope scope;

	private final Proposals proposals;

	private final MessageSource messages;

	private final AuditLog audit;

	VoteLetters(ProposalRepository repository, ProposalScope scope, Proposals proposals, MessageSource messages, AuditLog audit) {
		this.repository = repository;
		this.scope = scope;
		this.proposals = proposals;
		this.messages = messages;
		this.audit = audit;
	}

	/** The notices of a closed proposal that reached 70%; empty otherwise. The coordinator or project lead. */
	@Transactional(readOnly = true)
	public List<ResultView.Notice> notices(CurrentUser user, UUID proposalId) {
		Seen seen = requireManager(user, proposalId);
		Map<UUID, DwellingView> complex = proposals.complexDwellings(seen.proposal());
		return repository.notices(proposalId).stream()
			.map(n -> new ResultView.Notice(n.dwellingId(), Proposals.address(complex, n.dwellingId()), n.noticeDate(), n.periodEndsOn()))
			.sorted(java.util.Comparator.comparing(ResultView.Notice::address)).toList();
	}

	@Transactional
	public byte[] noticeLetters(CurrentUser user, UUID proposalId) {
		Seen seen = requireManager(user, proposalId);
		if (seen.proposal().status() != ProposalStatus.CLOSED) {
			throw new Conflict("proposal.notices.notClosed");
		}
		ProposalRepository.Content c = repository.content(proposalId).orElseThrow();
		Map<UUID, DwellingView> complex = proposals.complexDwellings(seen.proposal());
		List<ProposalRepository.NoticeRow> notices = repository.notices(proposalId);
		if (notices.isEmpty()) {
			throw new Conflict(Boolean.TRUE.equals(c.resultPresumed()) ? "proposal.notices.allAgreed" : "proposal.notices.notPresumed");
		}
		Tally.Result result = proposals.currentResult(seen.proposal(), c);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 72, 72, 90, 72);
		PdfWriter.getInstance(document, out);
		document.addTitle("Kennisgeving draagvlakmeting " + c.title());
		document.open();
		Font normal = new Font(Font.HELVETICA, 11);
		Font heading = new Font(Font.HELVETICA, 15, Font.BOLD);
		Font small = new Font(Font.HELVETICA, 9, Font.ITALIC);
		notices.stream().sorted(java.util.Comparator.comparing(n -> Proposals.address(complex, n.dwellingId()))).forEach(notice -> {
			DwellingView d = complex.get(notice.dwellingId());
			document.add(new Paragraph("Aan de bewoners van", normal));
			document.add(new Paragraph(d == null ? "?" : d.streetAddress(), normal));
			if (d != null) {
				document.add(new Paragraph((d.postcode() == null ? "" : d.postcodeDisplay() + "  ") + d.woonplaats(), normal));
			}
			document.add(new Paragraph(" "));
			document.add(new Paragraph(DutchDate.format(notice.noticeDate()), normal));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("Uitslag van de stemming over het renovatievoorstel", heading));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("Over het voorstel \"" + c.title() + "\" (versie " + c.version() + ") hebben " + result.agreed() + " van de "
					+ result.tenancies() + " huishoudens in uw complex ingestemd: " + result.agreedPct().toPlainString().replace('.', ',')
					+ "%. Dat is 70% of meer. Daarmee wordt het voorstel volgens de wet (artikel 7:220 lid 3 Burgerlijk Wetboek) redelijk geacht.", normal));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("U hebt niet ingestemd. Bent u het niet eens met het voorstel, dan kunt u de kantonrechter vragen te "
					+ "beslissen of het voorstel redelijk is. Dat moet binnen acht weken na de datum van deze brief, dus uiterlijk op "
					+ DutchDate.format(notice.periodEndsOn()) + ". Doet u dat niet, dan geldt het voorstel ook voor u.", normal));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("Hebt u vragen, of wilt u hulp? Neem contact op met uw projectleider of bewonersconsulent.", normal));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("English: 70% of the households of your complex agreed with the renovation proposal. If you disagree, you may "
					+ "ask the court within eight weeks of this letter (until " + DutchDate.format(notice.periodEndsOn()) + ") to decide "
					+ "whether it is reasonable; otherwise it applies to you as well.", small));
			document.newPage();
		});
		document.close();
		audit.record(user.id(), user.organisationId(), "PROPOSAL_NOTICES_PRINTED", "proposal", proposalId, "count=" + notices.size());
		return out.toByteArray();
	}

	/** The result for the tenants' association: the counts and the turnout per entrance, without names or choices. */
	@Transactional
	public byte[] resultPdf(CurrentUser user, UUID proposalId, Locale locale) {
		Seen seen = scope.see(user, proposalId);
		if (!seen.staff()) {
			throw new Refused("proposal.resultPdf.refused");
		}
		ProposalRepository.Content c = repository.content(proposalId).orElseThrow();
		ResultView result = proposals.result(user, proposalId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 64, 64, 72, 64);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("vote.pdf.title", locale) + " " + c.title());
		document.open();
		Font normal = new Font(Font.HELVETICA, 11);
		Font heading = new Font(Font.HELVETICA, 15, Font.BOLD);
		document.add(new Paragraph(text("vote.pdf.title", locale), heading));
		document.add(new Paragraph(c.title() + " (" + text("vote.version", locale, c.version()) + ")", normal));
		document.add(new Paragraph(text("vote.period", locale, DutchDate.format(c.votingOpensOn()), DutchDate.format(c.votingClosesOn())), normal));
		if (c.tenantsAssociation() != null) {
			document.add(new Paragraph(text("vote.association", locale) + ": " + c.tenantsAssociation(), normal));
		}
		document.add(new Paragraph(" "));
		PdfPTable counts = new PdfPTable(2);
		counts.setWidthPercentage(100);
		row(counts, text("vote.result.status", locale), text("proposalStatus." + result.status(), locale));
		row(counts, text("vote.result.complexSize", locale), String.valueOf(result.complexSize()));
		row(counts, text("vote.result.tenancies", locale), String.valueOf(result.tenancies()));
		row(counts, text("vote.result.agreed", locale), String.valueOf(result.agreed()));
		row(counts, text("vote.result.disagreed", locale), String.valueOf(result.disagreed()));
		row(counts, text("vote.result.notVoted", locale), String.valueOf(result.notVoted()));
		row(counts, text("vote.result.agreedPct", locale), percent(result.agreedPct()));
		row(counts, text("vote.result.turnoutPct", locale), percent(result.turnoutPct()));
		document.add(counts);
		document.add(new Paragraph(" "));
		document.add(new Paragraph(verdict(result, locale), normal));
		document.add(new Paragraph(" "));
		document.add(new Paragraph(text("vote.entrances", locale), new Font(Font.HELVETICA, 12, Font.BOLD)));
		PdfPTable entrances = new PdfPTable(3);
		entrances.setWidthPercentage(100);
		entrances.addCell(text("vote.entrance", locale));
		entrances.addCell(text("vote.result.tenancies", locale));
		entrances.addCell(text("vote.voted", locale));
		for (ResultView.Entrance e : result.entrances()) {
			entrances.addCell(e.street() + " " + e.number());
			entrances.addCell(String.valueOf(e.tenancies()));
			entrances.addCell(String.valueOf(e.voted()));
		}
		document.add(entrances);
		document.close();
		audit.record(user.id(), user.organisationId(), "PROPOSAL_RESULT_PRINTED", "proposal", proposalId, null);
		return out.toByteArray();
	}

	/** The sentence that says what the count means. */
	String verdict(ResultView result, Locale locale) {
		if (!result.presumptionApplies()) {
			return text("vote.verdict.small", locale, Tally.MINIMUM_COMPLEX);
		}
		if (result.status() != ProposalStatus.CLOSED) {
			return text("vote.verdict.open", locale);
		}
		return text(Boolean.TRUE.equals(result.presumedReasonable()) ? "vote.verdict.presumed" : "vote.verdict.notPresumed", locale);
	}

	private static void row(PdfPTable table, String label, String value) {
		table.addCell(label);
		table.addCell(value);
	}

	private static String percent(BigDecimal pct) {
		return pct == null ? "–" : pct.toPlainString().replace('.', ',') + "%";
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private Seen requireManager(CurrentUser user, UUID proposalId) {
		Seen seen = scope.see(user, proposalId);
		if (!seen.manages()) {
			throw new Refused("proposal.refused");
		}
		return seen;
	}
}
