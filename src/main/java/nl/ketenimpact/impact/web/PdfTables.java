package nl.ketenimpact.impact.web;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;


/** The building blocks of Ketenimpact's PDF reports: fonts, headings, tables whose headers never break inside a word, cells. */
final class PdfTables {

	static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD, new Color(11, 93, 80));

	static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD, new Color(11, 93, 80));

	static final Font NORMAL = new Font(Font.HELVETICA, 9);

	static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

	private PdfTables() {
	}

	static void heading(Document document, String text) {
		Paragraph heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(14);
		heading.setSpacingAfter(6);
		document.add(heading);
	}

	static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(0);
		return table;
	}

	static final Color HEADER = new Color(230, 240, 238);

	/**
	 * A table with a header row (repeated on every page) whose columns are at least as wide as the longest word of
	 * their header, so no header breaks inside a word; the rest of the width follows the weights.
	 */
	static PdfPTable table(List<String> headers, float[] weights) {
		float[] widths = widths(headers, weights, PdfCharts.WIDTH);
		PdfPTable table = new PdfPTable(widths.length);
		table.setTotalWidth(widths);
		table.setLockedWidth(true);
		table.setHeaderRows(1);
		for (int i = 0; i < headers.size(); i++) {
			PdfPCell cell = new PdfPCell(new Phrase(new Chunk(headers.get(i), BOLD)));
			cell.setPadding(4);
			cell.setBackgroundColor(HEADER);
			if (i > 0 && weights[i] <= 1.5f) {
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			}
			table.addCell(cell);
		}
		return table;
	}

	/** Column widths: each at least its header's longest word (bold, with padding), the remainder shared by weight. */
	static float[] widths(List<String> headers, float[] weights, float total) {
		int n = weights.length;
		float[] minimum = new float[n];
		for (int i = 0; i < n; i++) {
			float longest = 0;
			for (String word : headers.get(i).split("\\s+")) {
				longest = Math.max(longest, PdfCharts.width(word, 9) * 1.12f);
			}
			minimum[i] = longest + 10;
		}
		float[] widths = new float[n];
		boolean[] fixed = new boolean[n];
		for (int round = 0; round < n; round++) {
			float free = total;
			float weight = 0;
			for (int i = 0; i < n; i++) {
				if (fixed[i]) {
					free -= minimum[i];
				}
				else {
					weight += weights[i];
				}
			}
			boolean changed = false;
			for (int i = 0; i < n; i++) {
				widths[i] = fixed[i] ? minimum[i] : free * weights[i] / weight;
				if (!fixed[i] && widths[i] < minimum[i]) {
					fixed[i] = true;
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
		}
		return widths;
	}

	static PdfPCell cell(PdfPTable table, String value, boolean number) {
		PdfPCell cell = new PdfPCell(new Phrase(new Chunk(value, NORMAL)));
		cell.setPadding(4);
		if (number) {
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		}
		table.addCell(cell);
		return cell;
	}
}
