package nl.ketenimpact.project;

import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Nobody sees or changes anything of a corporation they do not work with, by page or by API. */
class ProjectScopingTests extends IntegrationTestSupport {

	@Test
	void partnerOfOtherCorporationDoesNotSeeOurProjectsInListsByApiOrPage() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/api/v1/projects").header("Authorization", bearer(OTHER_PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("Verduurzaming Woensel-Noord")))
			.andExpect(jsonPath("$.items[*].name", not(hasItem("Verduurzaming Lombok-West"))));
		mvc.perform(get("/projects").with(as(OTHER_PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString(lombok.toString()))));
	}

	@Test
	void partnerOfOtherCorporationGetsNotFoundForEveryPartOfOurProject() throws Exception {
		UUID lombok = lombok().id();
		UUID dwelling = dwellings.list(user(PROJECT_LEAD), lombok, 0, 1).items().get(0).id();
		String token = bearer(OTHER_PARTNER_LEAD);
		for (String path : new String[] { "", "/partners", "/dwellings", "/dwellings/" + dwelling, "/dwellings/" + dwelling + "/resident" }) {
			mvc.perform(get("/api/v1/projects/" + lombok + path).header("Authorization", token))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/projects/" + lombok + (path.endsWith("/resident") || path.equals("/partners") || path.equals("/dwellings") ? "" : path))
				.with(as(OTHER_PARTNER_LEAD))).andExpect(status().isNotFound());
		}
	}

	@Test
	void projectLeadOfOtherCorporationCannotChangeOurProject() throws Exception {
		UUID lombok = lombok().id();
		long dwellings = count("dwelling");
		long partners = count("project_partner");
		String token = bearer(OTHER_PROJECT_LEAD);
		mvc.perform(patch("/api/v1/projects/" + lombok).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Overgenomen\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/projects/" + lombok + "/dwellings").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content(validDwellingJson("0344019999999901", "X-1"))).andExpect(status().isNotFound());
		UUID contractor = organisations.findByName("Bouwcombinatie Kempen").orElseThrow().id();
		mvc.perform(post("/api/v1/projects/" + lombok + "/partners").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\":\"" + contractor + "\",\"role\":\"SUBCONTRACTOR\",\"contractValueEur\":1}")).andExpect(status().isNotFound());
		mvc.perform(post("/projects/" + lombok + "/dwellings/new").with(as(OTHER_PROJECT_LEAD)).with(csrf())
			.param("straatnaam", "Kanaalstraat").param("huisnummer", "99").param("woonplaats", "Utrecht")
			.param("bagIdentificatie", "0344019999999902")).andExpect(status().isNotFound());
		mvc.perform(post("/projects/" + lombok + "/status").with(as(OTHER_PROJECT_LEAD)).with(csrf()).param("status", "COMPLETED"))
			.andExpect(status().isNotFound());
		assertThat(count("dwelling")).isEqualTo(dwellings);
		assertThat(count("project_partner")).isEqualTo(partners);
		assertThat(lombok().name()).isEqualTo("Verduurzaming Lombok-West");
		assertThat(lombok().status()).isEqualTo(ProjectStatus.EXECUTION);
	}

	@Test
	void chainPartnerSeesItsProjectButCannotChangeIt() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/api/v1/projects/" + lombok).header("Authorization", bearer(PARTNER_LEAD))).andExpect(status().isOk());
		mvc.perform(get("/projects/" + lombok).with(as(FIELD_WORKER))).andExpect(status().isOk());
		mvc.perform(patch("/api/v1/projects/" + lombok).header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Van de aannemer\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/projects/" + lombok + "/dwellings/new").with(as(PARTNER_LEAD))).andExpect(status().isForbidden());
		assertThat(lombok().name()).isEqualTo("Verduurzaming Lombok-West");
	}

	@Test
	void chainPartnerSeesOnlyItsOwnContractValue() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/api/v1/projects/" + lombok + "/partners").header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(jsonPath("$[?(@.organisationName == 'Bouwbedrijf Van Dam')].contractValueEur", hasItem(4800000.0)))
			.andExpect(jsonPath("$[?(@.organisationName == 'Installatietechniek Vecht')].contractValueEur").isEmpty());
		mvc.perform(get("/api/v1/projects/" + lombok + "/partners").header("Authorization", bearer(COORDINATOR)))
			.andExpect(jsonPath("$[?(@.organisationName == 'Installatietechniek Vecht')].contractValueEur", hasItem(900000.0)));
	}

	@Test
	void chainPartnerSeesAddressesButNoHouseholds() throws Exception {
		UUID lombok = lombok().id();
		UUID dwelling = dwellings.list(user(PROJECT_LEAD), lombok, 0, 1).items().get(0).id();
		mvc.perform(get("/api/v1/projects/" + lombok + "/dwellings").header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is((int) jdbc.sql("select count(*) from dwelling where project_id = :p").param("p", lombok)
				.query(Long.class).single().longValue())));
		mvc.perform(get("/api/v1/projects/" + lombok + "/dwellings/" + dwelling + "/resident").header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/projects/" + lombok + "/dwellings/" + dwelling).with(as(PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("Familie"))));
	}

	@Test
	void residentSeesOnlyTheirOwnProjectAndDwelling() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/api/v1/projects").header("Authorization", bearer(RESIDENT)))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].name", is("Verduurzaming Lombok-West")));
		mvc.perform(get("/api/v1/projects/" + lombok + "/dwellings").header("Authorization", bearer(RESIDENT)))
			.andExpect(jsonPath("$.total", is(1)));
		UUID neighbour = dwellings.list(user(PROJECT_LEAD), lombok, 0, 80).items().stream()
			.filter(d -> !d.id().equals(ownDwelling(RESIDENT)))
			.findFirst().orElseThrow().id();
		mvc.perform(get("/api/v1/projects/" + lombok + "/dwellings/" + neighbour).header("Authorization", bearer(RESIDENT)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/projects/" + lombok + "/dwellings/" + neighbour).with(as(RESIDENT))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/" + lombok + "/dwellings/" + ownDwelling(RESIDENT) + "/resident").header("Authorization", bearer(RESIDENT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void residentOfAnotherDwellingElsewhereIsRefused() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(get("/api/v1/projects/" + lombok).header("Authorization", bearer(OTHER_RESIDENT))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/" + lombok + "/dwellings/" + ownDwelling(RESIDENT)).header("Authorization", bearer(OTHER_RESIDENT)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/projects/" + lombok).with(as(OTHER_RESIDENT))).andExpect(status().isNotFound());
		mvc.perform(get("/portal").with(as(OTHER_RESIDENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Woensel-Noord")))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("Lombok"))));
	}

	@Test
	void residentsCannotListOrganisations() throws Exception {
		mvc.perform(get("/api/v1/organisations").header("Authorization", bearer(RESIDENT))).andExpect(status().isForbidden());
	}

	@Test
	void adminDoesNotSeeCorporationProjectsOrHouseholds() throws Exception {
		mvc.perform(get("/api/v1/projects").header("Authorization", bearer(ADMIN))).andExpect(jsonPath("$.total", is(0)));
	}

	private UUID ownDwelling(String resident) {
		return jdbc.sql("select dwelling_id from resident_account where user_id = :u").param("u", user(resident).id()).query(UUID.class).single();
	}

	static String validDwellingJson(String bagId, String code) {
		return """
				{"code":"%s","bagIdentificatie":"%s","straatnaam":"Kanaalstraat","huisnummer":101,"postcode":"3531 ab","woonplaats":"Utrecht"}"""
			.formatted(code, bagId);
	}
}
