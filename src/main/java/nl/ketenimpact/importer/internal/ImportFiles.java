package nl.ketenimpact.importer.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import nl.ketenimpact.importer.internal.ImportManagement.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** How an import keeps its problems and invalid rows: as CSV text in its row, so a user gets them back as a file. */
final class ImportFiles {

	private ImportFiles() {
	}

	/** The invalid rows, stored as CSV: the file's own header and values, the line number in a last column. */
	static String invalidRows(SortedMap<Long, Map<String, String>> invalid) {
		if (invalid.isEmpty()) {
			return null;
		}
		List<String> header = new ArrayList<>(invalid.values().iterator().next().keySet());
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			List<String> first = new ArrayList<>(header);
			first.add("line");
			printer.printRecord(first);
			for (Map.Entry<Long, Map<String, String>> row : invalid.entrySet()) {
				List<String> cells = new ArrayList<>(row.getValue().values());
				while (cells.size() < header.size()) {
					cells.add("");
				}
				cells.add(String.valueOf(row.getKey()));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static String problems(List<Problem> problems) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			for (Problem p : problems) {
				printer.printRecord(p.line(), p.field(), p.messageKey(), p.value());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static List<Problem> parse(String problems, int max) {
		List<Problem> list = new ArrayList<>();
		if (problems == null) {
			return list;
		}
		try (CSVParser rows = CSVFormat.DEFAULT.parse(new StringReader(problems))) {
			for (CSVRecord row : rows) {
				if (list.size() >= max) {
					break;
				}
				String value = row.size() > 3 && !row.get(3).isEmpty() ? row.get(3) : null;
				list.add(new Problem(Long.parseLong(row.get(0)), row.get(1), row.get(2), value));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return list;
	}
}
