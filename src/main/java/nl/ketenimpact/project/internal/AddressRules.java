package nl.ketenimpact.project.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The BAG address rules of DOMAIN_RULES §4, in plain Java so the form, the API and the importer
 * check the same thing. Each check returns a message key, or null when the value is fine.
 */
public final class AddressRules {

	private static final Pattern BAG_VERBLIJFSOBJECT = Pattern.compile("^[0-9]{4}01[0-9]{10}$");

	private static final Pattern POSTCODE = Pattern.compile("^[1-9][0-9]{3}[A-Z]{2}$");

	private static final Pattern TOEVOEGING = Pattern.compile("^[0-9a-zA-Z]{1,4}$");

	private static final Pattern LETTER = Pattern.compile("^[a-zA-Z]$");

	private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9._/-]{1,40}$");

	private AddressRules() {
	}

	/** Strips all whitespace and upper-cases; {@code "3512 ab"} becomes {@code "3512AB"}. Null stays null. */
	public static String normalisePostcode(String postcode) {
		if (postcode == null) {
			return null;
		}
		String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		return compact.isEmpty() ? null : compact;
	}

	/** {@code 3512AB} shown as {@code 3512 AB}. */
	public static String displayPostcode(String normalised) {
		return normalised == null || normalised.length() != 6 ? normalised : normalised.substring(0, 4) + " " + normalised.substring(4);
	}

	public static String checkBagId(String bagId) {
		if (bagId == null || bagId.isBlank()) {
			return "dwelling.bagIdentificatie.required";
		}
		return BAG_VERBLIJFSOBJECT.matcher(bagId.strip()).matches() ? null : "dwelling.bagIdentificatie.invalid";
	}

	/** Postcode may be absent; when given it must be valid after normalisation. */
	public static String checkPostcode(String postcode) {
		String normalised = normalisePostcode(postcode);
		if (normalised == null) {
			return null;
		}
		return POSTCODE.matcher(normalised).matches() ? null : "dwelling.postcode.invalid";
	}

	public static String checkHuisnummer(Integer huisnummer) {
		if (huisnummer == null) {
			return "dwelling.huisnummer.required";
		}
		return huisnummer >= 1 && huisnummer <= 99999 ? null : "dwelling.huisnummer.invalid";
	}

	public static String checkHuisletter(String letter) {
		if (letter == null || letter.isBlank()) {
			return null;
		}
		return LETTER.matcher(letter.strip()).matches() ? null : "dwelling.huisletter.invalid";
	}

	public static String checkToevoeging(String toevoeging) {
		if (toevoeging == null || toevoeging.isBlank()) {
			return null;
		}
		return TOEVOEGING.matcher(toevoeging.strip()).matches() ? null : "dwelling.huisnummerToevoeging.invalid";
	}

	/** Street and place names: required, 1–80 characters. */
	public static String checkName(String value, String field) {
		if (value == null || value.isBlank()) {
			return "dwelling." + field + ".required";
		}
		return value.strip().length() <= 80 ? null : "dwelling." + field + ".tooLong";
	}

	/** Bouwjaar is optional; VERA allows at most four digits. */
	public static String checkBouwjaar(Integer bouwjaar) {
		if (bouwjaar == null) {
			return null;
		}
		return bouwjaar >= 1 && bouwjaar <= 9999 ? null : "dwelling.bouwjaar.invalid";
	}

	/** The corporation's own dwelling number (VERA {@code code}); optional. */
	public static String checkCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return CODE.matcher(code.strip()).matches() ? null : "dwelling.code.invalid";
	}

	public static String checkEnergyLabel(String label) {
		if (label == null || label.isBlank()) {
			return null;
		}
		return EnergyLabel.isValid(label) ? null : "dwelling.energielabel.invalid";
	}
}
