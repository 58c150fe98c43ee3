package nl.ketenimpact.project.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.ketenimpact.project.DwellingInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN_RULES §4 over generated inputs (seeded, so a failure can be reproduced). */
class AddressRulesTests {

	private static final long SEED = 20261129L;

	static Stream<String> validBagIds() {
		Random random = new Random(SEED);
		return IntStream.range(0, 200).mapToObj(i -> String.format("%04d01%010d", random.nextInt(10_000), Math.floorMod(random.nextLong(), 10_000_000_000L)));
	}

	static Stream<String> malformedBagIds() {
		Random random = new Random(SEED + 1);
		List<String> bad = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			String valid = String.format("%04d01%010d", random.nextInt(10_000), Math.floorMod(random.nextLong(), 10_000_000_000L));
			int position = random.nextInt(16);
			switch (i % 5) {
				case 0 -> bad.add(valid.substring(0, position) + valid.substring(position + 1)); // one digit short
				case 1 -> bad.add(valid + random.nextInt(10)); // one digit too many
				case 2 -> bad.add(valid.substring(0, 4) + String.format("%02d", 2 + random.nextInt(98)) + valid.substring(6)); // not type 01
				case 3 -> bad.add(valid.substring(0, position) + (char) ('A' + random.nextInt(26)) + valid.substring(position + 1));
				default -> bad.add(valid.substring(0, 8) + " " + valid.substring(8));
			}
		}
		return bad.stream();
	}

	static Stream<String> validPostcodes() {
		Random random = new Random(SEED + 2);
		return IntStream.range(0, 200).mapToObj(i -> {
			String digits = (1 + random.nextInt(9)) + String.format("%03d", random.nextInt(1000));
			String letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
			// How people type them: lower case, with or without spaces around.
			return switch (i % 4) {
				case 0 -> digits + letters;
				case 1 -> digits + " " + letters;
				case 2 -> (digits + letters).toLowerCase();
				default -> " " + digits + "  " + letters.toLowerCase() + " ";
			};
		});
	}

	static Stream<String> malformedPostcodes() {
		Random random = new Random(SEED + 3);
		return IntStream.range(0, 100).mapToObj(i -> {
			String digits = String.format("%04d", 1000 + random.nextInt(9000));
			String letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
			return switch (i % 5) {
				case 0 -> "0" + digits.substring(1) + letters; // starts with 0
				case 1 -> digits.substring(1) + letters; // three digits
				case 2 -> digits + letters.charAt(0); // one letter
				case 3 -> digits + letters + "X"; // three letters
				default -> digits + random.nextInt(10) + random.nextInt(10); // digits instead of letters
			};
		});
	}

	@ParameterizedTest
	@MethodSource("validBagIds")
	void acceptsEveryWellFormedVerblijfsobjectId(String bagId) {
		assertThat(AddressRules.checkBagId(bagId)).isNull();
	}

	@ParameterizedTest
	@MethodSource("malformedBagIds")
	void refusesMalformedVerblijfsobjectIdsWithADutchReason(String bagId) {
		assertThat(AddressRules.checkBagId(bagId)).isEqualTo("dwelling.bagIdentificatie.invalid");
	}

	@ParameterizedTest
	@MethodSource("validPostcodes")
	void acceptsPostcodesAsPeopleTypeThemAndNormalisesThem(String postcode) {
		assertThat(AddressRules.checkPostcode(postcode)).isNull();
		assertThat(AddressRules.normalisePostcode(postcode)).matches("[1-9][0-9]{3}[A-Z]{2}");
	}

	@ParameterizedTest
	@MethodSource("malformedPostcodes")
	void refusesMalformedPostcodes(String postcode) {
		assertThat(AddressRules.checkPostcode(postcode)).isEqualTo("dwelling.postcode.invalid");
	}

	@Test
	void postcodeMayBeAbsentButBagIdMayNot() {
		assertThat(AddressRules.checkPostcode(null)).isNull();
		assertThat(AddressRules.checkPostcode("  ")).isNull();
		assertThat(AddressRules.checkBagId(" ")).isEqualTo("dwelling.bagIdentificatie.required");
	}

	@Test
	void showsPostcodeWithASpace() {
		assertThat(AddressRules.displayPostcode(AddressRules.normalisePostcode("3512ab"))).isEqualTo("3512 AB");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 100_000 })
	void refusesHuisnummersOutsideOneTo99999(int number) {
		assertThat(AddressRules.checkHuisnummer(number)).isEqualTo("dwelling.huisnummer.invalid");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 12, 99_999 })
	void acceptsHuisnummersInRange(int number) {
		assertThat(AddressRules.checkHuisnummer(number)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "AB", "1", "ä", "-" })
	void huisletterIsExactlyOneLetter(String letter) {
		assertThat(AddressRules.checkHuisletter(letter)).isEqualTo("dwelling.huisletter.invalid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "a-1", "bis!", "" + "3 h" })
	void refusesBadToevoegingen(String toevoeging) {
		assertThat(AddressRules.checkToevoeging(toevoeging)).isEqualTo("dwelling.huisnummerToevoeging.invalid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "bis", "2hg", "A1b2" })
	void acceptsToevoegingenOfOneToFourLettersOrDigits(String toevoeging) {
		assertThat(AddressRules.checkToevoeging(toevoeging)).isNull();
	}

	@Test
	void streetAndPlaceNamesAreRequiredAndAtMost80Characters() {
		assertThat(AddressRules.checkName("", "straatnaam")).isEqualTo("dwelling.straatnaam.required");
		assertThat(AddressRules.checkName("x".repeat(81), "woonplaats")).isEqualTo("dwelling.woonplaats.tooLong");
		assertThat(AddressRules.checkName("x".repeat(80), "woonplaats")).isNull();
	}

	@Test
	void dwellingInputReportsEveryBrokenFieldAtOnce() {
		DwellingInput input = new DwellingInput("ok-1", "123", "", null, "AB", "12345", "0000AA", "Utrecht", 12345, "Z", null, null);
		assertThat(input.check()).extracting(e -> e.field())
			.containsExactlyInAnyOrder("bagIdentificatie", "straatnaam", "huisnummer", "huisletter", "huisnummerToevoeging", "postcode",
					"bouwjaar", "energielabelVoor");
	}

	@Test
	void dwellingInputIsStoredNormalised() {
		DwellingInput input = new DwellingInput(" L-1 ", "0344010000000001", " Kanaalstraat ", 12, "a", "bis", "3531 ab", "Utrecht", null,
				"e", "a+", null).normalised();
		assertThat(input.postcode()).isEqualTo("3531AB");
		assertThat(input.huisletter()).isEqualTo("A");
		assertThat(input.huisnummerToevoeging()).isEqualTo("BIS");
		assertThat(input.straatnaam()).isEqualTo("Kanaalstraat");
		assertThat(input.energielabelNa()).isEqualTo("A+");
	}
}
