package nl.ketenimpact.project.web;

import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.web.SliceUsers;
import nl.ketenimpact.web.WebSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The project API's failures as problem+json: not found is a 404, a database that is gone a 503 to retry — never a 500. */
@WebMvcTest(ProjectApiController.class)
@WebSlice
class ProjectApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProjectManagement projects;

	@MockitoBean
	Dwellings dwellings;

	@MockitoBean
	Partners partners;

	@MockitoBean
	Residents residents;

	private final CurrentUser lead = SliceUsers.projectLead();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aProjectOfAnotherCorporationIsNotFound() throws Exception {
		UUID id = UUID.randomUUID();
		when(projects.get(eq(lead), eq(id))).thenThrow(new NotFound("project"));
		mvc.perform(get("/api/v1/projects/" + id).with(SliceUsers.signedIn(lead)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void whileTheDatabaseIsGoneTheAnswerIsA503ProblemWithRetryAfter() throws Exception {
		UUID id = UUID.randomUUID();
		when(projects.get(eq(lead), eq(id))).thenThrow(new CannotGetJdbcConnectionException("pool timeout"));
		mvc.perform(get("/api/v1/projects/" + id).with(SliceUsers.signedIn(lead)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "10"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(503));
	}
}
