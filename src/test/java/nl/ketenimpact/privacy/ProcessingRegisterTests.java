package nl.ketenimpact.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import nl.ketenimpact.IntegrationTestSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The processing register cannot drift from the schema: every column of every table the migrations make is in it,
 * once, as personal data of a processing or as not personal; a migration that adds a column nobody registered fails
 * here (shown with a throwaway migration in a schema of this test's own).
 */
class ProcessingRegisterTests extends IntegrationTestSupport {

	@Autowired
	DataSource dataSource;

	private Map<String, List<String>> columnsOf(String schema) {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		jdbc.sql("select table_name, column_name from information_schema.columns where table_schema = :s order by table_name, ordinal_position")
			.param("s", schema)
			.query((rs, n) -> columns.computeIfAbsent(rs.getString(1), t -> new java.util.ArrayList<>()).add(rs.getString(2)))
			.list();
		return columns;
	}

	@Test
	void everyColumnOfTheSchemaIsInTheRegisterOnce() {
		Map<String, List<String>> schema = columnsOf(jdbc.sql("select current_schema()").query(String.class).single());
		assertThat(schema).containsKeys("resident", "proposal_vote", "signal", "compensation");
		assertThat(ProcessingRegister.unlisted(schema)).as("columns that are neither personal data of a processing nor marked not personal").isEmpty();
		assertThat(ProcessingRegister.stale(schema)).as("columns the register names that the schema does not have").isEmpty();
		assertThat(ProcessingRegister.doubles()).isEmpty();
		// What the law cares most about is where it belongs.
		assertThat(ProcessingRegister.processings()).filteredOn(p -> p.key().equals("SIGNALS")).singleElement()
			.satisfies(p -> assertThat(p.columns().get("signal")).contains("observation", "dwelling_id"));
		assertThat(ProcessingRegister.processings()).filteredOn(p -> p.key().equals("VOTES")).singleElement()
			.satisfies(p -> assertThat(p.columns().get("proposal_vote")).contains("choice"));
	}

	@Test
	void aMigrationThatAddsAnUnregisteredColumnFailsTheCheck() {
		String schema = "register_check";
		try {
			Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
				.locations("classpath:db/migration", "classpath:db/throwaway").cleanDisabled(true).load().migrate();
			Map<String, List<String>> columns = columnsOf(schema);
			assertThat(columns.get("resident")).contains("shoe_size");
			assertThat(ProcessingRegister.unlisted(columns)).containsExactly("resident.shoe_size");
		}
		finally {
			jdbc.sql("drop schema if exists " + schema + " cascade").update();
		}
	}

	@Test
	void theCoordinatorReadsTheRegisterOnThePageAsPdfAndByTheApiOthersAreRefused() throws Exception {
		mvc.perform(get("/privacy/register").with(as(COORDINATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Zorgsignalen"))).andExpect(content().string(containsString("observation")))
			.andExpect(content().string(containsString("Gerechtvaardigd belang")));
		mvc.perform(get("/privacy/register").with(as(COORDINATOR)).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Processing register")));
		mvc.perform(get("/privacy/register.pdf").with(as(ADMIN))).andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/api/v1/privacy/register").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'PAYMENTS')].lawfulBasis").value(org.hamcrest.Matchers.contains("LEGAL_OBLIGATION")))
			.andExpect(jsonPath("$[?(@.key == 'PAYMENTS')].columns.compensation[*]").value(org.hamcrest.Matchers.hasItem("resident_user_id")));
		for (String other : List.of(PROJECT_LEAD, PARTNER_LEAD, RESIDENT, CASE_WORKER)) {
			mvc.perform(get("/api/v1/privacy/register").header("Authorization", bearer(other))).andExpect(status().isForbidden());
			mvc.perform(get("/privacy/register").with(as(other))).andExpect(status().isForbidden());
		}
	}
}
