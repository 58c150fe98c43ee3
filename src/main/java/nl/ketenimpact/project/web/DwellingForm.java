package nl.ketenimpact.project.web;

import java.time.LocalDate;

import nl.ketenimpact.project.DwellingInput;

import org.springframework.format.annotation.DateTimeFormat;

/** The dwelling form as the browser posts it; the address rules themselves live in {@link DwellingInput#check()}. */
public class DwellingForm {

	private String code;
	private String bagIdentificatie;
	private String straatnaam;
	private Integer huisnummer;
	private String huisletter;
	private String huisnummerToevoeging;
	private String postcode;
	private String woonplaats;
	private Integer bouwjaar;
	private String energielabelVoor;
	private String energielabelNa;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate geplandDatum;

	DwellingInput toInput() {
		return new DwellingInput(code, bagIdentificatie, straatnaam, huisnummer, huisletter, huisnummerToevoeging, postcode, woonplaats,
				bouwjaar, energielabelVoor, energielabelNa, geplandDatum);
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getBagIdentificatie() { return bagIdentificatie; }
	public void setBagIdentificatie(String bagIdentificatie) { this.bagIdentificatie = bagIdentificatie; }
	public String getStraatnaam() { return straatnaam; }
	public void setStraatnaam(String straatnaam) { this.straatnaam = straatnaam; }
	public Integer getHuisnummer() { return huisnummer; }
	public void setHuisnummer(Integer huisnummer) { this.huisnummer = huisnummer; }
	public String getHuisletter() { return huisletter; }
	public void setHuisletter(String huisletter) { this.huisletter = huisletter; }
	public String getHuisnummerToevoeging() { return huisnummerToevoeging; }
	public void setHuisnummerToevoeging(String huisnummerToevoeging) { this.huisnummerToevoeging = huisnummerToevoeging; }
	public String getPostcode() { return postcode; }
	public void setPostcode(String postcode) { this.postcode = postcode; }
	public String getWoonplaats() { return woonplaats; }
	public void setWoonplaats(String woonplaats) { this.woonplaats = woonplaats; }
	public Integer getBouwjaar() { return bouwjaar; }
	public void setBouwjaar(Integer bouwjaar) { this.bouwjaar = bouwjaar; }
	public String getEnergielabelVoor() { return energielabelVoor; }
	public void setEnergielabelVoor(String energielabelVoor) { this.energielabelVoor = energielabelVoor; }
	public String getEnergielabelNa() { return energielabelNa; }
	public void setEnergielabelNa(String energielabelNa) { this.energielabelNa = energielabelNa; }
	public LocalDate getGeplandDatum() { return geplandDatum; }
	public void setGeplandDatum(LocalDate geplandDatum) { this.geplandDatum = geplandDatum; }
}
