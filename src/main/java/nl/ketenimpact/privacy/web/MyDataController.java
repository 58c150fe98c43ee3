package nl.ketenimpact.privacy.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import nl.ketenimpact.privacy.MyData;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn gegevens" for every signed-in person: the page, and the download as JSON and PDF (also by the API). */
@Controller
class MyDataController {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

	private final MyData data;

	private final nl.ketenimpact.privacy.PrivacyRequests requests;

	private final MessageSource messages;

	MyDataController(MyData data, nl.ketenimpact.privacy.PrivacyRequests requests, MessageSource messages) {
		this.data = data;
		this.requests = requests;
		this.messages = messages;
	}

	/** One part as the page shows it: its title and records, each a list of label and text. */
	record Shown(String key, String title, List<List<Line>> records) {
	}

	record Line(String label, String text) {
	}

	@GetMapping("/mijn-gegevens")
	String page(CurrentUser user, Model model, Locale locale) {
		MyData.Export export = data.of(user, false);
		model.addAttribute("parts", shown(export, locale));
		model.addAttribute("generatedAt", export.generatedAt());
		model.addAttribute("myRequests", requests.mine(user));
		model.addAttribute("kinds", nl.ketenimpact.privacy.PrivacyRequests.Kind.values());
		return "privacy/my-data";
	}

	@GetMapping("/mijn-gegevens.json")
	ResponseEntity<MyData.Export> json(CurrentUser user) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mijn-gegevens.json").build().toString())
			.body(data.of(user, true));
	}

	@GetMapping("/mijn-gegevens.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, Locale locale) {
		return pdfOf(data.of(user, true), locale);
	}

	ResponseEntity<byte[]> pdfOf(MyData.Export export, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 56, 48);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("mydata.title", locale));
		document.open();
		document.add(new Paragraph(text("mydata.title", locale), new Font(Font.HELVETICA, 15, Font.BOLD)));
		document.add(new Paragraph(export.username() + " · " + MOMENT.format(export.generatedAt().atZoneSameInstant(AMSTERDAM)), new Font(Font.HELVETICA, 9)));
		Font label = new Font(Font.HELVETICA, 9, Font.BOLD);
		Font value = new Font(Font.HELVETICA, 9);
		for (Shown part : shown(export, locale)) {
			document.add(new Paragraph(" "));
			document.add(new Paragraph(part.title(), new Font(Font.HELVETICA, 12, Font.BOLD)));
			if (part.records().isEmpty()) {
				document.add(new Paragraph(text("mydata.nothing", locale), value));
			}
			for (List<Line> record : part.records()) {
				PdfPTable table = new PdfPTable(new float[] { 2, 5 });
				table.setWidthPercentage(100);
				table.setSpacingBefore(4);
				for (Line line : record) {
					table.addCell(new Paragraph(line.label(), label));
					table.addCell(new Paragraph(line.text(), value));
				}
				document.add(table);
			}
		}
		document.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mijn-gegevens.pdf").build().toString())
			.body(out.toByteArray());
	}

	private List<Shown> shown(MyData.Export export, Locale locale) {
		List<Shown> shown = new ArrayList<>();
		export.parts().forEach((key, records) -> {
			List<List<Line>> lines = new ArrayList<>();
			for (Map<String, Object> record : records) {
				List<Line> fields = new ArrayList<>();
				record.forEach((field, v) -> fields.add(new Line(text("mydata.field." + field, locale), format(v, locale))));
				lines.add(fields);
			}
			shown.add(new Shown(key, text("mydata.part." + key, locale), lines));
		});
		return shown;
	}

	private String format(Object value, Locale locale) {
		if (value == null) {
			return "–";
		}
		if (value instanceof Boolean b) {
			return text(b ? "mydata.yes" : "mydata.no", locale);
		}
		if (value instanceof OffsetDateTime t) {
			return MOMENT.format(t.atZoneSameInstant(AMSTERDAM));
		}
		if (value instanceof LocalDate d) {
			return DAY.format(d);
		}
		if (value instanceof BigDecimal n) {
			return n.stripTrailingZeros().toPlainString().replace('.', locale.getLanguage().equals("en") ? '.' : ',');
		}
		return value.toString();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
