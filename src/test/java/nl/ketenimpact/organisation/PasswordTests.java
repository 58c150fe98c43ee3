package nl.ketenimpact.organisation;

import java.util.Set;

import nl.ketenimpact.IntegrationTestSupport;
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

/** "Wachtwoord vergeten" by mail and the password change on "Mijn account", with the rules of DOMAIN_RULES §8. */
class PasswordTests extends IntegrationTestSupport {

	private String newUser(String email, String password) {
		var contractor = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
		administration.create(user(ADMIN), new UserDetailsInput(email, "Test Persoon", contractor, Set.of(Role.FIELD_WORKER), password));
		return email;
	}

	private jakarta.servlet.http.Cookie signIn(String email, String password) throws Exception {
		return mvc.perform(formLogin().user(email).password(password)).andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
	}

	@Test
	void aForgottenPasswordIsResetByTheMailedLinkOnceAndEverySessionEnds() throws Exception {
		String email = newUser("vergeten@vandam.test", "mijn oude lange zin");
		jakarta.servlet.http.Cookie session = signIn(email, "mijn oude lange zin");
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		// Known and unknown addresses get the same answer; only the known one gets a mail.
		awaitOutbox();
		long mailsBefore = MAIL.getReceivedMessages().length;
		String unknown = mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"niemand@nergens.test\"}"))
			.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		String known = mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"Vergeten@VanDam.test\"}"))
			.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		assertThat(known).isEqualTo(unknown);
		awaitOutbox();
		assertThat(MAIL.getReceivedMessages()).hasSize((int) mailsBefore + 1);
		String mail = lastMailTo(email);
		assertThat(mail).contains("Uw wachtwoord voor Ketenimpact").contains("één uur");
		String token = tokenOfLink(mail, "/wachtwoord-herstellen");

		mvc.perform(get("/wachtwoord-herstellen").param("token", token)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\":\"" + token + "\",\"password\":\"vergeten@vandam.test\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(post("/wachtwoord-herstellen").with(csrf()).param("token", token).param("password", "kort"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("minstens 12 tekens")));
		mvc.perform(post("/wachtwoord-herstellen").with(csrf()).param("token", token).param("password", "een nieuwe lange zin"))
			.andExpect(redirectedUrl("/login"));

		// Every session of the user ended; the old password no longer works, the new one does; the link is used up.
		mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
		mvc.perform(formLogin().user(email).password("mijn oude lange zin")).andExpect(redirectedUrl("/login?error"));
		signIn(email, "een nieuwe lange zin");
		mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\":\"" + token + "\",\"password\":\"nog weer een andere zin\"}"))
			.andExpect(status().isGone());
	}

	@Test
	void aResetLinkIsValidForAnHourAndANewerLinkReplacesTheOlder() throws Exception {
		String email = newUser("uur@vandam.test", "een lange eerste zin");
		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", email)).andExpect(status().isOk())
			.andExpect(content().string(containsString("onderweg")));
		String first = tokenOfLink(lastMailTo(email), "/wachtwoord-herstellen");
		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", "bestaat-niet@vandam.test")).andExpect(status().isOk())
			.andExpect(content().string(containsString("onderweg")));
		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", email)).andExpect(status().isOk());
		String second = tokenOfLink(lastMailTo(email), "/wachtwoord-herstellen");
		mvc.perform(get("/wachtwoord-herstellen").param("token", first)).andExpect(status().isGone())
			.andExpect(content().string(containsString("vervangen")));
		jdbc.sql("update password_reset set expires_at = now() - interval '1 second' where user_id = :u").param("u", user(email).id()).update();
		mvc.perform(get("/wachtwoord-herstellen").param("token", second)).andExpect(status().isGone())
			.andExpect(content().string(containsString("verlopen")));
		mvc.perform(get("/wachtwoord-herstellen").param("token", "ki_verzonnen")).andExpect(status().isGone());
	}

	@Test
	void oneClientAddressCannotFloodResetMailsWhateverTheAddressesAskedFor() throws Exception {
		for (int i = 0; i < 30; i++) {
			mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).with(request -> {
				request.setRemoteAddr("203.0.113.77");
				return request;
			}).content("{\"email\":\"iemand" + i + "@nergens.test\"}")).andExpect(status().isAccepted());
		}
		mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).with(request -> {
			request.setRemoteAddr("203.0.113.77");
			return request;
		}).content("{\"email\":\"" + PROJECT_LEAD + "\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
		// Another address is not stopped by it.
		mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).with(request -> {
			request.setRemoteAddr("203.0.113.78");
			return request;
		}).content("{\"email\":\"niemand@nergens.test\"}")).andExpect(status().isAccepted());
	}

	@Test
	void mijnAccountChangesThePasswordWithTheCurrentOneAndEndsTheOtherSessions() throws Exception {
		String email = newUser("wijzig@vandam.test", "de eerste lange zin");
		jakarta.servlet.http.Cookie here = signIn(email, "de eerste lange zin");
		jakarta.servlet.http.Cookie elsewhere = signIn(email, "de eerste lange zin");
		mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", "fout").param("newPassword", "de tweede lange zin"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("huidige wachtwoord klopt niet")));
		mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", "de eerste lange zin")
				.param("newPassword", "123456789012"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("veel gebruikt")));
		mvc.perform(formLogin().user(email).password("de eerste lange zin")).andExpect(redirectedUrl("/"));
		mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", "de eerste lange zin")
				.param("newPassword", "de tweede lange zin"))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
		mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().is3xxRedirection());
		signIn(email, "de tweede lange zin");
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'PASSWORD_CHANGED' and subject_id = :u")
			.param("u", user(email).id().toString()).query(Long.class).single()).isEqualTo(1);
	}
}
