package nl.ketenimpact.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ketenimpact.project.internal.AddressRules;
import nl.ketenimpact.shared.FieldMessage;

/**
 * A dwelling as entered by form, API or import, with the VERA field names of the API contract.
 * Only {@code bagIdentificatie}, {@code straatnaam}, {@code huisnummer} and {@code woonplaats} are
 * required; everything else may be null.
 */
public record DwellingInput(String code, String bagIdentificatie, String straatnaam, Integer huisnummer, String huisletter,
		String huisnummerToevoeging, String postcode, String woonplaats, Integer bouwjaar, String energielabelVoor,
		String energielabelNa, LocalDate geplandDatum) {

	/** Every rule of DOMAIN_RULES §4 that this input breaks, per field. */
	public List<FieldMessage> check() {
		List<FieldMessage> errors = new ArrayList<>();
		add(errors, "code", AddressRules.checkCode(code));
		add(errors, "bagIdentificatie", AddressRules.checkBagId(bagIdentificatie));
		add(errors, "straatnaam", AddressRules.checkName(straatnaam, "straatnaam"));
		add(errors, "huisnummer", AddressRules.checkHuisnummer(huisnummer));
		add(errors, "huisletter", AddressRules.checkHuisletter(huisletter));
		add(errors, "huisnummerToevoeging", AddressRules.checkToevoeging(huisnummerToevoeging));
		add(errors, "postcode", AddressRules.checkPostcode(postcode));
		add(errors, "woonplaats", AddressRules.checkName(woonplaats, "woonplaats"));
		add(errors, "bouwjaar", AddressRules.checkBouwjaar(bouwjaar));
		add(errors, "energielabelVoor", AddressRules.checkEnergyLabel(energielabelVoor));
		add(errors, "energielabelNa", AddressRules.checkEnergyLabel(energielabelNa));
		return errors;
	}

	/** The same dwelling with every field trimmed and normalised as it is stored. */
	public DwellingInput normalised() {
		return new DwellingInput(trim(code), trim(bagIdentificatie), trim(straatnaam), huisnummer,
				upper(huisletter), upper(huisnummerToevoeging), AddressRules.normalisePostcode(postcode), trim(woonplaats),
				bouwjaar, upper(energielabelVoor), upper(energielabelNa), geplandDatum);
	}

	private static void add(List<FieldMessage> errors, String field, String messageKey) {
		if (messageKey != null) {
			errors.add(new FieldMessage(field, messageKey));
		}
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String upper(String value) {
		String trimmed = trim(value);
		return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
	}
}
