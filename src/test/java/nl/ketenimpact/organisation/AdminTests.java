package nl.ketenimpact.organisation;

import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.internal.UserDetailsInput;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ADMIN manages organisations and users; a deactivated user is locked out of pages and the API at once. */
class AdminTests extends IntegrationTestSupport {

	@Test
	void adminCreatesAnOrganisationByFormAndRefusesADuplicateName() throws Exception {
		mvc.perform(post("/admin/organisations/new").with(as(ADMIN)).with(csrf())
			.param("name", "Stichting Buurtwerk Test").param("type", "WELFARE").param("city", "Zeist"))
			.andExpect(status().is3xxRedirection());
		long before = count("organisation");
		mvc.perform(post("/admin/organisations/new").with(as(ADMIN)).with(csrf())
			.param("name", "Stichting Buurtwerk Test").param("type", "WELFARE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Er bestaat al een organisatie met deze naam.")));
		mvc.perform(post("/admin/organisations/new").with(as(ADMIN)).with(csrf()).param("name", "").param("type", "GEEN_TYPE"))
			.andExpect(status().isBadRequest());
		assertThat(count("organisation")).isEqualTo(before);
	}

	@Test
	void organisationsOverTheApiAreAdminOnlyToCreate() throws Exception {
		mvc.perform(post("/api/v1/organisations").header("Authorization", bearer(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Mag niet\",\"type\":\"CARE\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organisations").header("Authorization", bearer(ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Zorggroep API\",\"type\":\"CARE\",\"city\":\"Utrecht\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type", is("CARE")));
		mvc.perform(post("/api/v1/organisations").header("Authorization", bearer(ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ALIEN\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("type")));
		assertThat(jdbc.sql("select count(*) from organisation where name = 'Mag niet'").query(Long.class).single()).isZero();
		mvc.perform(get("/api/v1/organisations?size=5").header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()", is(5)));
	}

	@Test
	void nonAdminsCannotReachAdminPages() throws Exception {
		for (String username : new String[] { COORDINATOR, PROJECT_LEAD, PARTNER_LEAD, RESIDENT }) {
			mvc.perform(get("/admin/users").with(as(username))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/organisations/new").with(as(username)).with(csrf()).param("name", "Inbreker").param("type", "CARE"))
				.andExpect(status().isForbidden());
		}
		assertThat(organisations.findByName("Inbreker")).isEmpty();
	}

	@Test
	void userRolesMustFitTheOrganisationType() throws Exception {
		UUID contractor = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
		long before = count("app_user");
		mvc.perform(post("/admin/users/new").with(as(ADMIN)).with(csrf()).param("username", "nieuw@vandam.nl").param("name", "Nieuw")
			.param("organisationId", contractor.toString()).param("roles", "COORDINATOR").param("password", "lang-genoeg-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("past niet bij de soort organisatie")));
		mvc.perform(post("/admin/users/new").with(as(ADMIN)).with(csrf()).param("username", "geen-mail").param("name", "")
			.param("organisationId", contractor.toString()).param("password", "kort"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies minstens één rol.")));
		assertThat(count("app_user")).isEqualTo(before);
	}

	@Test
	void deactivatedUserCannotLogInUseATokenOrKeepTheirSession() throws Exception {
		UUID contractor = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
		mvc.perform(post("/admin/users/new").with(as(ADMIN)).with(csrf()).param("username", "tijdelijk@vandam.nl").param("name", "Tijdelijk")
			.param("organisationId", contractor.toString()).param("roles", "FIELD_WORKER").param("password", "tijdelijk-wachtwoord"))
			.andExpect(status().is3xxRedirection());
		UUID id = user("tijdelijk@vandam.nl").id();
		String token = tokens.issue(user("tijdelijk@vandam.nl"), "test");
		// Sessions live in PostgreSQL: the browser keeps only the SESSION cookie.
		jakarta.servlet.http.Cookie session = mvc.perform(formLogin().user("tijdelijk@vandam.nl").password("tijdelijk-wachtwoord"))
			.andExpect(redirectedUrl("/"))
			.andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + id + "/active").with(as(ADMIN)).with(csrf()).param("active", "false"))
			.andExpect(status().is3xxRedirection());

		// The session itself is gone from PostgreSQL (every instance), not only refused on its next request.
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :id").param("id", id.toString()).query(Long.class).single()).isZero();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(formLogin().user("tijdelijk@vandam.nl").password("tijdelijk-wachtwoord")).andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'USER_DEACTIVATED' and subject_id = :id").param("id", id.toString())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void adminCannotDeactivateThemself() throws Exception {
		mvc.perform(post("/admin/users/" + user(ADMIN).id() + "/active").with(as(ADMIN)).with(csrf()).param("active", "false"))
			.andExpect(status().isForbidden());
		assertThat(users.currentUser(user(ADMIN).id())).isPresent();
	}

	@Test
	void adminEditsAUserWithoutChangingThePassword() throws Exception {
		UUID welfare = organisations.findByName("Welzijn Wijkkracht").orElseThrow().id();
		UUID id = administration.create(user(ADMIN), new UserDetailsInput("bewerk@welzijn.nl", "Bewerk Mij", welfare, Set.of(Role.CASE_WORKER), "eerste-wachtwoord"));
		mvc.perform(post("/admin/users/" + id).with(as(ADMIN)).with(csrf()).param("username", "bewerk@welzijn.nl").param("name", "Bewerkt")
			.param("organisationId", welfare.toString()).param("roles", "CASE_WORKER").param("roles", "PARTNER_LEAD").param("password", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(user("bewerk@welzijn.nl").roles()).containsExactlyInAnyOrder(Role.CASE_WORKER, Role.PARTNER_LEAD);
		mvc.perform(formLogin().user("bewerk@welzijn.nl").password("eerste-wachtwoord")).andExpect(redirectedUrl("/"));
	}
}
