package nl.ketenimpact.organisation;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Users manage their own API tokens; revocation acts at once; each token is rate limited. */
class TokenTests extends IntegrationTestSupport {

	private String[] create(String username, String json) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(username)).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new String[] { JsonPath.read(body, "$.id"), JsonPath.read(body, "$.token") };
	}

	@Test
	void aNamedTokenWorksIsListedWithoutItsValueAndStopsAtOnceWhenRevoked() throws Exception {
		String[] token = create(PARTNER_LEAD, "{\"name\":\"Koppeling urenregistratie\",\"validDays\":90}");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token[1])).andExpect(status().isOk());
		mvc.perform(get("/api/v1/tokens").header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(content().string(containsString("Koppeling urenregistratie")))
			.andExpect(content().string(not(containsString(token[1]))));
		mvc.perform(delete("/api/v1/tokens/" + token[0]).header("Authorization", bearer(OTHER_PARTNER_LEAD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token[1])).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/tokens/" + token[0]).header("Authorization", bearer(PARTNER_LEAD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token[1])).andExpect(status().isUnauthorized());
	}

	@Test
	void adminRevokesAnyTokenAndSeesThemAll() throws Exception {
		String[] token = create(FIELD_WORKER, "{\"name\":\"Telefoon-app\"}");
		mvc.perform(get("/admin/tokens").with(as(ADMIN))).andExpect(status().isOk()).andExpect(content().string(containsString("Telefoon-app")));
		mvc.perform(get("/admin/tokens").with(as(COORDINATOR))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/tokens/" + token[0]).header("Authorization", bearer(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token[1])).andExpect(status().isUnauthorized());
	}

	@Test
	void badTokenRequestsAreRefused() throws Exception {
		String partnerLead = bearer(PARTNER_LEAD);
		long before = count("api_token");
		mvc.perform(post("/api/v1/tokens").header("Authorization", partnerLead).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"validDays\":0,\"rateLimitPerMinute\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3));
		mvc.perform(post("/account/tokens").with(as(PARTNER_LEAD)).with(csrf()).param("name", ""))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("Geef het token een naam")));
		assertThat(count("api_token")).isEqualTo(before);
		String page = mvc.perform(post("/account/tokens").with(as(PARTNER_LEAD)).with(csrf()).param("name", "Scherm").param("validDays", "30"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kopieer het nu").containsPattern("ki_[A-Za-z0-9_-]{40,}");
		mvc.perform(get("/account/tokens").with(as(PARTNER_LEAD))).andExpect(content().string(not(org.hamcrest.Matchers.matchesPattern("(?s).*ki_[A-Za-z0-9_-]{40,}.*"))));
	}

	@Test
	void aTokenAboveItsRateLimitGets429WithRetryAfter() throws Exception {
		String[] token = create(ADMIN, "{\"name\":\"Begrensd\",\"rateLimitPerMinute\":3}");
		int refused = 0;
		for (int i = 0; i < 8 && refused == 0; i++) {
			int status = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token[1])).andReturn().getResponse().getStatus();
			if (status == 429) {
				refused++;
				mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token[1]))
					.andExpect(status().isTooManyRequests())
					.andExpect(header().exists("Retry-After"))
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			}
		}
		assertThat(refused).as("within 8 requests a limit of 3 per minute is exceeded, even across a minute boundary").isEqualTo(1);
		mvc.perform(get("/api/v1/me").header("Authorization", bearer(ADMIN))).andExpect(status().isOk());
	}

	@Test
	void onlyTheAdminSetsATokensRateLimitAndOnlyUpToTheConfiguredMaximum() throws Exception {
		java.util.List.of(RESIDENT, PARTNER_LEAD, COORDINATOR, ADMIN).forEach(this::bearer);
		long before = count("api_token");
		for (String user : java.util.List.of(RESIDENT, PARTNER_LEAD, COORDINATOR)) {
			mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(user)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Snel\",\"rateLimitPerMinute\":100000}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("rateLimitPerMinute"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("beheerder")));
		}
		mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Snel\",\"rateLimitPerMinute\":100000}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("6.000")));
		assertThat(count("api_token")).isEqualTo(before);
	}
}
