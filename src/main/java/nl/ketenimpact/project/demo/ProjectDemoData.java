package nl.ketenimpact.project.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.DwellingInput;
import nl.ketenimpact.project.PartnerInput;
import nl.ketenimpact.project.PartnerRole;
import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectStatus;
import nl.ketenimpact.project.ProjectType;
import nl.ketenimpact.project.ResidentInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo projects through the module's own API, so demo data obeys the same rules as user input:
 * a running and a completed project of Woonstichting De Keten (120 dwellings) and one of a
 * second corporation, so scoping can be seen.
 */
@Component
@Profile("demo")
@Order(20)
class ProjectDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProjectDemoData.class);

	private static final String[] SURNAMES = { "de Vries", "Jansen", "El Amrani", "Bakker", "Visser", "Smit", "Öztürk", "Meijer",
			"de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer" };

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final JdbcClient jdbc;

	ProjectDemoData(ProjectManagement projects, OrganisationManagement organisations, UserManagement users, JdbcClient jdbc) {
		this.projects = projects;
		this.organisations = organisations;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from project)").query(Boolean.class).single()) {
			return;
		}
		CurrentUser lead = users.activeByUsername("projectlead@demo.nl").orElse(null);
		CurrentUser leadZuid = users.activeByUsername("projectlead@zuid.demo.nl").orElse(null);
		if (lead == null || leadZuid == null) {
			return;
		}
		UUID lombok = projects.create(lead, new ProjectInput("Verduurzaming Lombok-West", "Utrecht", "Lombok", ProjectType.REB,
				LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30)));
		partner(lead, lombok, "Bouwbedrijf Van Dam", PartnerRole.MAIN_CONTRACTOR, "4800000");
		partner(lead, lombok, "Installatietechniek Vecht", PartnerRole.SUBCONTRACTOR, "900000");
		partner(lead, lombok, "Isolatiehandel Midden", PartnerRole.SUPPLIER, "350000");
		partner(lead, lombok, "Adviesbureau Wooncomfort", PartnerRole.ADVISOR, "120000");
		partner(lead, lombok, "ROC Stichtse Vakschool", PartnerRole.EDUCATION, "0");
		partner(lead, lombok, "Welzijn Wijkkracht", PartnerRole.WELFARE, "0");
		List<UUID> lombokDwellings = dwellings(lead, lombok, "0344", "L-", 80, new String[] { "Kanaalstraat", "Damstraat", "Jan Pieterszoon Coenstraat" }, "353", "Utrecht", 1931);
		projects.changeStatus(lead, lombok, ProjectStatus.EXECUTION);
		residents(lead, lombok, lombokDwellings, 30);
		projects.saveResident(lead, lombok, lombokDwellings.get(0),
				new ResidentInput("Familie Yilmaz", "huurder@demo.nl", "06 12345678", "nl", "huurder@demo.nl"));

		UUID kanaleneiland = projects.create(lead, new ProjectInput("Renovatie Kanaleneiland-Zuid", "Utrecht", "Kanaleneiland",
				ProjectType.REB, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 12, 19)));
		partner(lead, kanaleneiland, "Bouwbedrijf Van Dam", PartnerRole.MAIN_CONTRACTOR, "2650000");
		partner(lead, kanaleneiland, "Isolatiehandel Midden", PartnerRole.SUPPLIER, "180000");
		partner(lead, kanaleneiland, "ROC Stichtse Vakschool", PartnerRole.EDUCATION, "0");
		partner(lead, kanaleneiland, "Welzijn Wijkkracht", PartnerRole.WELFARE, "0");
		List<UUID> kanaleneilandDwellings = dwellings(lead, kanaleneiland, "0344", "K-", 40, new String[] { "Marshalllaan", "Churchilllaan" }, "352", "Utrecht", 1962);
		residents(lead, kanaleneiland, kanaleneilandDwellings, 12);
		projects.changeStatus(lead, kanaleneiland, ProjectStatus.EXECUTION);
		projects.changeStatus(lead, kanaleneiland, ProjectStatus.COMPLETED);

		UUID woensel = projects.create(leadZuid, new ProjectInput("Verduurzaming Woensel-Noord", "Eindhoven", "Woensel",
				ProjectType.REO, LocalDate.of(2027, 1, 15), LocalDate.of(2027, 12, 20)));
		partner(leadZuid, woensel, "Bouwcombinatie Kempen", PartnerRole.MAIN_CONTRACTOR, "3100000");
		List<UUID> woenselDwellings = dwellings(leadZuid, woensel, "0772", "W-", 30, new String[] { "Vlokhovenseweg", "Kastelenplein" }, "562", "Eindhoven", 1968);
		residents(leadZuid, woensel, woenselDwellings, 8);
		projects.saveResident(leadZuid, woensel, woenselDwellings.get(0),
				new ResidentInput("Familie Peeters", "huurder@zuid.demo.nl", null, "nl", "huurder@zuid.demo.nl"));
		log.info("Demo projects created: 3 projects, 150 dwellings");
	}

	private void partner(CurrentUser lead, UUID project, String organisation, PartnerRole role, String value) {
		organisations.findByName(organisation)
			.ifPresent(o -> projects.addPartner(lead, project, new PartnerInput(o.id(), role, new BigDecimal(value))));
	}

	private List<UUID> dwellings(CurrentUser lead, UUID project, String gemeente, String codePrefix, int count, String[] streets,
			String postcodePrefix, String place, int bouwjaar) {
		List<UUID> ids = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			String street = streets[i % streets.length];
			int number = 2 + i / streets.length * 2;
			String letter = i % 7 == 3 ? "A" : null;
			String addition = i % 11 == 5 ? "2" : null;
			String postcode = postcodePrefix + (i % 10) + " " + (char) ('A' + i % 26) + (char) ('B' + i % 24);
			String bag = String.format("%s01%010d", gemeente, 2000000L + (codePrefix.charAt(0) * 1000L) + i);
			ids.add(projects.addDwelling(lead, project, new DwellingInput(codePrefix + (1000 + i), bag, street, number, letter, addition,
					postcode, place, bouwjaar, "E", "A", LocalDate.of(2026, 4, 1).plusWeeks(i / 8))));
		}
		return ids;
	}

	private void residents(CurrentUser lead, UUID project, List<UUID> dwellings, int count) {
		for (int i = 1; i <= count && i < dwellings.size(); i++) {
			projects.saveResident(lead, project, dwellings.get(i),
					new ResidentInput("Familie " + SURNAMES[i % SURNAMES.length], null, null, i % 5 == 0 ? "en" : "nl", null));
		}
	}
}
