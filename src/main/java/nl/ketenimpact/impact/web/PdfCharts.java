package nl.ketenimpact.impact.web;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import nl.ketenimpact.shared.Numbers;

/**
 * The dashboard's charts for the board report, drawn as vector graphics in the PDF (no system fonts or image
 * libraries needed on the server): the ranking as horizontal bars, the trend as lines per figure. Names too long for
 * their room are shortened with an ellipsis; the tables beside the charts hold them in full.
 */
final class PdfCharts {

	static final float WIDTH = 499;

	private static final Color INK = new Color(29, 36, 48);

	private static final Color GRID = new Color(213, 218, 225);

	private static final Color[] PALETTE = { new Color(11, 93, 80), new Color(61, 111, 182), new Color(179, 92, 0), new Color(122, 79, 163),
			new Color(47, 125, 50), new Color(162, 50, 76) };

	private static final BaseFont FONT = font();

	private PdfCharts() {
	}

	private static BaseFont font() {
		try {
			return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	record Series(String name, List<? extends Number> values) {
	}

	/** Horizontal bars, one per label, with the value beside each bar. */
	static Image bars(PdfWriter writer, List<String> labels, List<? extends Number> values, Locale locale) {
		float row = 18;
		float height = row * labels.size() + 8;
		PdfTemplate canvas = writer.getDirectContent().createTemplate(WIDTH, height);
		float labelRoom = 170;
		float valueRoom = 70;
		double max = values.stream().mapToDouble(v -> v == null ? 0 : v.doubleValue()).max().orElse(0);
		for (int i = 0; i < labels.size(); i++) {
			float y = height - (i + 1) * row;
			text(canvas, PdfContentByte.ALIGN_LEFT, fit(labels.get(i), 8, labelRoom - 6), 0, y + 5, 8, INK);
			Number value = values.get(i);
			float length = max <= 0 || value == null ? 0 : (float) (value.doubleValue() / max * (WIDTH - labelRoom - valueRoom));
			canvas.setColorFill(PALETTE[0]);
			canvas.rectangle(labelRoom, y + 2, Math.max(length, 0.5f), row - 6);
			canvas.fill();
			text(canvas, PdfContentByte.ALIGN_LEFT, value == null ? "< 5" : Numbers.decimal(value, 0, locale), labelRoom + length + 4, y + 5, 8, INK);
		}
		return image(canvas);
	}

	/** Lines per series over the labels (years), a value axis with four grid lines, the legend below. */
	static Image lines(PdfWriter writer, List<String> labels, List<Series> series, Locale locale) {
		float plotHeight = 150;
		float legendRows = (float) Math.ceil(series.size() / 3.0);
		float height = plotHeight + 30 + legendRows * 14;
		PdfTemplate canvas = writer.getDirectContent().createTemplate(WIDTH, height);
		float left = 48;
		float bottom = 24 + legendRows * 14;
		float plotWidth = WIDTH - left - 12;
		double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(v -> v == null ? 0 : v.doubleValue()).max().orElse(0);
		double top = niceCeiling(max);
		canvas.setLineWidth(0.5f);
		for (int i = 0; i <= 4; i++) {
			float y = bottom + plotHeight * i / 4;
			canvas.setColorStroke(GRID);
			canvas.moveTo(left, y);
			canvas.lineTo(left + plotWidth, y);
			canvas.stroke();
			text(canvas, PdfContentByte.ALIGN_RIGHT, Numbers.decimal(top * i / 4, 1, locale), left - 4, y - 3, 7, INK);
		}
		int points = labels.size();
		for (int i = 0; i < points; i++) {
			text(canvas, PdfContentByte.ALIGN_CENTER, labels.get(i), x(i, points, left, plotWidth), bottom - 12, 7, INK);
		}
		for (int s = 0; s < series.size(); s++) {
			Color color = PALETTE[s % PALETTE.length];
			canvas.setColorStroke(color);
			canvas.setLineWidth(1.5f);
			List<? extends Number> values = series.get(s).values();
			boolean drawing = false;
			for (int i = 0; i < points && i < values.size(); i++) {
				Number value = values.get(i);
				if (value == null) {
					drawing = false;
					continue;
				}
				float x = x(i, points, left, plotWidth);
				float y = bottom + (float) (top <= 0 ? 0 : value.doubleValue() / top * plotHeight);
				if (drawing) {
					canvas.lineTo(x, y);
				}
				else {
					canvas.moveTo(x, y);
					drawing = true;
				}
			}
			canvas.stroke();
			float legendX = (s % 3) * (WIDTH / 3);
			float legendY = (legendRows - 1 - s / 3) * 14 + 2;
			canvas.setColorFill(color);
			canvas.rectangle(legendX, legendY + 2, 10, 4);
			canvas.fill();
			text(canvas, PdfContentByte.ALIGN_LEFT, fit(series.get(s).name(), 7, WIDTH / 3 - 18), legendX + 14, legendY, 7, INK);
		}
		return image(canvas);
	}

	private static float x(int i, int points, float left, float width) {
		return points <= 1 ? left + width / 2 : left + width * i / (points - 1);
	}

	/** The top of a value axis with four equal steps of a round size (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten). */
	static double niceCeiling(double max) {
		if (max <= 0) {
			return 4;
		}
		double quarter = max / 4;
		double power = Math.pow(10, Math.floor(Math.log10(quarter)));
		for (double step : new double[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (step * power >= quarter) {
				return 4 * step * power;
			}
		}
		return 40 * power;
	}

	/** The text, shortened with an ellipsis until it fits the width. */
	static String fit(String text, float size, float width) {
		if (FONT.getWidthPoint(text, size) <= width) {
			return text;
		}
		String shortened = text;
		while (shortened.length() > 1 && FONT.getWidthPoint(shortened + "…", size) > width) {
			shortened = shortened.substring(0, shortened.length() - 1);
		}
		return shortened.strip() + "…";
	}

	/** The width of a text at a size, for table columns that must not break a word. */
	static float width(String text, float size) {
		return FONT.getWidthPoint(text, size);
	}

	private static void text(PdfContentByte canvas, int alignment, String text, float x, float y, float size, Color color) {
		canvas.beginText();
		canvas.setFontAndSize(FONT, size);
		canvas.setColorFill(color);
		canvas.showTextAligned(alignment, text, x, y, 0);
		canvas.endText();
	}

	private static Image image(PdfTemplate canvas) {
		try {
			Image image = Image.getInstance(canvas);
			image.setAlignment(Element.ALIGN_LEFT);
			return image;
		}
		catch (com.lowagie.text.BadElementException e) {
			throw new IllegalStateException(e);
		}
	}
}
