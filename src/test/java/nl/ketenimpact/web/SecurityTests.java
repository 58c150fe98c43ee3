package nl.ketenimpact.web;

import java.util.Set;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserDetailsInput;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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

	@Test
	void repeatedFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
		var welfare = organisations.findByName("Welzijn Wijkkracht").orElseThrow().id();
		users.create(user(ADMIN), new UserDetailsInput("slot@welzijn.nl", "Slot Test", welfare, Set.of(Role.CASE_WORKER), "juiste-wachtwoord"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("slot@welzijn.nl").password("fout-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user("slot@welzijn.nl").password("juiste-wachtwoord")).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"slot@welzijn.nl\",\"password\":\"juiste-wachtwoord\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void demoAccountLogsInWithPasswordDemo() throws Exception {
		mvc.perform(formLogin().user("wijkconsulent@demo.nl").password("demo")).andExpect(redirectedUrl("/"));
	}
}
