package nl.ketenimpact.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErrorAndDocsTests extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	/** Over real HTTP: the servlet container's error dispatch does not happen in MockMvc. */
	@Test
	void unknownApiPathIsAProblem() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bestaat-niet"))
				.header("Authorization", bearer(COORDINATOR))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("Niet gevonden");
	}

	@Test
	void staticFilesAreServedWithoutSignInUnderTheirOwnPrefixesOnly() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String path : java.util.List.of("/css/app.css", "/js/charts.js", "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/dist/echarts.min.js")) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).isNotBlank();
		}
		// Not at the root: a page link never costs a classpath lookup.
		HttpResponse<String> root = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/static/css/app.css")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(root.statusCode()).isNotEqualTo(200);
	}

	@Test
	void anUploadAboveTenMegabytesGetsAClearMessageOverRealHttp() throws Exception {
		java.util.UUID lombok = lombok().id();
		String contribution = com.jayway.jsonpath.JsonPath.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/projects/" + lombok + "/contributions").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"kind\":\"ACTIVITY_HOURS\",\"hours\":3,\"startDate\":\"2026-10-01\"}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		byte[] big = new byte[11 * 1024 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		String boundary = "grens" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes());
		body.write(big);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes());
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/contributions/" + contribution + "/evidence"))
				.header("Authorization", bearer(PARTNER_LEAD))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("10 MB").contains("\"field\":\"file\"");
	}

	@Test
	void openApiDescribesTheEndpointsWithBearerAuthAndNeverAsksForTheUser() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Ketenimpact API"))
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/api/v1/projects/{id}/dwellings'].post.responses['400']").exists())
			.andExpect(jsonPath("$.paths.*.*.parameters[*].name", hasItems("id", "page")))
			.andExpect(jsonPath("$.paths.*.*.parameters[*].name", not(hasItems("user"))));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}
}
