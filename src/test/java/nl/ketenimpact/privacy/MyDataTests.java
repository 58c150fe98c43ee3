package nl.ketenimpact.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mijn gegevens": a tenant with data in the modules sees and downloads all of it (JSON and PDF, page and API), and
 * never another person's.
 */
class MyDataTests extends IntegrationTestSupport {

	@Test
	void aTenantDownloadsWhatEveryModuleHoldsOnThemAndNothingOfAnyoneElse() throws Exception {
		UUID project = lombok().id();
		UUID home = residents.dwellingOf(user(RESIDENT)).orElseThrow();
		// Data in several modules: a sign-in, a payment, a vote, a household opened by staff, a consent.
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + RESIDENT + "\",\"password\":\"demo\"}"))
			.andExpect(status().isOk());
		jdbc.sql("""
				insert into compensation (id, project_id, resident_user_id, payer_id, paid_on, amount, hours, kind, age_21_plus, created_by)
				values (:id, :p, :u, :o, :d, 12.34, 2, 'VOLUNTEER_ALLOWANCE', true, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("u", user(RESIDENT).id()).param("o", lombok().corporationId())
			.param("d", today()).param("by", user(PROJECT_LEAD).id()).update();
		UUID proposal = jdbc.sql("select id from proposal where project_id = :p and status = 'OPEN' order by created_at limit 1").param("p", project)
			.query(UUID.class).single();
		mvc.perform(put("/api/v1/proposals/" + proposal + "/vote").header("Authorization", bearer(RESIDENT)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"choice\":\"DISAGREE\"}")).andExpect(status().isOk());
		mvc.perform(get("/projects/" + project + "/dwellings/" + home).with(as(PROJECT_LEAD))).andExpect(status().isOk());

		String json = mvc.perform(get("/api/v1/me/data").header("Authorization", bearer(RESIDENT))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Map<String, Object> parts = JsonPath.read(json, "$.parts");
		assertThat(parts).containsKeys("ACCOUNT", "API_TOKENS", "SIGN_INS", "HOUSEHOLD", "CONSENTS", "HOUSEHOLD_READS", "APPLICATIONS", "PLACEMENTS",
				"SELF_WORK", "PAYMENTS", "VOTES", "NOTIFICATION_PREFERENCES", "NOTIFICATIONS", "INVITATIONS", "SECOND_FACTOR");
		assertThat(JsonPath.<List<String>>read(json, "$.parts.ACCOUNT[*].username")).containsExactly(RESIDENT);
		assertThat(JsonPath.<List<String>>read(json, "$.parts.HOUSEHOLD[*].name")).containsExactly("Familie Yilmaz");
		assertThat(JsonPath.<List<String>>read(json, "$.parts.SIGN_INS[*].action")).contains("SIGN_IN_PASSWORD");
		assertThat(JsonPath.<List<Number>>read(json, "$.parts.PAYMENTS[*].amountEur")).extracting(Number::doubleValue).contains(12.34);
		assertThat(JsonPath.<List<String>>read(json, "$.parts.VOTES[*].choice")).contains("DISAGREE");
		assertThat(JsonPath.<List<String>>read(json, "$.parts.HOUSEHOLD_READS[*].reader")).contains(user(PROJECT_LEAD).name());
		// Nothing of another household or another corporation's tenant, and no secrets of the account.
		assertThat(json).doesNotContain("Familie Peeters").doesNotContain(OTHER_RESIDENT).doesNotContain("password_hash").doesNotContain("$2a$");
		String other = mvc.perform(get("/api/v1/me/data").header("Authorization", bearer(OTHER_RESIDENT))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(other).doesNotContain("Familie Yilmaz").doesNotContain(RESIDENT).doesNotContain("12.34");

		// The page, and the downloads from it.
		mvc.perform(get("/mijn-gegevens").with(as(RESIDENT))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Huishouden en woning"))).andExpect(content().string(containsString("Familie Yilmaz")))
			.andExpect(content().string(containsString("Stemmen over renovatievoorstellen")));
		mvc.perform(get("/mijn-gegevens").with(as(RESIDENT)).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Household and dwelling")));
		byte[] pdf = mvc.perform(get("/mijn-gegevens.pdf").with(as(RESIDENT))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(new com.lowagie.text.pdf.PdfReader(pdf).getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEmpty();
		mvc.perform(get("/api/v1/me/data").header("Authorization", bearer(RESIDENT)).accept(MediaType.APPLICATION_PDF)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/mijn-gegevens.json").with(as(RESIDENT))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("mijn-gegevens.json")));
		// Staff have their part too: the account and its roles, no household.
		String staff = mvc.perform(get("/api/v1/me/data").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(staff, "$.parts.ACCOUNT[*].roles")).containsExactly("COORDINATOR");
		assertThat(JsonPath.<Map<String, Object>>read(staff, "$.parts")).doesNotContainKey("HOUSEHOLD");
		mvc.perform(get("/api/v1/me/data")).andExpect(status().isUnauthorized());
	}

	@Test
	void aRequestWithoutWhatToCorrectIsTheFormAgainWithItsMessageAndNothingIsFiled() throws Exception {
		long before = jdbc.sql("select count(*) from privacy_request where user_id = :u").param("u", user(OTHER_RESIDENT).id()).query(Long.class).single();
		mvc.perform(post("/mijn-gegevens/verzoek").with(as(OTHER_RESIDENT)).with(csrf()).param("kind", "CORRECTION").param("details", " "))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("Schrijf wat er niet klopt.")))
			.andExpect(content().string(containsString("Huishouden en woning")));
		mvc.perform(post("/mijn-gegevens/verzoek").with(as(OTHER_RESIDENT)).with(csrf())).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from privacy_request where user_id = :u").param("u", user(OTHER_RESIDENT).id()).query(Long.class).single())
			.isEqualTo(before);
		mvc.perform(post("/mijn-gegevens/verzoek").with(as(OTHER_RESIDENT)).with(csrf()).param("kind", "CORRECTION")
			.param("details", "Mijn telefoonnummer is veranderd.")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/mijn-gegevens").with(as(OTHER_RESIDENT))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Gegevens laten corrigeren"))).andExpect(content().string(containsString("In behandeling")));
		// The coordinator of the other corporation answers it; the first corporation's does not see it.
		mvc.perform(get("/privacy/requests").with(as("coordinator@zuid.demo.nl"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Mijn telefoonnummer is veranderd.")));
		mvc.perform(get("/privacy/requests").with(as(COORDINATOR))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Mijn telefoonnummer is veranderd."))));
		mvc.perform(get("/privacy/requests").with(as(PROJECT_LEAD))).andExpect(status().isForbidden());
	}
}
