package nl.ketenimpact.impact.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import nl.ketenimpact.impact.internal.AnnualReports;
import nl.ketenimpact.impact.internal.Dashboard;
import nl.ketenimpact.impact.internal.Kpi;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.ReportView;
import nl.ketenimpact.shared.DutchDate;
import nl.ketenimpact.shared.Numbers;
import nl.ketenimpact.shared.Spreadsheets;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A dashboard as a board report (PDF) and its underlying figures (XLSX, CSV), each reflecting the
 * dashboard's filters. Figures in XLSX and CSV are plain numbers (empty when hidden), so they can be recalculated.
 */
@Component
class DashboardExports {


	private final MessageSource messages;

	private final KpiText text;

	DashboardExports(MessageSource messages, KpiText text) {
		this.messages = messages;
		this.text = text;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The filters in words, for title pages and file headers. */
	String filterLine(Dashboard d, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(d.filters().year() == null ? msg("impact.filter.allYears", locale) : msg("impact.filter.year", locale) + " " + d.filters().year());
		if (d.filters().projectId() != null && d.kind() != Dashboard.Kind.PROJECT) {
			d.projectOptions().stream().filter(o -> o.id().equals(d.filters().projectId())).findFirst()
				.ifPresent(o -> parts.add(msg("impact.filter.project", locale) + " " + o.name()));
		}
		if (d.filters().partnerId() != null && d.kind() != Dashboard.Kind.PARTNER) {
			d.partnerOptions().stream().filter(o -> o.id().equals(d.filters().partnerId())).findFirst()
				.ifPresent(o -> parts.add(msg("impact.filter.partner", locale) + " " + o.name()));
		}
		if (d.filters().theme() != null) {
			parts.add(msg("impact.filter.theme", locale) + " " + msg("theme." + d.filters().theme(), locale));
		}
		return String.join(" · ", parts);
	}

	// --- PDF ---------------------------------------------------------------------------------------

	byte[] pdf(Dashboard d, Locale locale) {
		return pdf(locale, msg("impact.kind." + d.kind(), locale) + ": " + d.title(), filterLine(d, locale), (document, writer) -> {
			// Page one is what a board member reads first: the key figures, then the charts.
			PdfTables.heading(document, msg("impact.keyFigures", locale));
			PdfPTable figures = PdfTables.table(new float[] { 3, 2 });
			for (Kpi kpi : d.shown()) {
				PdfTables.cell(figures, text.label(kpi, locale), false);
				PdfTables.cell(figures, text.format(kpi, d.totals().get(kpi), locale), true);
			}
			document.add(figures);

			if (d.kind() != Dashboard.Kind.PROJECT && !d.projects().isEmpty()) {
				PdfTables.heading(document, msg("impact.ranking", locale));
				List<Dashboard.Row> top = d.projects().stream().limit(10).toList();
				document.add(new Paragraph(text.label(Kpi.SOCIAL_RETURN_VALUE, locale), PdfTables.NORMAL));
				document.add(PdfCharts.bars(writer, top.stream().map(Dashboard.Row::label).toList(),
						top.stream().map(r -> r.kpis().get(Kpi.SOCIAL_RETURN_VALUE)).toList(), locale));
				List<Kpi> columns = List.of(Kpi.DWELLINGS, Kpi.SOCIAL_RETURN_VALUE, Kpi.SOCIAL_RETURN_COMPLIANCE, Kpi.RESIDENTS_ACTIVATED,
						Kpi.ACTIVITIES);
				document.add(rows(d.projects().stream().limit(25).toList(), msg("impact.project", locale), columns, locale));
			}
			if (!d.trend().isEmpty()) {
				PdfTables.heading(document, msg("impact.trend", locale));
				List<Kpi> trend = List.of(Kpi.RESIDENTS_ACTIVATED, Kpi.WORK_EXPERIENCE_PLACES, Kpi.INTERNSHIPS, Kpi.ACTIVITIES, Kpi.CHILDREN_REACHED)
					.stream().filter(d.shown()::contains).toList();
				if (d.trend().size() > 1 && !trend.isEmpty()) {
					document.add(PdfCharts.lines(writer, d.trend().stream().map(Dashboard.Row::label).toList(),
							trend.stream().map(kpi -> new PdfCharts.Series(text.label(kpi, locale),
									d.trend().stream().map(r -> r.kpis().get(kpi)).toList())).toList(), locale));
				}
				document.add(rows(d.trend(), msg("impact.filter.year", locale),
						List.of(Kpi.SOCIAL_RETURN_VALUE, Kpi.RESIDENTS_ACTIVATED, Kpi.WORK_EXPERIENCE_PLACES, Kpi.INTERNSHIPS, Kpi.ACTIVITIES), locale));
			}
			PdfTables.heading(document, msg("impact.plan", locale));
			if (d.plan().isEmpty()) {
				document.add(new Paragraph(msg("impact.plan.none", locale), PdfTables.NORMAL));
			}
			else {
				document.add(new Paragraph(msg("plan.actualVersusKeyFigures", locale), PdfTables.NORMAL));
				List<String> headers = List.of("commitment.theme", "commitment.partner", "commitment.metric", "impact.plan.commitments",
						"impact.plan.achieved", "commitment.target", "commitment.actual").stream().map(h -> msg(h, locale)).toList();
				PdfPTable plan = PdfTables.table(headers, new float[] { 3, 3, 2, 1, 1, 1.5f, 1.5f });
				for (CommitmentManagement.Summary s : d.plan()) {
					PdfTables.cell(plan, msg("theme." + s.theme(), locale), false);
					PdfTables.cell(plan, s.partnerName() == null ? msg(d.kind() == Dashboard.Kind.PROJECT ? "impact.plan.corporation" : "impact.plan.allPartners", locale)
							: s.partnerName(), false);
					PdfTables.cell(plan, msg("metric." + s.metric(), locale), false);
					PdfTables.cell(plan, Numbers.count(s.commitments(), locale), true);
					PdfTables.cell(plan, Numbers.count(s.achieved(), locale), true);
					PdfTables.cell(plan, Numbers.decimal(s.target(), 2, locale), true);
					PdfTables.cell(plan, Numbers.decimal(s.actual(), 2, locale), true);
				}
				document.add(plan);
			}
			PdfTables.heading(document, msg("impact.narratives", locale));
			if (d.narratives().isEmpty()) {
				document.add(new Paragraph(msg("impact.narratives.none", locale), PdfTables.NORMAL));
			}
			for (ReportView report : d.narratives()) {
				document.add(new Paragraph(report.partnerName() + " · " + report.period(), PdfTables.BOLD));
				document.add(new Paragraph(report.narrative(), PdfTables.NORMAL));
			}
		});
	}

	byte[] esrsPdf(AnnualReports.Esrs esrs, Locale locale) {
		return pdf(locale, msg("esrs.title", locale, esrs.corporation(), esrs.year()), msg("esrs.intro", locale), (document, writer) -> {
			for (AnnualReports.Standard standard : esrs.standards()) {
				Paragraph title = new Paragraph(msg("esrs." + standard.code(), locale), PdfTables.TITLE);
				title.setSpacingBefore(12);
				document.add(title);
				for (AnnualReports.Section section : standard.sections()) {
					PdfTables.heading(document, msg("esrs.disclosure." + section.disclosure(), locale));
					if (!section.figures().isEmpty()) {
						PdfPTable figures = PdfTables.table(new float[] { 3, 2 });
						section.figures().forEach((kpi, value) -> {
							PdfTables.cell(figures, text.label(kpi, locale), false);
							PdfTables.cell(figures, text.format(kpi, value, locale), true);
						});
						document.add(figures);
					}
					for (String line : section.texts()) {
						document.add(new Paragraph("• " + line, PdfTables.NORMAL));
					}
					for (CommitmentManagement.Summary s : section.targets()) {
						document.add(new Paragraph("• " + msg("theme." + s.theme(), locale) + ", " + msg("metric." + s.metric(), locale) + ": "
								+ Numbers.decimal(s.actual(), 2, locale) + " / " + Numbers.decimal(s.target(), 2, locale), PdfTables.NORMAL));
					}
					for (String gap : section.gaps()) {
						document.add(new Paragraph(msg("esrs.gap", locale) + ": " + msg(gap, locale), PdfTables.BOLD));
					}
				}
			}
		});
	}

	private interface Body {
		void write(Document document, PdfWriter writer);
	}

	private byte[] pdf(Locale locale, String title, String subtitle, Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 56, 56);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		// A chart that does not fit the page moves to the next one with what follows it, never past its own table.
		writer.setStrictImageSequence(true);
		document.addTitle(title);
		document.addCreator("Ketenimpact");
		document.open();
		// What this is, for which selection, when; the figures follow on the same page.
		document.add(new Paragraph(title, PdfTables.TITLE));
		document.add(new Paragraph(subtitle, new Font(Font.HELVETICA, 12)));
		document.add(new Paragraph(msg("impact.generated", locale, DutchDate.format(LocalDate.now())), PdfTables.NORMAL));
		body.write(document, writer);
		document.close();
		return out.toByteArray();
	}


	private PdfPTable rows(List<Dashboard.Row> rows, String first, List<Kpi> columns, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(first));
		columns.forEach(kpi -> headers.add(text.label(kpi, locale)));
		float[] weights = new float[columns.size() + 1];
		weights[0] = 3;
		for (int i = 1; i < weights.length; i++) {
			weights[i] = 1.5f;
		}
		PdfPTable table = PdfTables.table(headers, weights);
		for (Dashboard.Row row : rows) {
			PdfTables.cell(table, row.label(), false);
			columns.forEach(kpi -> PdfTables.cell(table, text.format(kpi, row.kpis().get(kpi), locale), true));
		}
		return table;
	}

	// --- XLSX and CSV -------------------------------------------------------------------------------

	/** All rows of the figures sheet: the total, each project, each year; first column what the row is. */
	private List<List<Object>> figureRows(Dashboard d, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		List<Object> header = new ArrayList<>(List.of(msg("impact.export.level", locale), msg("impact.export.name", locale)));
		d.shown().forEach(kpi -> header.add(text.label(kpi, locale)));
		rows.add(header);
		rows.add(row(msg("impact.export.total", locale), d.title(), d.totals(), d, locale));
		d.projects().forEach(r -> rows.add(row(msg("impact.project", locale), r.label(), r.kpis(), d, locale)));
		d.trend().forEach(r -> rows.add(row(msg("impact.filter.year", locale), r.label(), r.kpis(), d, locale)));
		return rows;
	}

	/** A figure the page hides (a count of 1 to 4 outside the social team) reads as on the page ("< 5"), never an empty cell. */
	private List<Object> row(String level, String name, Map<Kpi, Number> kpis, Dashboard d, Locale locale) {
		List<Object> row = new ArrayList<>(List.of(level, name));
		d.shown().forEach(kpi -> row.add(kpis.get(kpi) != null ? kpis.get(kpi) : text.format(kpi, null, locale)));
		return row;
	}

	byte[] csv(Dashboard d, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = Spreadsheets.csv(out)) {
			printer.printComment(d.title() + " - " + filterLine(d, locale));
			for (List<Object> row : figureRows(d, locale)) {
				printer.printRecord(row.stream().map(cell -> Spreadsheets.csvCell(cell, locale)).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	byte[] xlsx(Dashboard d, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Ketenimpact", "1.0");
			Worksheet sheet = workbook.newWorksheet(msg("impact.export.figures", locale));
			sheet.value(0, 0, Spreadsheets.text(d.title()));
			sheet.value(1, 0, Spreadsheets.text(filterLine(d, locale)));
			List<List<Object>> rows = figureRows(d, locale);
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof Number number) {
						sheet.value(r + 3, c, number);
						sheet.style(r + 3, c).format(number instanceof java.math.BigDecimal decimal && decimal.scale() > 0 ? "#,##0.00" : "#,##0").set();
					}
					else if (value != null) {
						sheet.value(r + 3, c, Spreadsheets.text(value.toString()));
					}
				}
			}
			Worksheet plan = workbook.newWorksheet(msg("impact.plan", locale));
			List<String> headers = List.of("commitment.theme", "commitment.partner", "commitment.metric", "impact.plan.commitments",
					"impact.plan.achieved", "commitment.target", "commitment.actual");
			for (int c = 0; c < headers.size(); c++) {
				plan.value(0, c, msg(headers.get(c), locale));
			}
			int r = 1;
			for (CommitmentManagement.Summary s : d.plan()) {
				plan.value(r, 0, msg("theme." + s.theme(), locale));
				plan.value(r, 1, s.partnerName() == null ? "" : Spreadsheets.text(s.partnerName()));
				plan.value(r, 2, msg("metric." + s.metric(), locale));
				plan.value(r, 3, s.commitments());
				plan.value(r, 4, s.achieved());
				plan.value(r, 5, s.target());
				plan.value(r, 6, s.actual());
				plan.range(r, 5, r, 6).style().format("#,##0.##").set();
				r++;
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
