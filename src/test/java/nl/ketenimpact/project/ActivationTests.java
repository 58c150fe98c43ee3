package nl.ketenimpact.project;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenimpact.IntegrationTestSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tenants' activation codes: made per dwelling, printed as letters, used at /activeren to become the RESIDENT of that
 * dwelling (at most two accounts per household), revoked; wrong codes limited per client address.
 */
class ActivationTests extends IntegrationTestSupport {

	/** A project of its own with two dwellings, so counts do not depend on other tests. */
	private UUID projectWithTwoDwellings(String name) throws Exception {
		String created = mvc.perform(post("/api/v1/projects").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"municipality\":\"Utrecht\",\"projectType\":\"REB\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID project = UUID.fromString(com.jayway.jsonpath.JsonPath.read(created, "$.id"));
		for (int number : new int[] { 3, 5 }) {
			mvc.perform(post("/api/v1/projects/{id}/dwellings", project).header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
					.content("{\"bagIdentificatie\":\"034401" + String.format("%08d", Math.abs(name.hashCode() % 100_000_000)) + "0" + number + "\",\"straatnaam\":\"Codestraat\",\"huisnummer\":"
							+ number + ",\"postcode\":\"3511AB\",\"woonplaats\":\"Utrecht\"}"))
				.andExpect(status().isCreated());
		}
		return project;
	}

	private List<String> codesFromLetters(UUID project) throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/projects/{id}/activation-letters", project).header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("one letter per dwelling with a code").isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Codestraat 3").contains("Codestraat 5").contains("http://localhost:8080/activeren");
			Matcher codes = Pattern.compile("([2-9A-HJKMNP-Z]{5})-([2-9A-HJKMNP-Z]{5})").matcher(text);
			List<String> found = new java.util.ArrayList<>();
			while (codes.find()) {
				found.add(codes.group(1) + "-" + codes.group(2));
			}
			return found;
		}
	}

	private org.springframework.test.web.servlet.ResultActions activate(String code, String email, String address) throws Exception {
		return mvc.perform(post("/api/v1/activate").contentType(MediaType.APPLICATION_JSON).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).content("{\"code\":\"" + code + "\",\"email\":\"" + email + "\",\"name\":\"Huurder Test\",\"password\":\"mijn huis aan de gracht\"}"));
	}

	@Test
	void theProjectLeadPrintsLettersAndTwoTenantsOfAHouseholdActivateWithTheirCodes() throws Exception {
		UUID project = projectWithTwoDwellings("Codes Zuilen");
		mvc.perform(post("/api/v1/projects/{id}/activation-codes", project).header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.total").value(2));
		mvc.perform(post("/api/v1/projects/{id}/activation-codes", project).header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.total").value(2));
		List<String> codes = codesFromLetters(project);
		assertThat(codes).hasSize(2).allMatch(code -> code.length() == 11);
		assertThat(jdbc.sql("select count(*) from activation_code where code = :c or code_hash = :c").param("c", codes.get(0).replace("-", ""))
			.query(Long.class).single()).as("no code is stored as it is").isZero();

		// Typed as people type: lower case, a space instead of the dash.
		activate(codes.get(0).toLowerCase().replace("-", " "), "bewoner.een@codes.test", "192.0.2.40").andExpect(status().isCreated());
		mvc.perform(formLogin().user("bewoner.een@codes.test").password("mijn huis aan de gracht")).andExpect(redirectedUrl("/"));
		var resident = user("bewoner.een@codes.test");
		assertThat(resident.roles()).containsExactly(nl.ketenimpact.organisation.Role.RESIDENT);
		assertThat(residents.projectOf(resident)).contains(project);
		// The code is used up; the household made for it stays with the dwelling.
		activate(codes.get(0), "iemand.anders@codes.test", "192.0.2.40").andExpect(status().isGone())
			.andExpect(jsonPath("$.detail").value(containsString("al gebruikt")));

		// A second code for the same dwelling: the second account of the household; then the household is full.
		mvc.perform(post("/api/v1/projects/{id}/activation-codes", project).header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(jsonPath("$.created").value(1));
		UUID dwelling = residents.dwellingOf(resident).orElseThrow();
		String second = codesFromLetters(project).stream().filter(c -> !codes.contains(c)).findFirst().orElseThrow();
		activate(second, "bewoner.twee@codes.test", "192.0.2.40").andExpect(status().isCreated());
		assertThat(residents.dwellingOf(user("bewoner.twee@codes.test"))).contains(dwelling);
		mvc.perform(post("/api/v1/projects/{id}/activation-codes", project).header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(jsonPath("$.created").value(0)); // a full household gets no new code

		// The project lead ends one account: it cannot sign in and is no longer the household's.
		var twee = user("bewoner.twee@codes.test");
		mvc.perform(post("/projects/{p}/dwellings/{d}/accounts/{a}/revoke", project, dwelling, twee.id()).with(as(OTHER_PROJECT_LEAD)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/projects/{p}/dwellings/{d}/accounts/{a}/revoke", project, dwelling, twee.id()).with(as(PROJECT_LEAD)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + project + "/dwellings/" + dwelling));
		assertThat(users.activeByUsername("bewoner.twee@codes.test")).isEmpty();
		mvc.perform(get("/projects/{p}/dwellings/{d}", project, dwelling).with(as(PROJECT_LEAD))).andExpect(status().isOk())
			.andExpect(content().string(containsString("1 van de 2 accounts")));
	}

	@Test
	void aWrongCodeIsAFieldMessageAndTenWrongCodesFromOneAddressWaitWhileOthersGoOn() throws Exception {
		UUID project = projectWithTwoDwellings("Codes Overvecht");
		mvc.perform(post("/api/v1/projects/{id}/activation-codes", project).header("Authorization", bearer(PROJECT_LEAD))).andExpect(status().isCreated());
		List<String> codes = codesFromLetters(project);
		long users = count("app_user");
		for (int i = 0; i < 10; i++) {
			activate("ABCDE-FGHJ" + (i % 8 + 2), "gokker@codes.test", "203.0.113.9").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("code"));
		}
		activate(codes.get(0), "gokker@codes.test", "203.0.113.9").andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(count("app_user")).as("nothing saved by a refused request").isEqualTo(users);
		// A weak password with a good code from another address: the field message, and the code still works afterwards.
		mvc.perform(post("/api/v1/activate").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + codes.get(0) + "\",\"email\":\"zwak@codes.test\",\"name\":\"Z\",\"password\":\"kort\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
		assertThat(count("app_user")).isEqualTo(users);
		mvc.perform(post("/activeren").with(csrf()).param("code", codes.get(0)).param("email", "pagina@codes.test").param("name", "Pien Pagina")
				.param("password", "een lange zin voor pien"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/activeren").with(csrf()).param("code", "XXXXX-XXXXX").param("email", "p@codes.test").param("name", "P")
				.param("password", "een lange zin voor pien"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("Deze code klopt niet")));
	}

	@Test
	void aRevokedCodeStopsWorkingAndOnlyTheProjectsOwnLeadMakesCodesOrLetters() throws Exception {
		UUID project = projectWithTwoDwellings("Codes Hoograven");
		for (String outsider : new String[] { OTHER_PROJECT_LEAD, RESIDENT, PARTNER_LEAD, COORDINATOR }) {
			mvc.perform(post("/api/v1/projects/{id}/activation-codes", project).header("Authorization", bearer(outsider)))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(outsider).isIn(403, 404));
			mvc.perform(get("/api/v1/projects/{id}/activation-letters", project).header("Authorization", bearer(outsider)))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(outsider).isIn(403, 404));
			mvc.perform(get("/projects/{id}/activation-letters", project).with(as(outsider)))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(outsider).isIn(403, 404));
		}
		assertThat(jdbc.sql("select count(*) from activation_code where project_id = :p").param("p", project).query(Long.class).single()).isZero();
		mvc.perform(post("/projects/{id}/activation-codes", project).with(as(PROJECT_LEAD)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + project + "#activation"));
		String code = codesFromLetters(project).get(0);
		List<UUID> dwellings = jdbc.sql("select dwelling_id from activation_code where project_id = :p").param("p", project).query(UUID.class).list();
		for (UUID d : dwellings) {
			mvc.perform(post("/projects/{p}/dwellings/{d}/activation-code/revoke", project, d).with(as(PROJECT_LEAD)).with(csrf()))
				.andExpect(redirectedUrl("/projects/" + project + "/dwellings/" + d));
		}
		activate(code, "te.laat@codes.test", "192.0.2.41").andExpect(status().isGone())
			.andExpect(jsonPath("$.detail").value(containsString("ingetrokken")));
		mvc.perform(get("/api/v1/projects/{id}/activation-letters", project).header("Authorization", bearer(PROJECT_LEAD))).andExpect(status().isBadRequest());
	}
}
