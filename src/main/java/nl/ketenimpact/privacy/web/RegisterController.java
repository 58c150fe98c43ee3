package nl.ketenimpact.privacy.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.privacy.ProcessingRegister;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The processing register for the corporation's privacy officer (the coordinator) and the admin: a page, a PDF and the
 * API, all from {@link ProcessingRegister}.
 */
@Controller
class RegisterController {

	private final MessageSource messages;

	RegisterController(MessageSource messages) {
		this.messages = messages;
	}

	/** One processing as the reader's language says it. */
	record Entry(String key, String name, String purpose, ProcessingRegister.ProcessingBasis lawfulBasis, String lawfulBasisText, String retention,
			String readers, Map<String, List<String>> columns) {
	}

	@GetMapping("/privacy/register")
	String page(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("entries", entries(user, locale));
		model.addAttribute("householdLog", user.has(Role.COORDINATOR) && user.isCorporationStaff());
		return "privacy/register";
	}

	@GetMapping("/privacy/register.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, Locale locale) {
		List<Entry> entries = entries(user, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 48, 36);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("register.title", locale));
		document.open();
		document.add(new Paragraph(text("register.title", locale), new Font(Font.HELVETICA, 15, Font.BOLD)));
		document.add(new Paragraph(text("register.explanation", locale), new Font(Font.HELVETICA, 9)));
		document.add(new Paragraph(" "));
		Font cell = new Font(Font.HELVETICA, 8);
		PdfPTable table = new PdfPTable(new float[] { 3, 4, 3, 3, 4, 5 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String heading : List.of("register.processing", "register.purpose", "register.basisLabel", "register.retention", "register.readers",
				"register.data")) {
			table.addCell(new Paragraph(text(heading, locale), new Font(Font.HELVETICA, 8, Font.BOLD)));
		}
		for (Entry e : entries) {
			table.addCell(new Paragraph(e.name(), cell));
			table.addCell(new Paragraph(e.purpose(), cell));
			table.addCell(new Paragraph(e.lawfulBasisText(), cell));
			table.addCell(new Paragraph(e.retention(), cell));
			table.addCell(new Paragraph(e.readers(), cell));
			StringBuilder data = new StringBuilder();
			e.columns().forEach((t, c) -> data.append(t).append(": ").append(String.join(", ", c)).append('\n'));
			table.addCell(new Paragraph(data.toString(), new Font(Font.COURIER, 7)));
		}
		document.add(table);
		document.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("verwerkingsregister.pdf").build().toString())
			.body(out.toByteArray());
	}

	List<Entry> entries(CurrentUser user, Locale locale) {
		if (!(user.has(Role.ADMIN) || (user.has(Role.COORDINATOR) && user.isCorporationStaff()))) {
			throw new Refused("register.refused");
		}
		return ProcessingRegister.processings().stream().map(p -> new Entry(p.key(), text("register." + p.key() + ".name", locale),
				text("register." + p.key() + ".purpose", locale), p.basis(), text("processingBasis." + p.basis(), locale),
				text("register." + p.key() + ".retention", locale), text("register." + p.key() + ".readers", locale), p.columns())).toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
