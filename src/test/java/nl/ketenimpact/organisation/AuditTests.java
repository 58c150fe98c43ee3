package nl.ketenimpact.organisation;

import nl.ketenimpact.IntegrationTestSupport;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit log: all of it for the admin, their own organisation's for a coordinator, nothing for others; filtered and paged. */
class AuditTests extends IntegrationTestSupport {

	@Test
	void aCoordinatorSeesTheSignInsOfTheirOwnCorporationOnly() throws Exception {
		mvc.perform(formLogin().user(PROJECT_LEAD).password("demo"));
		mvc.perform(formLogin().user(OTHER_PROJECT_LEAD).password("demo"));
		String own = user(COORDINATOR).organisationId().toString();
		mvc.perform(get("/api/v1/audit").param("kind", "SIGN_IN").header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].organisationId", everyItem(is(own))))
			.andExpect(jsonPath("$.items[*].action", everyItem(startsWith("SIGN_IN"))))
			.andExpect(jsonPath("$.items[*].actorName").value(org.hamcrest.Matchers.hasItem("Peter Jansen")))
			.andExpect(content().string(not(containsString("Bram Claassen"))));
		mvc.perform(get("/api/v1/audit").param("organisationId", user(OTHER_PROJECT_LEAD).organisationId().toString())
				.header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/audit").param("kind", "SIGN_IN").with(as(COORDINATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingelogd met wachtwoord")))
			.andExpect(content().string(not(containsString("Bram Claassen"))));
	}

	@Test
	void theAdminSeesEveryOrganisationAndOthersSeeNothing() throws Exception {
		mvc.perform(formLogin().user(OTHER_PROJECT_LEAD).password("demo"));
		mvc.perform(get("/api/v1/audit").param("organisationId", user(OTHER_PROJECT_LEAD).organisationId().toString())
				.param("kind", "SIGN_IN").header("Authorization", bearer(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].actorName").value(org.hamcrest.Matchers.hasItem("Bram Claassen")));
		for (String nobody : new String[] { PROJECT_LEAD, PARTNER_LEAD, RESIDENT, CASE_WORKER }) {
			mvc.perform(get("/api/v1/audit").header("Authorization", bearer(nobody))).andExpect(status().isForbidden());
			mvc.perform(get("/audit").with(as(nobody))).andExpect(status().isForbidden());
		}
	}

	@Test
	void badFiltersGetAFieldMessage() throws Exception {
		mvc.perform(get("/api/v1/audit").param("kind", "DROP TABLE").header("Authorization", bearer(ADMIN)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(get("/api/v1/audit").param("from", "2026-12-31").param("to", "2026-01-01").header("Authorization", bearer(ADMIN)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/audit").param("from", "gisteren").header("Authorization", bearer(ADMIN))).andExpect(status().isBadRequest());
	}
}
