package nl.ketenimpact.project.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.project.DwellingView;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectPermissions;
import nl.ketenimpact.project.ProjectStatus;
import nl.ketenimpact.project.ProjectType;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.project.internal.ActivationCodes;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.web.SliceUsers;
import nl.ketenimpact.web.WebSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The project pages' controller alone: the htmx page of dwellings, and the new-project form's errors and success. */
@WebMvcTest(ProjectController.class)
@WebSlice
class ProjectControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProjectManagement projects;

	@MockitoBean
	Partners partners;

	@MockitoBean
	OrganisationManagement organisations;

	@MockitoBean
	ActivationCodes activationCodes;

	private final CurrentUser lead = SliceUsers.projectLead();

	private final UUID projectId = UUID.randomUUID();

	private ProjectView project() {
		return new ProjectView(projectId, SliceUsers.CORPORATION, "Woonstichting Slice", "Verduurzaming Slice", "Utrecht", null, ProjectType.REB,
				LocalDate.of(2026, 1, 1), null, ProjectStatus.EXECUTION, 30, 0);
	}

	@Test
	void anHtmxRequestForAnotherPageOfDwellingsGetsOnlyTheTableFragment() throws Exception {
		DwellingView dwelling = new DwellingView(UUID.randomUUID(), projectId, "S-1", "0344010000000001", "Kanaalstraat", 7, null, null, "3531AB",
				"Utrecht", 1965, "E", "A", null, false);
		ProjectPermissions permissions = new ProjectPermissions(true, true, true, true);
		when(projects.page(eq(lead), eq(projectId), eq(1), any(Integer.class), eq(false)))
			.thenReturn(new ProjectManagement.ProjectPage(project(), permissions, new Page<>(List.of(dwelling), 1, 25, 30), List.of()));

		String html = mvc.perform(get("/projects/" + projectId).param("page", "1").header("HX-Request", "true").with(SliceUsers.signedIn(lead)))
			.andExpect(status().isOk())
			.andExpect(view().name(ProjectController.DWELLINGS_FRAGMENT))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Kanaalstraat 7").contains("id=\"dwellings\"").doesNotContain("<html").doesNotContain("<nav class=\"menu");
	}

	@Test
	void aNewProjectWithoutANameIsTheFormAgainWithItsMessageAndNothingIsCreated() throws Exception {
		when(projects.canCreate(lead)).thenReturn(true);
		mvc.perform(post("/projects/new").param("name", " ").param("municipality", "Utrecht").param("projectType", "REB")
				.with(SliceUsers.signedIn(lead)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(view().name(ProjectController.FORM))
			.andExpect(model().attributeHasFieldErrors("form", "name"));
		verify(projects, never()).create(any(), any());
	}

	@Test
	void aNewProjectIsCreatedAndTheLeadLandsOnItWithAFlash() throws Exception {
		UUID created = UUID.randomUUID();
		when(projects.canCreate(lead)).thenReturn(true);
		when(projects.create(eq(lead), any(ProjectInput.class))).thenReturn(created);
		mvc.perform(post("/projects/new").param("name", "Verduurzaming Noord").param("municipality", "Utrecht").param("projectType", "REB")
				.with(SliceUsers.signedIn(lead)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + created))
			.andExpect(flash().attribute("flash", "project.created"));
	}

	@Test
	void aRefusedDomainRuleOnAFieldIsShownOnThatField() throws Exception {
		when(projects.canCreate(lead)).thenReturn(true);
		when(projects.create(eq(lead), any(ProjectInput.class)))
			.thenThrow(new nl.ketenimpact.shared.InvalidInput("endDate", "project.endDate.beforeStart"));
		mvc.perform(post("/projects/new").param("name", "Verduurzaming Noord").param("municipality", "Utrecht").param("projectType", "REB")
				.param("startDate", "2026-06-01").param("endDate", "2026-01-01").with(SliceUsers.signedIn(lead)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "endDate", "project.endDate.beforeStart"));
	}

	@Test
	void aProjectTheUserMayNotSeeIsANotFoundPage() throws Exception {
		when(projects.page(eq(lead), eq(projectId), any(Integer.class), any(Integer.class), any(Boolean.class)))
			.thenThrow(new nl.ketenimpact.shared.NotFound("project"));
		mvc.perform(get("/projects/" + projectId).with(SliceUsers.signedIn(lead))).andExpect(status().isNotFound());
	}

	@Test
	void aPageWhileTheDatabaseIsGoneIsA503ToRetryNotA500() throws Exception {
		when(projects.page(eq(lead), eq(projectId), any(Integer.class), any(Integer.class), any(Boolean.class)))
			.thenThrow(new org.springframework.transaction.CannotCreateTransactionException("no connection"));
		mvc.perform(get("/projects/" + projectId).with(SliceUsers.signedIn(lead)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After", "10"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}
}
