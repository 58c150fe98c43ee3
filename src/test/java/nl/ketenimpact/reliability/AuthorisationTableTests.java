package nl.ketenimpact.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.ketenimpact.IntegrationTestSupport;

/**
 * The authorisation matrix of reliability/run expects its statuses from one table; an operation the table does
 * not know would go untested, so a new API operation without a row fails the build here, before any run.
 */
class AuthorisationTableTests extends IntegrationTestSupport {

	@Test
	void everyOperationOfTheApiDescriptionHasARowAndEveryRowAnOperation() throws Exception {
		String description = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		ApiDescription api = new ApiDescription(description);

		assertThat(api.operations).hasSizeGreaterThan(80);
		assertThat(AuthorisationMatrix.drift(api)).isEmpty();
	}

	@Test
	void theApplicationDecisionIsDescribedWithItsOwnFields() throws Exception {
		// Two request records named Decision shared one schema, so the description of this one lacked accept (found building the matrix).
		ApiDescription api = new ApiDescription(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		ApiDescription.Operation decide = api.operations.stream().filter(o -> o.key().equals("POST /api/v1/applications/{id}/decision")).findFirst()
			.orElseThrow();

		assertThat(decide.body().path("properties").has("accept")).isTrue();
		assertThat(decide.body().path("properties").has("startDate")).isTrue();
	}

	@Test
	void aMissingRowIsDrift() throws Exception {
		String description = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		ApiDescription api = new ApiDescription(description.replace("\"/api/v1/me\"", "\"/api/v1/me/new-operation\""));

		assertThat(AuthorisationMatrix.drift(api)).containsExactlyInAnyOrder("no row for GET /api/v1/me/new-operation",
				"row without operation: GET /api/v1/me");
	}

	@Test
	void theTableNamesOnlyKnownPrincipals() {
		Set<String> known = Stream.concat(World.DEMO.keySet().stream(),
				Stream.of("ZUID_FIELD_WORKER", "NO_PROJECTS", "PUBLIC", "SIGNED_IN", "SHARED", "NOBODY")).collect(Collectors.toSet());
		Set<String> named = AuthorisationMatrix.table().values().stream().flatMap(row -> row.allowed().stream()).collect(Collectors.toSet());

		assertThat(known).containsAll(named);
	}
}
