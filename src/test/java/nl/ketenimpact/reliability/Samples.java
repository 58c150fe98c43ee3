package nl.ketenimpact.reliability;

import java.nio.charset.StandardCharsets;

/** Small files the suite uploads: a plain PDF as evidence, dwelling rows in the VERA CSV layout. */
final class Samples {

	static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	private Samples() {
	}

	/** {@code count} dwellings with codes from {@code first}; the same arguments give the same file (an import run twice). */
	static String csv(int count, int first) {
		StringBuilder csv = new StringBuilder("code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\n");
		for (int i = first; i < first + count; i++) {
			csv.append("REL-").append(i).append(';').append(String.format("0344010%09d", i)).append(";Proefstraat;").append(i % 900 + 1)
				.append(";3511AB;Utrecht\n");
		}
		return csv.toString();
	}
}
