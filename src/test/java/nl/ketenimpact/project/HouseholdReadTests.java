package nl.ketenimpact.project;

import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads of household data are logged like signal reads: the tenant sees who opened their household, the
 * corporation's coordinator sees the corporation's log; nobody else, and never another corporation's.
 */
class HouseholdReadTests extends IntegrationTestSupport {

	private static final String OTHER_COORDINATOR = "coordinator@zuid.demo.nl";

	@Test
	void openingAHouseholdIsLoggedForTheTenantAndTheCoordinator() throws Exception {
		UUID project = lombok().id();
		UUID home = residents.dwellingOf(user(RESIDENT)).orElseThrow();
		String lead = user(PROJECT_LEAD).name();
		long before = jdbc.sql("select count(*) from household_read where dwelling_id = :d").param("d", home).query(Long.class).single();
		mvc.perform(get("/projects/" + project + "/dwellings/" + home).with(as(PROJECT_LEAD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/projects/" + project + "/dwellings/" + home + "/resident").header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isOk());
		// A partner may see the dwelling, not the household: nothing is opened, nothing logged.
		mvc.perform(get("/projects/" + project + "/dwellings/" + home).with(as(PARTNER_LEAD))).andExpect(status().isOk());
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from household_read where dwelling_id = :d").param("d", home)
			.query(Long.class).single()).isEqualTo(before + 2);

		mvc.perform(get("/portal").with(as(RESIDENT))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Wie uw gegevens bekeek"))).andExpect(content().string(containsString(lead)));
		mvc.perform(get("/household-reads").with(as(COORDINATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString(lead))).andExpect(content().string(containsString("Verduurzaming Lombok-West")));
		mvc.perform(get("/api/v1/household-reads").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].reader").exists()).andExpect(jsonPath("$.items[0].project").exists());

		// Another corporation's coordinator sees only their own; other roles are refused.
		mvc.perform(get("/household-reads").with(as(OTHER_COORDINATOR))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Verduurzaming Lombok-West"))));
		mvc.perform(get("/api/v1/household-reads").header("Authorization", bearer(PROJECT_LEAD))).andExpect(status().isForbidden());
		mvc.perform(get("/household-reads").with(as(RESIDENT))).andExpect(status().isForbidden());
	}
}
