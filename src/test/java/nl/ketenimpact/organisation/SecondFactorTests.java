package nl.ketenimpact.organisation;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.TestTotp;
import nl.ketenimpact.organisation.internal.UserDetailsInput;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The second factor (TOTP): mandatory for admin, social team and case workers, optional for others; enrolment, use, recovery. */
class SecondFactorTests extends IntegrationTestSupport {

	private jakarta.servlet.http.Cookie passwordOnly(String email, String password) throws Exception {
		return mvc.perform(formLogin().user(email).password(password)).andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
	}

	private static jakarta.servlet.http.Cookie renewed(org.springframework.test.web.servlet.MvcResult result, jakarta.servlet.http.Cookie before) {
		jakarta.servlet.http.Cookie after = result.getResponse().getCookie("SESSION");
		return after != null ? after : before;
	}

	@Test
	void aSocialWorkerReachesNoPageBeforeTheCodeAndTheCodeWorksOnce() throws Exception {
		var corporation = user(COORDINATOR).organisationId();
		administration.create(user(ADMIN), new UserDetailsInput("tweede@keten.test", "Tineke Tweede", corporation, Set.of(Role.SOCIAL_WORKER), "een lange zin voor tineke"));
		jakarta.servlet.http.Cookie session = passwordOnly("tweede@keten.test", "een lange zin voor tineke");
		// Not enrolled yet: every page leads to setting it up.
		mvc.perform(get("/signals").cookie(session)).andExpect(redirectedUrl("/tweede-stap"));
		mvc.perform(get("/tweede-stap").cookie(session)).andExpect(redirectedUrl("/tweede-stap/instellen"));
		String setup = mvc.perform(get("/tweede-stap/instellen").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("data:image/png;base64,")))
			.andReturn().getResponse().getContentAsString();
		Matcher secret = Pattern.compile("class=\"secret\">([A-Z2-7]+)<").matcher(setup);
		assertThat(secret.find()).isTrue();
		mvc.perform(post("/tweede-stap/instellen").cookie(session).with(csrf()).param("code", "000000")).andExpect(status().isBadRequest());
		String used = TestTotp.now(secret.group(1));
		var confirmed = mvc.perform(post("/tweede-stap/instellen").cookie(session).with(csrf()).param("code", used))
			.andExpect(status().isOk())
			.andReturn();
		Matcher recovery = Pattern.compile("<li>([a-z0-9]{4}(-[a-z0-9]{4}){3})</li>").matcher(confirmed.getResponse().getContentAsString());
		assertThat(recovery.find()).as("the ten recovery codes are shown once").isTrue();
		session = renewed(confirmed, session);
		mvc.perform(get("/signals").cookie(session)).andExpect(status().isOk());

		// The next sign-in asks for the code; the same code does not work twice; a recovery code works once.
		jakarta.servlet.http.Cookie next = passwordOnly("tweede@keten.test", "een lange zin voor tineke");
		mvc.perform(get("/signals").cookie(next)).andExpect(redirectedUrl("/tweede-stap"));
		mvc.perform(post("/tweede-stap").cookie(next).with(csrf()).param("code", used)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("al gebruikt")));
		var recovered = mvc.perform(post("/tweede-stap").cookie(next).with(csrf()).param("code", recovery.group(1))).andExpect(redirectedUrl("/")).andReturn();
		assertThat(recovered.getResponse().getCookie("SESSION")).as("a new session id after the second step").isNotNull();
		mvc.perform(get("/signals").cookie(renewed(recovered, next))).andExpect(status().isOk());
		jakarta.servlet.http.Cookie third = passwordOnly("tweede@keten.test", "een lange zin voor tineke");
		mvc.perform(post("/tweede-stap").cookie(third).with(csrf()).param("code", recovery.group(1))).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'SECOND_FACTOR_RECOVERY_USED' and subject_id = :u")
			.param("u", user("tweede@keten.test").id().toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theTokenEndpointNeedsTheCodeForAUserWithASecondFactor() throws Exception {
		// The demo case worker is enrolled with the demo secret (README).
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + CASE_WORKER + "\",\"password\":\"demo\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("code")));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + CASE_WORKER + "\",\"password\":\"demo\",\"totp\":\"123\"}"))
			.andExpect(status().isUnauthorized());
		String answer = null;
		for (long step = TestTotp.step(); answer == null && step <= TestTotp.step() + 1; step++) {
			var result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"" + CASE_WORKER + "\",\"password\":\"demo\",\"totp\":\"" + TestTotp.code(TestTotp.DEMO_SECRET, step) + "\"}"))
				.andReturn().getResponse();
			answer = result.getStatus() == 200 ? result.getContentAsString() : null;
		}
		assertThat(answer).as("a current code gives a token").contains("\"token\"");
		// A user without a second factor still signs in with the password alone.
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + PROJECT_LEAD + "\",\"password\":\"demo\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void anOptionalSecondFactorIsAskedOnceSetUpAndTheAdminCanEraseIt() throws Exception {
		var contractor = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
		administration.create(user(ADMIN), new UserDetailsInput("keuze@vandam.test", "Kees Keuze", contractor, Set.of(Role.FIELD_WORKER), "een lange zin voor kees"));
		jakarta.servlet.http.Cookie session = passwordOnly("keuze@vandam.test", "een lange zin voor kees");
		mvc.perform(get("/projects").cookie(session)).andExpect(status().isOk());
		String setup = mvc.perform(get("/tweede-stap/instellen").cookie(session)).andReturn().getResponse().getContentAsString();
		Matcher secret = Pattern.compile("class=\"secret\">([A-Z2-7]+)<").matcher(setup);
		assertThat(secret.find()).isTrue();
		mvc.perform(post("/tweede-stap/instellen").cookie(session).with(csrf()).param("code", TestTotp.now(secret.group(1)))).andExpect(status().isOk());
		jakarta.servlet.http.Cookie next = passwordOnly("keuze@vandam.test", "een lange zin voor kees");
		mvc.perform(get("/projects").cookie(next)).andExpect(redirectedUrl("/tweede-stap"));

		UserView kees = users.list(user(ADMIN), 0, 1000).items().stream().filter(u -> u.username().equals("keuze@vandam.test")).findFirst().orElseThrow();
		mvc.perform(post("/admin/users/{id}/second-factor/reset", kees.id()).with(as(COORDINATOR)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/{id}/second-factor/reset", kees.id()).with(as(ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + kees.id()));
		jakarta.servlet.http.Cookie after = passwordOnly("keuze@vandam.test", "een lange zin voor kees");
		mvc.perform(get("/projects").cookie(after)).andExpect(status().isOk());
	}
}
