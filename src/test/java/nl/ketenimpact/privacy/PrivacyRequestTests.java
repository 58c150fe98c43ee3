package nl.ketenimpact.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.OrganisationTestData;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.ProjectTestData;
import nl.ketenimpact.project.ResidentInput;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests to correct or erase: the tenant files one, the corporation's coordinator has it on the worklist with the
 * month's deadline and decides, the tenant is told. An erasure leaves nothing of the tenant in any table but the
 * payments kept for the fiscal duty (under a pseudonym), and the closed vote and the reports count as before.
 */
class PrivacyRequestTests extends IntegrationTestSupport {

	private static final String TENANT = "wis.mij@wissen.test";

	private static final String NAME = "Fam. Wisselink-Uniek";

	private static final String PHONE = "06 98765432";

	@Test
	void aTenantsErasureRemovesThemEverywhereButThePaymentsUnderAPseudonymAndTheCountsStay() throws Exception {
		OrganisationTestData people = OrganisationTestData.in(context);
		UUID corporation = people.organisation("Wissen Wonen", OrganisationType.HOUSING_CORPORATION);
		String lead = "lead@wissen.test", coordinator = "coordinator@wissen.test";
		people.user(lead, corporation, Role.PROJECT_LEAD);
		people.user(coordinator, corporation, Role.COORDINATOR);
		UUID tenant = people.user(TENANT, corporation, Role.RESIDENT);
		ProjectTestData data = ProjectTestData.in(context);
		UUID project = data.runningProject(user(lead), "Wissen Oost", today().minusDays(10), today().plusDays(100));
		UUID home = data.dwelling(user(lead), project, "0344010000997001", "Wisweg", 1);
		residents.save(user(lead), project, home, new ResidentInput(NAME, TENANT, PHONE, "nl", TENANT));
		// Data in the modules: consents, a payment, a vote in a vote that is then closed, a household opened by staff.
		mvc.perform(post("/portal/consents").with(as(TENANT)).with(csrf()).param("contactOpportunities", "true")).andExpect(status().is3xxRedirection());
		jdbc.sql("""
				insert into compensation (id, project_id, resident_user_id, payer_id, paid_on, amount, hours, kind, age_21_plus, created_by)
				values (:id, :p, :u, :o, :d, 25.00, 4, 'VOLUNTEER_ALLOWANCE', true, :by)""")
			.param("id", UUID.randomUUID()).param("p", project).param("u", tenant).param("o", corporation).param("d", today())
			.param("by", user(lead).id()).update();
		String proposal = JsonPath.read(mvc.perform(post("/api/v1/projects/" + project + "/proposals").header("Authorization", bearer(lead))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title":"Wissen isolatie","worksRenovation":"Isolatie","rentChanges":[{"dwellingType":"Woning","currentRentEur":600,"newRentEur":610,
					 "basis":"Verbetering"}],"durationWeeks":2,"inhabited":true,"votingOpensOn":"%s","votingClosesOn":"%s"}""".formatted(today(), today())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/proposals/" + proposal + "/open").header("Authorization", bearer(lead))).andExpect(status().isOk());
		mvc.perform(put("/api/v1/proposals/" + proposal + "/vote").header("Authorization", bearer(TENANT)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"choice\":\"AGREE\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/proposals/" + proposal + "/close").header("Authorization", bearer(lead))).andExpect(status().isOk());
		mvc.perform(get("/projects/" + project + "/dwellings/" + home).with(as(lead))).andExpect(status().isOk());
		String voteBefore = mvc.perform(get("/api/v1/proposals/" + proposal + "/result").header("Authorization", bearer(coordinator)))
			.andReturn().getResponse().getContentAsString();
		String paidBefore = jdbc.sql("select sum(amount)::text from compensation where project_id = :p").param("p", project).query(String.class).single();

		// Bad requests change nothing; one open request of a kind at a time.
		mvc.perform(post("/api/v1/me/requests").header("Authorization", bearer(TENANT)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"CORRECTION\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("details"));
		mvc.perform(post("/api/v1/me/requests").header("Authorization", bearer(TENANT)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"FORGET_ME\"}")).andExpect(status().isBadRequest());
		String filed = mvc.perform(post("/api/v1/me/requests").header("Authorization", bearer(TENANT)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"ERASURE\",\"details\":\"Ik verhuis.\"}")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.dueOn").value(today().plusMonths(1).toString()))
			.andReturn().getResponse().getContentAsString();
		UUID request = UUID.fromString(JsonPath.read(filed, "$.id"));
		mvc.perform(post("/api/v1/me/requests").header("Authorization", bearer(TENANT)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"ERASURE\"}")).andExpect(status().isConflict());
		mvc.perform(get("/mijn-gegevens").with(as(TENANT))).andExpect(status().isOk()).andExpect(content().string(containsString("In behandeling")));

		// On the coordinator's worklist with the deadline; not another corporation's, not the project lead's to decide.
		String worklist = mvc.perform(get("/api/v1/me/worklist").header("Authorization", bearer(coordinator))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(worklist, "$.items[?(@.kind == 'PRIVACY_REQUEST')].dueAt")).singleElement().asString()
			.startsWith(today().plusMonths(1).toString());
		mvc.perform(get("/api/v1/privacy/requests").header("Authorization", bearer(coordinator))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(request.toString())).andExpect(jsonPath("$[0].person").value(TENANT));
		mvc.perform(get("/api/v1/privacy/requests").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + request + "')]").isEmpty());
		mvc.perform(post("/api/v1/privacy/requests/" + request + "/decision").header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"DONE\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/privacy/requests/" + request + "/decision").header("Authorization", bearer(lead))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"DONE\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/privacy/requests/" + request + "/decision").header("Authorization", bearer(coordinator))
			.contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REFUSED\"}")).andExpect(status().isBadRequest());
		assertThat(users.activeByUsername(TENANT)).isPresent();

		mvc.perform(post("/privacy/requests/" + request + "/decision").with(as(coordinator)).with(csrf()).param("decision", "DONE"))
			.andExpect(status().is3xxRedirection());
		assertThat(lastMailTo(TENANT)).contains("is uitgevoerd");

		// Nothing of the tenant left in any table, column by column, but the mail that told them (kept 30 days, as every sent mail).
		List<String> found = new ArrayList<>();
		record Column(String table, String column) {
		}
		for (Column c : jdbc.sql("""
				select table_name as "table", column_name as "column" from information_schema.columns
				where table_schema = current_schema() and data_type in ('character varying', 'text', 'character')""").query(Column.class).list()) {
			if (c.table().equals("mail_outbox")) {
				continue;
			}
			long hits = jdbc.sql("select count(*) from \"" + c.table() + "\" where \"" + c.column() + "\" ilike any (array[:a, :b, :c, :d])")
				.param("a", "%" + TENANT + "%").param("b", "%" + NAME + "%").param("c", "%" + PHONE + "%").param("d", "%Ik verhuis%")
				.query(Long.class).single();
			if (hits > 0) {
				found.add(c.table() + "." + c.column());
			}
		}
		assertThat(found).isEmpty();
		for (String table : List.of("resident_account", "resident_consent", "notification_preference", "api_token", "user_role")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where user_id = :u").param("u", tenant).query(Long.class).single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select count(*) from household_read where dwelling_id = :d").param("d", home).query(Long.class).single()).isZero();
		// The payment is kept for the fiscal duty, linked to the pseudonym; the reports and the closed vote count as before.
		assertThat(jdbc.sql("select name from app_user where id = :u").param("u", tenant).query(String.class).single()).startsWith("Verwijderd ");
		assertThat(jdbc.sql("select sum(amount)::text from compensation where project_id = :p").param("p", project).query(String.class).single())
			.isEqualTo(paidBefore);
		assertThat(jdbc.sql("select count(*) from compensation where resident_user_id = :u").param("u", tenant).query(Long.class).single()).isEqualTo(1);
		String voteAfter = mvc.perform(get("/api/v1/proposals/" + proposal + "/result").header("Authorization", bearer(coordinator)))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(voteAfter, "$.agreed")).isEqualTo(JsonPath.<Integer>read(voteBefore, "$.agreed")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(voteAfter, "$.tenancies")).isEqualTo(1);
		// The account is gone: no way in with it.
		assertThat(users.activeByUsername(TENANT)).isEmpty();
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + TENANT + "\",\"password\":\"" + OrganisationTestData.PASSWORD + "\"}")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/privacy/requests").header("Authorization", bearer(coordinator))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("DONE"));
	}
}
