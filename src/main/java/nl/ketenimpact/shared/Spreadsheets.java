package nl.ketenimpact.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What every CSV and XLSX file the platform writes has in common. CSV for Dutch users: UTF-8 with a byte-order
 * mark (else Excel on Windows garbles é, ë, ï), {@code ;} between cells and a decimal comma. Text typed by users or
 * imported (a project or street name) never runs as a formula when the file is opened: a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP, CSV injection).
 */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	/** A CSV printer on the stream, the byte-order mark already written; closing it closes the stream. */
	public static CSVPrinter csv(OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').get());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Text that cannot start a formula; null stays null. */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
	}

	/** A CSV cell: numbers with a decimal comma for Dutch (no grouping, so a spreadsheet reads them as numbers), text made safe. */
	public static Object csvCell(Object value, Locale locale) {
		if (value instanceof Number number) {
			String plain = number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
					: number instanceof Double || number instanceof Float ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
							: number.toString();
			return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
		}
		return value == null ? null : text(value.toString());
	}
}
