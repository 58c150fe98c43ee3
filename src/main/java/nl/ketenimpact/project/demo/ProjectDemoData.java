package nl.ketenimpact.project.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.DwellingInput;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.PartnerInput;
import nl.ketenimpact.project.PartnerRole;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectStatus;
import nl.ketenimpact.project.ProjectType;
import nl.ketenimpact.project.ResidentInput;
import nl.ketenimpact.project.Residents;
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

	private final Dwellings dwellings;

	private final Partners partners;

	private final Residents residents;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final JdbcClient jdbc;

	ProjectDemoData(ProjectManagement projects, Dwellings dwellings, Partners partners, Residents residents, OrganisationManagement organisations, UserManagement users, JdbcClient jdbc) {
		this.projects = projects;
		this.dwellings = dwellings;
		this.partners = partners;
		this.residents = residents;
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
		residents.save(lead, lombok, lombokDwellings.get(0),
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
		residents.save(leadZuid, woensel, woenselDwellings.get(0),
				new ResidentInput("Familie Peeters", "huurder@zuid.demo.nl", null, "nl", "huurder@zuid.demo.nl"));
		int small = smallCorporationProjects();
		log.info("Demo projects created: {} projects, {} dwellings", 3 + small, 150 + small * SMALL_DWELLINGS);
	}

	private static final int SMALL_DWELLINGS = 24;

	/** Name, municipality, gemeentecode and street of the small corporations' projects (running this year). */
	private static final List<String[]> SMALL = List.of(new String[] { "Woonstichting Rivierenland", "Tiel", "0281", "Waalstraat", "4001AB" },
			new String[] { "Wooncorporatie De Vaart", "Zwolle", "0193", "Vaartweg", "8011CD" },
			new String[] { "Stichting Thuis in Twente", "Enschede", "0153", "Twentelaan", "7511EF" },
			new String[] { "Woonbron Noord", "Groningen", "0014", "Noorderstraat", "9711GH" });

	/**
	 * A running project with dwellings for each small corporation, written into this module's own tables (those
	 * corporations have no accounts to create them with). They make the sector benchmark show in the demo.
	 */
	private int smallCorporationProjects() {
		int created = 0;
		for (String[] small : SMALL) {
			var corporation = organisations.findByName(small[0]);
			if (corporation.isEmpty()) {
				continue;
			}
			UUID project = UUID.nameUUIDFromBytes(("project:" + small[0]).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			jdbc.sql("""
					insert into project (id, corporation_id, name, municipality, project_type, start_date, end_date, status)
					values (:id, :c, :name, :m, 'REB', :start, :end, :status)""")
				.param("status", nl.ketenimpact.project.ProjectStatus.EXECUTION.name())
				.param("id", project).param("c", corporation.get().id()).param("name", "Verduurzaming " + small[3]).param("m", small[1])
				.param("start", LocalDate.of(2026, 2, 1)).param("end", LocalDate.of(2027, 3, 31)).update();
			jdbc.sql("""
					insert into dwelling (id, project_id, corporation_id, code, bag_identificatie, straatnaam, huisnummer, postcode, woonplaats,
					                      bouwjaar, energielabel_voor, energielabel_na)
					select gen_random_uuid(), :p, :c, 'S-' || n, :g || '01' || lpad((3000000 + n)::text, 10, '0'), :street, 2 * n, :postcode, :m,
					       1970, 'D', 'A'
					from generate_series(1, :count) as n""")
				.param("p", project).param("c", corporation.get().id()).param("g", small[2]).param("street", small[3]).param("m", small[1])
				.param("postcode", small[4]).param("count", SMALL_DWELLINGS).update();
			created++;
		}
		return created;
	}

	private void partner(CurrentUser lead, UUID project, String organisation, PartnerRole role, String value) {
		organisations.findByName(organisation)
			.ifPresent(o -> partners.add(lead, project, new PartnerInput(o.id(), role, new BigDecimal(value))));
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
			ids.add(dwellings.add(lead, project, new DwellingInput(codePrefix + (1000 + i), bag, street, number, letter, addition,
					postcode, place, bouwjaar, "E", "A", LocalDate.of(2026, 4, 1).plusWeeks(i / 8))));
		}
		return ids;
	}

	private void residents(CurrentUser lead, UUID project, List<UUID> dwellings, int count) {
		for (int i = 1; i <= count && i < dwellings.size(); i++) {
			residents.save(lead, project, dwellings.get(i),
					new ResidentInput("Familie " + SURNAMES[i % SURNAMES.length], null, null, i % 5 == 0 ? "en" : "nl", null));
		}
	}
}
