package nl.ketenimpact.project;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public API of DESIGN §6 for the foundation: contract names, status codes and problem+json. */
class ProjectApiTests extends IntegrationTestSupport {

	@Test
	void tokenFromPasswordThenMe() throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"coordinator@demo.nl\",\"password\":\"demo\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token", startsWith("ki_")))
			.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username", is("coordinator@demo.nl")))
			.andExpect(jsonPath("$.organisationName", is("Woonstichting De Keten")))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("COORDINATOR")));
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token).query(Long.class).single())
			.as("the plain token is never stored").isZero();
	}

	@Test
	void wrongPasswordOrMissingTokenIs401Problem() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"coordinator@demo.nl\",\"password\":\"fout\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ki_nonsense")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "password")));
	}

	@Test
	void projectLeadCreatesAProjectAndMovesItForwardOnly() throws Exception {
		String token = bearer(PROJECT_LEAD);
		String created = mvc.perform(post("/api/v1/projects").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"API-project Overvecht","municipality":"Utrecht","neighbourhood":"Overvecht","projectType":"REB",
					 "startDate":"2027-01-01","endDate":"2027-12-31"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/projects/")))
			.andExpect(jsonPath("$.status", is("PREPARATION")))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");

		mvc.perform(patch("/api/v1/projects/" + id).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"COMPLETED\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(patch("/api/v1/projects/" + id).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"neighbourhood\":\"Overvecht-Noord\",\"status\":\"EXECUTION\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("EXECUTION")))
			.andExpect(jsonPath("$.neighbourhood", is("Overvecht-Noord")))
			.andExpect(jsonPath("$.name", is("API-project Overvecht")));
		mvc.perform(patch("/api/v1/projects/" + id).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"PREPARATION\"}")).andExpect(status().isConflict());
		mvc.perform(patch("/api/v1/projects/" + id).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"  \",\"endDate\":\"2026-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("name")));
		mvc.perform(patch("/api/v1/projects/" + id).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"endDate\":\"2026-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("endDate")));
		mvc.perform(get("/api/v1/projects/" + id).header("Authorization", token))
			.andExpect(jsonPath("$.name", is("API-project Overvecht")))
			.andExpect(jsonPath("$.endDate", is("2027-12-31")));
	}

	@Test
	void aRefusedStatusStepLeavesTheOtherFieldsOfThePatchUnsaved() throws Exception {
		UUID id = projects.create(user(PROJECT_LEAD), new ProjectInput("Atomair project", "Utrecht", null, ProjectType.REO, null, null));
		mvc.perform(patch("/api/v1/projects/" + id).header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Half opgeslagen\",\"status\":\"COMPLETED\"}")).andExpect(status().isConflict());
		assertThat(projects.get(user(PROJECT_LEAD), id).name()).isEqualTo("Atomair project");
	}

	@Test
	void badProjectInputIs400WithFieldMessagesAndSavesNothing() throws Exception {
		long before = count("project");
		mvc.perform(post("/api/v1/projects").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \",\"municipality\":\"Utrecht\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "projectType")))
			.andExpect(jsonPath("$.errors[0].message", is("Vul dit veld in.")));
		mvc.perform(post("/api/v1/projects").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"X\",\"municipality\":\"Utrecht\",\"projectType\":\"XYZ\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("projectType")));
		mvc.perform(post("/api/v1/projects").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"X\",\"municipality\":\"Utrecht\",\"projectType\":\"REB\",\"startDate\":\"2027-05-01\",\"endDate\":\"2027-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("endDate")));
		mvc.perform(post("/api/v1/projects").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON).content("{nope"))
			.andExpect(status().isBadRequest());
		assertThat(count("project")).isEqualTo(before);
	}

	@Test
	void errorMessagesFollowTheRequestedLanguage() throws Exception {
		mvc.perform(post("/api/v1/projects").header("Authorization", bearer(PROJECT_LEAD)).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"municipality\":\"Utrecht\",\"projectType\":\"REB\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", is("Please fill in this field.")));
	}

	@Test
	void onlyAProjectLeadCreatesProjects() throws Exception {
		for (String username : new String[] { COORDINATOR, PARTNER_LEAD, RESIDENT }) {
			mvc.perform(post("/api/v1/projects").header("Authorization", bearer(username)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Niet van mij\",\"municipality\":\"Utrecht\",\"projectType\":\"REB\"}"))
				.andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from project where name = 'Niet van mij'").query(Long.class).single()).isZero();
	}

	@Test
	void dwellingWithVeraNamesIsReturnedWithNormalisedPostcode() throws Exception {
		UUID lombok = lombok().id();
		mvc.perform(post("/api/v1/projects/" + lombok + "/dwellings").header("Authorization", bearer(PROJECT_LEAD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"L-API-1","bagIdentificatie":"0344010000777001","straatnaam":"Kanaalstraat","huisnummer":200,"huisletter":"b",
					 "huisnummerToevoeging":"2","postcode":"3531 ab","woonplaats":"Utrecht","bouwjaar":1931,"energielabelVoor":"F",
					 "energielabelNa":"A","geplandDatum":"2027-02-01"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.postcode", is("3531AB")))
			.andExpect(jsonPath("$.huisletter", is("B")))
			.andExpect(jsonPath("$.bagIdentificatie", is("0344010000777001")))
			.andExpect(jsonPath("$.geplandDatum", is("2027-02-01")));
	}

	@Test
	void badDwellingIs400PerFieldAndSavesNothing() throws Exception {
		UUID lombok = lombok().id();
		long before = count("dwelling");
		mvc.perform(post("/api/v1/projects/" + lombok + "/dwellings").header("Authorization", bearer(PROJECT_LEAD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bagIdentificatie\":\"0344020000000001\",\"straatnaam\":\"Kanaalstraat\",\"huisnummer\":0,\"postcode\":\"0123 AB\",\"woonplaats\":\"Utrecht\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("bagIdentificatie", "huisnummer", "postcode")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(org.hamcrest.Matchers.containsString("postcode"))));
		mvc.perform(post("/api/v1/projects/" + lombok + "/dwellings").header("Authorization", bearer(PROJECT_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"huisnummer\":\"twaalf\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("huisnummer")));
		String existingBag = dwellings.list(user(PROJECT_LEAD), lombok, 0, 1).items().get(0).bagIdentificatie();
		mvc.perform(post("/api/v1/projects/" + lombok + "/dwellings").header("Authorization", bearer(PROJECT_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content(ProjectScopingTests.validDwellingJson(existingBag, "L-NEW-9")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("bagIdentificatie")));
		assertThat(count("dwelling")).isEqualTo(before);
	}

	@Test
	void partnersAreAddedWithRoleAndContractValue() throws Exception {
		UUID id = projects.create(user(PROJECT_LEAD), new ProjectInput("Partnerproject", "Utrecht", null, ProjectType.REB, null, null));
		UUID supplier = organisations.findByName("Isolatiehandel Midden").orElseThrow().id();
		mvc.perform(post("/api/v1/projects/" + id + "/partners").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\":\"" + supplier + "\",\"role\":\"SUPPLIER\",\"contractValueEur\":125000.50}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organisationName", is("Isolatiehandel Midden")))
			.andExpect(jsonPath("$.contractValueEur", is(125000.50)));
		mvc.perform(post("/api/v1/projects/" + id + "/partners").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\":\"" + supplier + "\",\"role\":\"SUPPLIER\",\"contractValueEur\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("role")));
		mvc.perform(post("/api/v1/projects/" + id + "/partners").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\":\"" + supplier + "\",\"role\":\"ADVISOR\",\"contractValueEur\":-5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("contractValueEur")));
		mvc.perform(post("/api/v1/projects/" + id + "/partners").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisationId\":\"" + UUID.randomUUID() + "\",\"role\":\"ADVISOR\",\"contractValueEur\":5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("organisationId")));
		mvc.perform(get("/api/v1/projects/" + id + "/partners").header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(jsonPath("$.length()", is(1)));
	}

	@Test
	void householdIsLinkedToADwellingWithoutAnyBsnField() throws Exception {
		UUID lombok = lombok().id();
		UUID dwelling = dwellings.add(user(PROJECT_LEAD), lombok,
				new DwellingInput("L-HH-1", "0344010000888001", "Damstraat", 77, null, null, "3531 cd", "Utrecht", null, null, null, null));
		String path = "/api/v1/projects/" + lombok + "/dwellings/" + dwelling + "/resident";
		mvc.perform(put(path).header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Familie Test\",\"email\":\"geen-mail\",\"preferredLanguage\":\"xx\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("email", "preferredLanguage")));
		mvc.perform(put(path).header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Familie Test\",\"phone\":\"030 1234567\",\"preferredLanguage\":\"tr\",\"bsn\":\"123456782\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name", is("Familie Test")))
			.andExpect(jsonPath("$.bsn").doesNotExist());
		mvc.perform(put(path).header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Familie Test\",\"accountUsername\":\"huurder@zuid.demo.nl\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("accountUsername")));
		assertThat(jdbc.sql("select count(*) from information_schema.columns where column_name ilike '%bsn%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void listsArePagedAndBounded() throws Exception {
		mvc.perform(get("/api/v1/projects/" + lombok().id() + "/dwellings?size=100000&page=-3").header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size", is(100)))
			.andExpect(jsonPath("$.page", is(0)));
	}
}
