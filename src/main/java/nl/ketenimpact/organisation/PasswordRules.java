package nl.ketenimpact.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.ketenimpact.shared.FieldMessage;

/**
 * Password rules of DOMAIN_RULES §8 (NIST SP 800-63B): at least 12 characters, no composition rules, refused when
 * it is a common password (the list shipped in the app, also with digits or symbols around a common word, or a
 * common word repeated) or the e-mail address itself.
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 100;

	private static final Set<String> COMMON = load();

	private PasswordRules() {
	}

	/** The field message for a password that is refused, or empty when it may be used. */
	public static Optional<FieldMessage> check(String field, String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(new FieldMessage(field, "password.tooShort", MIN_LENGTH));
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of(new FieldMessage(field, "password.tooLong", MAX_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (email != null && lower.strip().equals(email.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(new FieldMessage(field, "password.isEmail"));
		}
		if (isCommon(lower)) {
			return Optional.of(new FieldMessage(field, "password.common"));
		}
		return Optional.empty();
	}

	static boolean isCommon(String lower) {
		if (COMMON.contains(lower)) {
			return true;
		}
		// "sunshine2024!" or "123welkom": a common word with digits and symbols around it.
		String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
		if (core.length() >= 4 && COMMON.contains(core)) {
			return true;
		}
		if (core.isEmpty()) {
			// Digits and symbols only: common when it is a run or a repetition (123456789012, 111111111111).
			return isRepetition(lower) || isSequence(lower);
		}
		return isRepetition(lower) && repeatedUnit(lower).length() <= 4 || COMMON.contains(repeatedUnit(lower));
	}

	private static boolean isRepetition(String s) {
		return repeatedUnit(s).length() < s.length();
	}

	/** The shortest string that, repeated, makes {@code s} ("abcabc" → "abc"), or {@code s} itself. */
	private static String repeatedUnit(String s) {
		for (int unit = 1; unit <= s.length() / 2; unit++) {
			if (s.length() % unit == 0 && s.substring(0, unit).repeat(s.length() / unit).equals(s)) {
				return s.substring(0, unit);
			}
		}
		return s;
	}

	private static boolean isSequence(String s) {
		int up = 0;
		int down = 0;
		for (int i = 1; i < s.length(); i++) {
			int step = s.charAt(i) - s.charAt(i - 1);
			up += (step == 1 || step == -9) ? 1 : 0;
			down += (step == -1 || step == 9) ? 1 : 0;
		}
		return up >= s.length() - 2 || down >= s.length() - 2;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("security/common-passwords.txt is missing from the application");
			}
			List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
			for (String line : lines) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Dutch ones the list (from English-language leaks) does not have.
		words.addAll(List.of("wachtwoord", "welkom", "welkom01", "geheim", "voetbal", "ajax", "feyenoord", "psv", "huurder", "woning",
				"ketenimpact", "corporatie", "zomer", "winter", "lente", "herfst", "schatje", "liefde", "wachtwoordje"));
		return Set.copyOf(words);
	}
}
