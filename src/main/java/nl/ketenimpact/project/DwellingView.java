package nl.ketenimpact.project;

import java.time.LocalDate;
import java.util.UUID;

import nl.ketenimpact.project.internal.AddressRules;
import nl.ketenimpact.shared.DutchDate;

/** A dwelling with its BAG address; optional fields may be null. Postcode is normalised ({@code 3512AB}). */
public record DwellingView(UUID id, UUID projectId, String code, String bagIdentificatie, String straatnaam, int huisnummer,
		String huisletter, String huisnummerToevoeging, String postcode, String woonplaats, Integer bouwjaar,
		String energielabelVoor, String energielabelNa, LocalDate geplandDatum, boolean hasResident) {

	/** "Kanaalstraat 12A-2" — the Dutch way of writing number, letter and addition. */
	public String streetAddress() {
		StringBuilder address = new StringBuilder(straatnaam).append(' ').append(huisnummer);
		if (huisletter != null) {
			address.append(huisletter);
		}
		if (huisnummerToevoeging != null) {
			address.append('-').append(huisnummerToevoeging);
		}
		return address.toString();
	}

	/** Energy label before and after the work, "E → A"; {@code unknown} (the page's word for it) for a label not known, once when neither is. */
	public String labels(String unknown) {
		if (energielabelVoor == null && energielabelNa == null) {
			return unknown;
		}
		return (energielabelVoor == null ? unknown : energielabelVoor) + " → " + (energielabelNa == null ? unknown : energielabelNa);
	}

	/** Planned date as the lists show it ("3-6-2026"), or a dash. */
	public String plannedDisplay() {
		return geplandDatum == null ? "–" : DutchDate.format(geplandDatum);
	}

	public String postcodeDisplay() {
		return AddressRules.displayPostcode(postcode);
	}
}
