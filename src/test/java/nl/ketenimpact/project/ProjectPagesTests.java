package nl.ketenimpact.project;

import java.util.List;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The project pages a project lead works in: forms show Dutch field messages and save nothing on bad input. */
class ProjectPagesTests extends IntegrationTestSupport {

	@Test
	void startPageFitsTheRole() throws Exception {
		mvc.perform(get("/").with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Projecten van uw corporatie")))
			.andExpect(content().string(containsString("Renovatie Kanaleneiland-Zuid")))
			.andExpect(content().string(containsString("Afgerond")))
			.andExpect(content().string(not(containsString("Woensel-Noord"))));
		mvc.perform(get("/").with(as(PARTNER_LEAD)))
			.andExpect(content().string(containsString("Projecten waarin uw organisatie ketenpartner is")))
			.andExpect(content().string(containsString("Verduurzaming Lombok-West")))
			.andExpect(content().string(not(containsString("Woensel-Noord"))));
		mvc.perform(get("/").with(as(RESIDENT))).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/portal\"")));
		mvc.perform(get("/portal").with(as(RESIDENT)))
			.andExpect(content().string(containsString("Uw project")))
			.andExpect(content().string(containsString("Verduurzaming Lombok-West")))
			.andExpect(content().string(not(containsString("Kanaleneiland"))));
	}

	@Test
	void englishOnRequest() throws Exception {
		mvc.perform(get("/").param("lang", "en").with(as(COORDINATOR)))
			.andExpect(content().string(containsString("Projects of your corporation")));
	}

	@Test
	void createProjectByFormThenSeeIt() throws Exception {
		mvc.perform(post("/projects/new").with(as(PROJECT_LEAD)).with(csrf())
			.param("name", "Formulierproject Hoograven").param("municipality", "Utrecht").param("projectType", "REO")
			.param("startDate", "2027-03-01").param("endDate", "2027-09-30"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/projects/*"))
			.andExpect(flash().attribute("flash", "project.created"));
		mvc.perform(get("/projects").with(as(PROJECT_LEAD))).andExpect(content().string(containsString("Formulierproject Hoograven")));
	}

	@Test
	void badProjectFormIsShownAgainWithMessagesAndNothingSaved() throws Exception {
		long before = count("project");
		mvc.perform(post("/projects/new").with(as(PROJECT_LEAD)).with(csrf())
			.param("name", "").param("municipality", "Utrecht").param("projectType", "REO")
			.param("startDate", "2027-03-01").param("endDate", "niet-een-datum"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul dit veld in.")))
			.andExpect(content().string(containsString("Vul een datum in")));
		mvc.perform(post("/projects/new").with(as(PROJECT_LEAD)).with(csrf())
			.param("name", "Omgekeerd").param("municipality", "Utrecht").param("projectType", "REO")
			.param("startDate", "2027-03-01").param("endDate", "2027-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("De einddatum ligt voor de startdatum.")));
		assertThat(count("project")).isEqualTo(before);
	}

	@Test
	void dwellingFormShowsEveryAddressErrorThenAcceptsTheCorrection() throws Exception {
		UUID lombok = lombok().id();
		long before = count("dwelling");
		mvc.perform(post("/projects/" + lombok + "/dwellings/new").with(as(PROJECT_LEAD)).with(csrf())
			.param("straatnaam", "Kanaalstraat").param("huisnummer", "12a").param("postcode", "0351 AB")
			.param("woonplaats", "Utrecht").param("bagIdentificatie", "0344010000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul een geheel getal in.")))
			.andExpect(content().string(containsString("Een postcode bestaat uit 4 cijfers")))
			.andExpect(content().string(containsString("Een BAG-verblijfsobject-id heeft 16 cijfers")));
		assertThat(count("dwelling")).isEqualTo(before);
		mvc.perform(post("/projects/" + lombok + "/dwellings/new").with(as(PROJECT_LEAD)).with(csrf())
			.param("straatnaam", "Kanaalstraat").param("huisnummer", "12").param("huisletter", "a").param("postcode", "3531 ab")
			.param("woonplaats", "Utrecht").param("bagIdentificatie", "0344010000999012").param("energielabelVoor", "G"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("dwelling")).isEqualTo(before + 1);
	}

	@Test
	void statusButtonMovesOneStepAndAWrongStepShowsWhy() throws Exception {
		UUID id = projects.create(user(PROJECT_LEAD), new ProjectInput("Statusproject", "Utrecht", null, ProjectType.REB, null, null));
		mvc.perform(post("/projects/" + id + "/status").with(as(PROJECT_LEAD)).with(csrf()).param("status", "COMPLETED"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Een project gaat alleen vooruit")));
		mvc.perform(post("/projects/" + id + "/status").with(as(PROJECT_LEAD)).with(csrf()).param("status", "EXECUTION"))
			.andExpect(status().is3xxRedirection());
		assertThat(projects.get(user(PROJECT_LEAD), id).status()).isEqualTo(ProjectStatus.EXECUTION);
		mvc.perform(post("/projects/" + id + "/status").with(as(PROJECT_LEAD)).with(csrf()).param("status", "NONSENSE"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void partnerFormRefusesNegativeValueAndAcceptsAGoodOne() throws Exception {
		UUID id = projects.create(user(PROJECT_LEAD), new ProjectInput("Partnerformulier", "Utrecht", null, ProjectType.REB, null, null));
		UUID advisor = organisations.findByName("Adviesbureau Wooncomfort").orElseThrow().id();
		mvc.perform(post("/projects/" + id + "/partners/new").with(as(PROJECT_LEAD)).with(csrf())
			.param("organisationId", advisor.toString()).param("role", "ADVISOR").param("contractValueEur", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("De contractwaarde kan niet negatief zijn.")));
		mvc.perform(post("/projects/" + id + "/partners/new").with(as(PROJECT_LEAD)).with(csrf())
			.param("organisationId", advisor.toString()).param("role", "ADVISOR").param("contractValueEur", "veel"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul een bedrag in")));
		assertThat(partners.list(user(PROJECT_LEAD), id)).isEmpty();
		mvc.perform(post("/projects/" + id + "/partners/new").with(as(PROJECT_LEAD)).with(csrf())
			.param("organisationId", advisor.toString()).param("role", "ADVISOR").param("contractValueEur", "85000.00"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/projects/" + id).with(as(PROJECT_LEAD))).andExpect(content().string(containsString("€ 85.000,00")));
	}

	@Test
	void residentFormLinksAHouseholdAndRejectsABadPhone() throws Exception {
		UUID lombok = lombok().id();
		UUID dwelling = dwellings.add(user(PROJECT_LEAD), lombok,
				new DwellingInput(null, "0344010000888002", "Damstraat", 79, null, null, null, "Utrecht", null, null, null, null));
		String path = "/projects/" + lombok + "/dwellings/" + dwelling + "/resident";
		mvc.perform(post(path).with(as(PROJECT_LEAD)).with(csrf()).param("name", "Familie Form").param("phone", "bel me"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul een telefoonnummer in")));
		mvc.perform(post(path).with(as(PROJECT_LEAD)).with(csrf()).param("name", "Familie Form").param("phone", "+31 6 1234 5678")
			.param("preferredLanguage", "pl")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/projects/" + lombok + "/dwellings/" + dwelling).with(as(COORDINATOR)))
			.andExpect(content().string(containsString("Familie Form")))
			.andExpect(content().string(containsString("Pools")));
	}

	@Test
	void dwellingListIsPagedAndServesAnHtmxFragment() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/projects/" + lombok).param("page", "1").header("HX-Request", "true").with(as(PROJECT_LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dwellings\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Pagina 2 van")));
	}

	@Test
	void projectPageListsTheFirstDwellingsInAddressOrderWithTheirTotal() throws Exception {
		UUID lombok = lombok().id();
		long total = jdbc.sql("select count(*) from dwelling where project_id = :p").param("p", lombok).query(Long.class).single();
		List<String> addresses = jdbc.sql("""
				select straatnaam || ' ' || huisnummer || coalesce(huisletter, '') || coalesce('-' || huisnummer_toevoeging, '')
				from dwelling where project_id = :p order by straatnaam, huisnummer, huisletter nulls first, huisnummer_toevoeging nulls first""")
			.param("p", lombok)
			.query(String.class)
			.list();
		assertThat(total).isGreaterThan(25);
		long pages = (total + 24) / 25;

		String html = mvc.perform(get("/projects/" + lombok).with(as(PROJECT_LEAD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String table = html.substring(html.indexOf("id=\"dwellings\""));
		assertThat(table).contains("Pagina 1 van " + pages + " (" + total + " in totaal)");
		assertThat(table).contains(">" + addresses.get(0) + "<", ">" + addresses.get(24) + "<").doesNotContain(">" + addresses.get(25) + "<");
		assertThat(table.indexOf(">" + addresses.get(0) + "<")).isLessThan(table.indexOf(">" + addresses.get(1) + "<"));

		// Past the last page there are no rows, but the total is still right.
		mvc.perform(get("/projects/" + lombok).param("page", "9").with(as(PROJECT_LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pagina 10 van " + pages + " (" + total + " in totaal)")));
	}

	@Test
	void residentSeesOnlyTheirOwnDwellingOnTheProjectPage() throws Exception {
		UUID lombok = lombok().id();
		UUID own = jdbc.sql("select dwelling_id from resident_account where user_id = :u").param("u", user(RESIDENT).id()).query(UUID.class).single();
		String html = mvc.perform(get("/projects/" + lombok).with(as(RESIDENT)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String link = "/projects/" + lombok + "/dwellings/";
		assertThat(html.split(java.util.regex.Pattern.quote(link), -1)).hasSize(2);
		assertThat(html).contains(link + own).doesNotContain("in totaal");
	}

	@Test
	void unknownProjectIsAFriendly404() throws Exception {
		mvc.perform(get("/projects/" + UUID.randomUUID()).with(as(PROJECT_LEAD)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("bestaat niet")));
		mvc.perform(get("/projects/geen-uuid").with(as(PROJECT_LEAD))).andExpect(status().isNotFound());
	}
}
