package nl.ketenimpact.project.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PersonalData;
import nl.ketenimpact.project.Residents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The household's part of "Mijn gegevens": the household and its dwelling, the consents, and who opened the household. */
@Component
class HouseholdPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Residents residents;

	HouseholdPersonalData(JdbcClient jdbc, Residents residents) {
		this.jdbc = jdbc;
		this.residents = residents;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> of(CurrentUser person) {
		List<Map<String, Object>> household = jdbc.sql("""
				select r.name, r.email, r.phone, r.preferred_language, d.straatnaam, d.huisnummer, d.huisletter, d.huisnummer_toevoeging, d.postcode,
				       d.woonplaats, p.name as project, ra.created_at
				from resident_account ra join resident r on r.dwelling_id = ra.dwelling_id join dwelling d on d.id = ra.dwelling_id
				join project p on p.id = d.project_id where ra.user_id = :u""")
			.param("u", person.id())
			.query((rs, n) -> PersonalData.record("name", rs.getString("name"), "email", rs.getString("email"), "phone", rs.getString("phone"),
					"language", rs.getString("preferred_language"), "address", address(rs.getString("straatnaam"), rs.getInt("huisnummer"),
							rs.getString("huisletter"), rs.getString("huisnummer_toevoeging")),
					"postcode", AddressRules.displayPostcode(rs.getString("postcode")), "place", rs.getString("woonplaats"), "project", rs.getString("project"),
					"linkedAt", rs.getObject("created_at", OffsetDateTime.class)))
			.list();
		List<Map<String, Object>> consents = jdbc.sql("select contact_opportunities, photos, updated_at from resident_consent where user_id = :u")
			.param("u", person.id())
			.query((rs, n) -> PersonalData.record("contactOpportunities", rs.getBoolean(1), "photos", rs.getBoolean(2), "updatedAt",
					rs.getObject(3, OffsetDateTime.class)))
			.list();
		List<Map<String, Object>> reads = residents.readsOfOwnHousehold(person).stream()
			.map(r -> PersonalData.record("at", r.readAt(), "reader", r.reader())).toList();
		if (household.isEmpty() && consents.isEmpty()) {
			return List.of();
		}
		return List.of(new Part("HOUSEHOLD", household), new Part("CONSENTS", consents), new Part("HOUSEHOLD_READS", reads));
	}

	/**
	 * The person's consents and their link to the household go; the household itself (names, contact, who opened it)
	 * too when no other account of it remains. The dwelling stays (it is the corporation's), and so do votes on it.
	 */
	@Override
	@Transactional
	public void erase(CurrentUser person) {
		java.util.Optional<java.util.UUID> dwelling = residents.dwellingOf(person);
		jdbc.sql("delete from resident_consent where user_id = :u").param("u", person.id()).update();
		jdbc.sql("delete from resident_account where user_id = :u").param("u", person.id()).update();
		dwelling.ifPresent(d -> {
			if (!jdbc.sql("select exists (select 1 from resident_account where dwelling_id = :d)").param("d", d).query(Boolean.class).single()) {
				jdbc.sql("delete from household_read where dwelling_id = :d").param("d", d).update();
				jdbc.sql("delete from resident where dwelling_id = :d").param("d", d).update();
			}
		});
	}

	private static String address(String street, int number, String letter, String addition) {
		return street + " " + number + (letter == null ? "" : letter) + (addition == null ? "" : "-" + addition);
	}
}
