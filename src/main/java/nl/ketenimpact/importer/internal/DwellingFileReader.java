package nl.ketenimpact.importer.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import nl.ketenimpact.project.DwellingInput;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a dwelling file row by row (streaming, so memory stays flat): CSV with VERA column names in
 * UTF-8 or Windows-1252, separated by ; or , — or a VERA JSON array of Eenheid objects. Each row comes
 * out normalised and checked against the address rules, or with its field messages.
 */
public final class DwellingFileReader {

	static final List<String> REQUIRED = List.of("bagidentificatie", "straatnaam", "huisnummer", "woonplaats");

	// Streaming: each element is read as a tree while the parser stays inside the array.
	private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private DwellingFileReader() {
	}

	/**
	 * One row: its line (CSV line or JSON element number), either the dwelling or what is wrong with it, and the row
	 * as the file had it ({@code original}: column name to text, in the file's order; a JSON element by VERA names),
	 * so an invalid row can be given back as it came, with the reason beside it.
	 */
	public record Row(long line, DwellingInput dwelling, List<FieldMessage> errors, java.util.function.Supplier<Map<String, String>> originalText) {

		public boolean valid() {
			return errors.isEmpty();
		}

		/** Built only when asked (for a refused row): most rows of a large file never need it. */
		public Map<String, String> original() {
			return originalText.get();
		}

		/** The file's text for a field of ours (column names match without regard to case); null when absent. */
		public String originalValue(String field) {
			return original().entrySet().stream().filter(e -> e.getKey().strip().equalsIgnoreCase(field)).map(Map.Entry::getValue).findFirst()
				.orElse(null);
		}
	}

	/** The fields of a JSON element, in the order an invalid row is given back. */
	static final List<String> JSON_FIELDS = List.of("code", "bagIdentificatie", "straatnaam", "huisnummer", "huisletter", "huisnummerToevoeging",
			"postcode", "woonplaats", "bouwjaar", "energielabelVoor", "energielabelNa", "geplandeDatum");

	/** A file that cannot be read at all (no rows, missing columns, not JSON): the message key says why. */
	public static class Unreadable extends RuntimeException {

		private final String messageKey;

		Unreadable(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	public static long read(byte[] content, Consumer<Row> rows) {
		return read(new ByteArrayInputStream(content), rows);
	}

	/** Reads the stream row by row; only its first megabyte is held at once (to recognise the format and encoding). */
	public static long read(InputStream content, Consumer<Row> rows) {
		try {
			BufferedInputStream in = new BufferedInputStream(content, SNIFF + 16);
			in.mark(SNIFF + 16);
			byte[] head = in.readNBytes(SNIFF);
			in.reset();
			int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
			int first = start;
			while (first < head.length && Character.isWhitespace(head[first])) {
				first++;
			}
			if (first >= head.length) {
				throw new Unreadable("import.empty");
			}
			in.skipNBytes(start);
			return head[first] == '[' ? readJson(in, rows) : readCsv(in, head, start, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final int SNIFF = 1 << 20;

	/** UTF-8 when the first megabyte is valid UTF-8 (a character cut off at its end is fine), otherwise Windows-1252 (Excel on Windows). */
	static Charset charsetOf(byte[] head, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.wrap(head, start, head.length - start);
		CharBuffer chars = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(bytes, chars, false);
			if (result.isError()) {
				return Charset.forName("windows-1252");
			}
			if (result.isUnderflow()) {
				return StandardCharsets.UTF_8;
			}
			chars.clear();
		}
	}

	private static long readCsv(InputStream in, byte[] head, int start, Consumer<Row> rows) {
		Charset charset = charsetOf(head, start);
		String firstLine = firstLine(head, start, charset);
		char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
			.setTrim(true).setAllowMissingColumnNames(true).get();
		try (Reader reader = new InputStreamReader(in, charset);
				CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, String> columns = new HashMap<>();
			for (String header : parser.getHeaderNames()) {
				columns.put(header.strip().toLowerCase(Locale.ROOT), header);
			}
			List<String> missing = REQUIRED.stream().filter(h -> !columns.containsKey(h)).toList();
			if (!missing.isEmpty()) {
				throw new Unreadable("import.header.missing");
			}
			long count = 0;
			Iterator<CSVRecord> records = parser.iterator();
			while (nextRecord(records)) {
				CSVRecord record = records.next();
				count++;
				List<String> headers = parser.getHeaderNames();
				java.util.function.Supplier<Map<String, String>> original = () -> {
					Map<String, String> text = new java.util.LinkedHashMap<>();
					for (int i = 0; i < record.size(); i++) {
						// Given back to the user and stored with the job: without characters PostgreSQL refuses (the row itself is refused below).
						text.put(Text.clean(i < headers.size() ? headers.get(i) : ""), Text.clean(record.get(i)));
					}
					return text;
				};
				rows.accept(row(record.getRecordNumber() + 1, name -> {
					String header = columns.get(name.toLowerCase(Locale.ROOT));
					return header == null || !record.isMapped(header) || !record.isSet(header) ? null : blankToNull(record.get(header));
				}, original));
			}
			if (count == 0) {
				throw new Unreadable("import.empty");
			}
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new Unreadable("import.csv.unreadable");
		}
	}

	/** commons-csv reports a broken quote while iterating, wrapped as an unchecked exception. */
	private static boolean nextRecord(Iterator<CSVRecord> records) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException ex) {
			throw new Unreadable("import.csv.unreadable");
		}
	}

	private static long readJson(InputStream content, Consumer<Row> rows) {
		try (JsonParser parser = JSON.createParser(content)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new Unreadable("import.json.unreadable");
			}
			long count = 0;
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				count++;
				JsonNode node = JSON.readTree(parser);
				JsonNode adres = node.path("adres");
				Fields fields = name -> switch (name) {
					case "code" -> text(node.path("code"));
					case "bouwjaar" -> text(node.path("bouwjaar"));
					case "bagIdentificatie" -> text(node.path("adresseerbaarObjectBasisregistratie").path("bagIdentificatie"));
					case "woonplaats" -> adres.path("woonplaats").isObject() ? text(adres.path("woonplaats").path("naam")) : text(adres.path("woonplaats"));
					case "energielabelVoor", "energielabelNa", "geplandDatum", "geplandeDatum" -> text(node.path(name));
					default -> text(adres.path(name));
				};
				Map<String, String> original = new java.util.LinkedHashMap<>();
				JSON_FIELDS.forEach(name -> original.put(name, Text.clean(fields.get(name))));
				rows.accept(row(count, fields, () -> original));
			}
			// The list holds dwellings (objects) only: anything else (a nested list, a number) is not a VERA file.
			if (parser.currentToken() != JsonToken.END_ARRAY) {
				throw new Unreadable("import.json.unreadable");
			}
			if (count == 0) {
				throw new Unreadable("import.empty");
			}
			return count;
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new Unreadable("import.json.unreadable");
		}
	}

	private static String text(JsonNode node) {
		return node == null || node.isMissingNode() || node.isNull() ? null : blankToNull(node.asString());
	}

	private interface Fields {
		String get(String name);
	}

	private static Row row(long line, Fields given, java.util.function.Supplier<Map<String, String>> original) {
		List<FieldMessage> errors = new ArrayList<>();
		// A control character (NUL) or broken text in a field refuses the row, naming the field; nothing of it reaches the database.
		Fields fields = name -> {
			String value = given.get(name);
			if (!Text.acceptable(value)) {
				if (errors.stream().noneMatch(e -> e.field().equals(name))) {
					errors.add(new FieldMessage(name, "validation.controlCharacter"));
				}
				return Text.clean(value);
			}
			return value;
		};
		Integer huisnummer = integer(fields.get("huisnummer"), "huisnummer", errors);
		Integer bouwjaar = integer(fields.get("bouwjaar"), "bouwjaar", errors);
		LocalDate gepland = null;
		// VERA spells it geplandeDatum; our own export and API use geplandDatum: accept both.
		String date = fields.get("geplandeDatum") != null ? fields.get("geplandeDatum") : fields.get("geplandDatum");
		if (date != null) {
			try {
				gepland = LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldMessage("geplandDatum", "import.date.invalid"));
			}
		}
		DwellingInput input = new DwellingInput(fields.get("code"), fields.get("bagIdentificatie"), fields.get("straatnaam"), huisnummer,
				fields.get("huisletter"), fields.get("huisnummerToevoeging"), fields.get("postcode"), fields.get("woonplaats"), bouwjaar,
				fields.get("energielabelVoor"), fields.get("energielabelNa"), gepland);
		for (FieldMessage message : input.check()) {
			if (errors.stream().noneMatch(e -> e.field().equals(message.field()))) {
				errors.add(message);
			}
		}
		return new Row(line, errors.isEmpty() ? input.normalised() : input, errors, original);
	}

	private static Integer integer(String value, String field, List<FieldMessage> errors) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldMessage(field, "import.number.invalid"));
			return null;
		}
	}

	private static String firstLine(byte[] content, int start, Charset charset) {
		int end = start;
		while (end < content.length && content[end] != '\n' && end - start < 10_000) {
			end++;
		}
		return new String(content, start, end - start, charset);
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
