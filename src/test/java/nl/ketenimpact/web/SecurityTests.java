package nl.ketenimpact.web;

import java.util.Set;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.internal.UserDetailsInput;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SecurityTests extends IntegrationTestSupport {

	@Test
	void pagesSendSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		// Headers are written before the handler runs: signed-in pages, error pages and static files get them too,
		// and nothing of ours makes a personal page cacheable.
		for (var request : java.util.List.of(get("/projects").with(as(PROJECT_LEAD)), get("/projects/" + java.util.UUID.randomUUID()).with(as(PROJECT_LEAD)),
				get("/css/app.css"))) {
			mvc.perform(request)
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Cache-Control", containsString("no-store")));
		}
	}

	@Test
	void anonymousPageVisitGoesToLogin() throws Exception {
		mvc.perform(get("/projects")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void formPostsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/projects/new").with(as(PROJECT_LEAD)).param("name", "Zonder token")).andExpect(status().isForbidden());
	}

	/** A form sign-in from a given client address (MockMvc's default is 127.0.0.1). */
	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private org.springframework.test.web.servlet.ResultActions token(String username, String password, String address) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	@Test
	void failedSignInsSlowDownThatAccountAtThatAddressEvenForTheRightPassword() throws Exception {
		var welfare = organisations.findByName("Welzijn Wijkkracht").orElseThrow().id();
		administration.create(user(ADMIN), new UserDetailsInput("slot@welzijn.nl", "Slot Test", welfare, Set.of(Role.FIELD_WORKER), "juiste-wachtwoord"));
		for (int i = 0; i < 3; i++) {
			mvc.perform(signIn("slot@welzijn.nl", "fout-" + i, "192.0.2.10")).andExpect(redirectedUrl("/login?error"));
		}
		// The fourth failure starts a wait; during it not even the right password is checked.
		mvc.perform(signIn("slot@welzijn.nl", "fout-3", "192.0.2.10")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(signIn("slot@welzijn.nl", "juiste-wachtwoord", "192.0.2.10")).andExpect(redirectedUrl("/login?locked"));
		token("slot@welzijn.nl", "juiste-wachtwoord", "192.0.2.10").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[123]")));
		// The owner, from their own address, is not stopped by what happened elsewhere.
		mvc.perform(signIn("slot@welzijn.nl", "juiste-wachtwoord", "198.51.100.7")).andExpect(redirectedUrl("/"));
		token("slot@welzijn.nl", "juiste-wachtwoord", "198.51.100.7").andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from sign_in_attempt where key_hash like '%@%' or key_hash like '%.%'").query(Long.class).single())
			.as("no e-mail or IP address is stored, only hashes").isZero();
	}

	@Test
	void aKnownAndAnUnknownAddressGetTheSameAnswersSoNeitherCanBeTold() throws Exception {
		for (String username : java.util.List.of(CASE_WORKER, "niemand-" + java.util.UUID.randomUUID() + "@nergens.nl")) {
			String address = "192.0.2." + (username.equals(CASE_WORKER) ? 20 : 21);
			java.util.List<Integer> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 5; i++) {
				answers.add(token(username, "fout-" + i, address).andReturn().getResponse().getStatus());
			}
			assertThat(answers).as(username.equals(CASE_WORKER) ? "known" : "unknown").containsExactly(401, 401, 401, 401, 429);
		}
	}

	@Test
	void oneClientAddressTryingManyAccountsIsStoppedForTheHourAndOthersAreNot() throws Exception {
		int limit = 50;
		for (int i = 0; i <= limit; i++) {
			token("poging-" + i + "@nergens.nl", "fout", "203.0.113.5").andExpect(status().isUnauthorized());
		}
		token(PARTNER_LEAD, "demo", "203.0.113.5").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d{3,4}")));
		token(PARTNER_LEAD, "demo", "203.0.113.6").andExpect(status().isOk());
	}

	@Test
	void demoAccountLogsInWithPasswordDemo() throws Exception {
		mvc.perform(formLogin().user("wijkconsulent@demo.nl").password("demo")).andExpect(redirectedUrl("/"));
	}
}
