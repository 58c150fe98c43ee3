package nl.ketenimpact.importer.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DwellingFileReaderTests {

	static List<DwellingFileReader.Row> read(byte[] content) {
		List<DwellingFileReader.Row> rows = new ArrayList<>();
		DwellingFileReader.read(content, rows::add);
		return rows;
	}

	@Test
	void readsSemicolonCsvInUtf8WithByteOrderMark() {
		String csv = "\uFEFFcode;bagIdentificatie;straatnaam;huisnummer;huisletter;postcode;woonplaats;bouwjaar\n"
				+ "A-1;0344010000000001;Kanaalstraat;12;a;3531 ab;Utrecht;1931\n";
		var rows = read(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).valid()).isTrue();
		assertThat(rows.get(0).dwelling().postcode()).isEqualTo("3531AB");
		assertThat(rows.get(0).dwelling().huisletter()).isEqualTo("A");
	}

	@Test
	void readsCommaCsvInWindows1252() {
		String csv = "bagIdentificatie,straatnaam,huisnummer,woonplaats\n0344010000000002,Coöperatiestraat,4,Utrecht\n";
		var rows = read(csv.getBytes(Charset.forName("windows-1252")));
		assertThat(rows.get(0).dwelling().straatnaam()).isEqualTo("Coöperatiestraat");
	}

	@Test
	void readsVeraJsonWithTheAddressInline() {
		String json = """
				[{"code":"J-1","bouwjaar":1965,"adresseerbaarObjectBasisregistratie":{"bagIdentificatie":"0344010000000003"},
				  "adres":{"straatnaam":"Marshalllaan","huisnummer":7,"huisnummerToevoeging":"2","postcode":"3527 AB","woonplaats":{"naam":"Utrecht"}}}]""";
		var row = read(json.getBytes(StandardCharsets.UTF_8)).get(0);
		assertThat(row.errors()).isEmpty();
		assertThat(row.dwelling().code()).isEqualTo("J-1");
		assertThat(row.dwelling().woonplaats()).isEqualTo("Utrecht");
		assertThat(row.dwelling().huisnummer()).isEqualTo(7);
	}

	@Test
	void reportsEveryBadFieldOfARowWithItsLine() {
		String csv = "bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats;geplandDatum\n0344010000000004;A;1;3531AB;Utrecht;\n123;;twaalf;0000;Utrecht;1-2-2026\n";
		var rows = read(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rows.get(0).valid()).isTrue();
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(rows.get(1).errors()).extracting(e -> e.field())
			.containsExactlyInAnyOrder("bagIdentificatie", "straatnaam", "huisnummer", "postcode", "geplandDatum");
	}

	@Test
	void refusesFilesItCannotReadWithAReason() {
		assertThatThrownBy(() -> read("code;straat;nummer\nA;B;1\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DwellingFileReader.Unreadable.class).hasMessage("import.header.missing");
		assertThatThrownBy(() -> read("bagIdentificatie;straatnaam;huisnummer;woonplaats\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessage("import.empty");
		assertThatThrownBy(() -> read("   ".getBytes(StandardCharsets.UTF_8))).hasMessage("import.empty");
		assertThatThrownBy(() -> read("[{\"code\": ".getBytes(StandardCharsets.UTF_8))).hasMessage("import.json.unreadable");
		assertThatThrownBy(() -> read("bagIdentificatie;straatnaam;huisnummer;woonplaats\n\"0344010000000005;A;1;Utrecht\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessage("import.csv.unreadable");
	}

	@Test
	void aCommaFileReadAsSemicolonIsCaughtByTheHeaderCheck() {
		// The delimiter is chosen from the header; a header without any known column name is refused, not half read.
		assertThatThrownBy(() -> read("bagIdentificatie|straatnaam|huisnummer|woonplaats\n1|2|3|4\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessage("import.header.missing");
	}

	@Test
	void acceptsTheVeraSpellingGeplandeDatum() {
		String csv = "bagIdentificatie;straatnaam;huisnummer;woonplaats;geplandeDatum\n0344010000000006;A;1;Utrecht;2027-03-01\n";
		assertThat(read(csv.getBytes(StandardCharsets.UTF_8)).get(0).dwelling().geplandDatum()).isEqualTo(java.time.LocalDate.of(2027, 3, 1));
	}

	@Test
	void aFiftyMegabyteFileIsReadRowByRowToTheLastLine() {
		StringBuilder csv = new StringBuilder("code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats;bouwjaar;energielabelVoor\n");
		int rows = 0;
		while (csv.length() < 50 * 1024 * 1024) {
			rows++;
			csv.append("W-").append(rows).append(';').append(String.format("034401%010d", rows))
				.append(";Lange Nieuwstraat van de Vernieuwde Wijk;").append(rows % 300 + 1).append(";3531AB;Utrecht;1965;G\n");
		}
		long[] seen = {0, 0};
		long count = DwellingFileReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), row -> {
			seen[0]++;
			if (!row.valid()) {
				seen[1]++;
			}
		});
		assertThat(count).isEqualTo(rows);
		assertThat(seen[0]).isEqualTo(rows);
		assertThat(seen[1]).isZero();
	}

	@Test
	void aCharacterCutByTheFirstMegabyteStillCountsAsUtf8() {
		// Rows of 45 bytes with the two bytes of "ö" at 19 and 20; pad the header so the megabyte ends between them.
		String header = "bagIdentificatie;straatnaam;huisnummer;woonplaats";
		int pad = Math.floorMod((1 << 20) - 20 - header.length() - 1, 45);
		StringBuilder csv = new StringBuilder(header + " ".repeat(pad) + "\n");
		assertThat(Math.floorMod((1 << 20) - csv.length(), 45)).isEqualTo(20);
		int n = 0;
		while (csv.toString().getBytes(StandardCharsets.UTF_8).length < (1 << 20) + 100) {
			n++;
			csv.append(String.format("034401%010d", n)).append(";Coöperatiestraat;1;Utrecht\n");
		}
		var rows = read(csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(n).allSatisfy(row -> assertThat(row.dwelling().straatnaam()).isEqualTo("Coöperatiestraat"));
	}
}
