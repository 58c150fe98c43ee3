package nl.ketenimpact.web;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Prometheus metrics for scraping: with an admin's API token only; the request and connection-pool figures are in them. */
class MetricsTests extends IntegrationTestSupport {

	@Test
	void anAdminsTokenScrapesRequestAndPoolMetrics() throws Exception {
		mvc.perform(get("/api/v1/projects").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk());
		String metrics = mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(ADMIN)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(metrics).contains("http_server_requests_seconds_count").contains("hikaricp_connections_active");
	}

	@Test
	void nobodyElseReadsThem() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(COORDINATOR))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(as(COORDINATOR))).andExpect(status().is4xxClientError());
	}
}
