package nl.ketenimpact.organisation;

import java.util.Optional;

import nl.ketenimpact.shared.FieldMessage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN_RULES §8 without Spring: length, common passwords (also dressed up), the e-mail address itself. */
class PasswordRulesTests {

	private static Optional<String> refusal(String password) {
		return PasswordRules.check("password", password, "anna@corporatie.nl").map(FieldMessage::messageKey);
	}

	@Test
	void aLongUncommonPassphraseIsAcceptedWithoutCompositionRules() {
		assertThat(refusal("fietsen langs de vecht")).isEmpty();
		assertThat(refusal("zonnepanelen op het dak van blok 4")).isEmpty();
		assertThat(refusal("abcdefghijkx")).isEmpty();
	}

	@Test
	void shorterThanTwelveCharactersIsRefusedCountingCharactersNotBytes() {
		assertThat(refusal("elfletters!")).contains("password.tooShort");
		assertThat(refusal(null)).contains("password.tooShort");
		// Characters, not UTF-16 units: eleven characters with an emoji (twelve units) are too short, twelve are enough.
		assertThat(refusal("elf tekens😀")).contains("password.tooShort");
		assertThat(refusal("twaalf teken😀")).isEmpty();
		assertThat(refusal("x".repeat(101))).contains("password.tooLong");
	}

	@Test
	void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAroundThem() {
		assertThat(refusal("1qaz2wsx3edc")).contains("password.common");
		assertThat(refusal("Password1234")).contains("password.common");
		assertThat(refusal("sunshine2024!")).contains("password.common");
		assertThat(refusal("Wachtwoord123")).contains("password.common");
		assertThat(refusal("123456789012")).contains("password.common");
		assertThat(refusal("111111111111")).contains("password.common");
		assertThat(refusal("abcabcabcabc")).contains("password.common");
		assertThat(refusal("dragondragon")).contains("password.common");
	}

	@Test
	void theEmailAddressItselfIsRefusedInAnyCase() {
		assertThat(refusal("Anna@Corporatie.nl")).contains("password.isEmail");
	}
}
