package nl.ketenimpact.practice;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PracticeTests extends IntegrationTestSupport {

	static final String OTHER_COORDINATOR = "coordinator@zuid.demo.nl";

	private String internshipPractice() throws Exception {
		String body = mvc.perform(get("/api/v1/practices?theme=INTERNSHIP").header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[0].id");
	}

	@Test
	void theDemoLibraryHoldsTheFivePracticesRankedWithTheUnmeasuredLast() throws Exception {
		String body = mvc.perform(get("/api/v1/practices").header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> titles = JsonPath.read(body, "$[*].title");
		assertThat(titles).hasSizeGreaterThanOrEqualTo(5);
		java.util.List<Object> scores = JsonPath.read(body, "$[*].score");
		int firstNull = scores.indexOf(null);
		assertThat(firstNull == -1 || scores.subList(firstNull, scores.size()).stream().allMatch(java.util.Objects::isNull)).isTrue();
		mvc.perform(get("/api/v1/practices?q=stage").header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(jsonPath("$[*].title", hasItem("Stages met baangarantie en bouwplaatsexcursies voor kinderen")));
		mvc.perform(get("/api/v1/practices?q=zorgsignalen&theme=SIGNALLING").header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(jsonPath("$.length()", is(1)));
		mvc.perform(get("/api/v1/practices?result=INTERNS_HIRED").header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(jsonPath("$[0].results[?(@.kind == 'INTERNS_HIRED')].value", hasItem(6.0)));
		mvc.perform(get("/api/v1/practices").header("Authorization", bearer(RESIDENT))).andExpect(status().isForbidden());
	}

	@Test
	void copyingCreatesExactlyTheDraftsAndOnlyInAProjectTheCallerPlans() throws Exception {
		String practice = internshipPractice();
		String detail = mvc.perform(get("/api/v1/practices/" + practice).header("Authorization", bearer(OTHER_COORDINATOR)))
			.andReturn().getResponse().getContentAsString();
		int commitmentTemplates = ((java.util.List<?>) JsonPath.read(detail, "$.templates[?(@.kind == 'COMMITMENT')]")).size();
		int opportunityTemplates = ((java.util.List<?>) JsonPath.read(detail, "$.templates[?(@.kind == 'OPPORTUNITY')]")).size();
		assertThat(commitmentTemplates + opportunityTemplates).isPositive();
		long commitments = count("commitment");
		long opportunities = count("opportunity");

		mvc.perform(post("/api/v1/practices/" + practice + "/copy").header("Authorization", bearer(OTHER_PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":\"" + woensel() + "\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/practices/" + practice + "/copy").header("Authorization", bearer(OTHER_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":\"" + lombok().id() + "\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/practices/" + practice + "/copy").header("Authorization", bearer(OTHER_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
		assertThat(count("commitment")).isEqualTo(commitments);
		assertThat(count("opportunity")).isEqualTo(opportunities);

		UUID target = freshZuidProject("Overnameproject API");
		String copy = mvc.perform(post("/api/v1/practices/" + practice + "/copy").header("Authorization", bearer(OTHER_PROJECT_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":\"" + target + "\",\"showName\":true}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(((java.util.List<?>) JsonPath.read(copy, "$.commitmentIds"))).hasSize(commitmentTemplates);
		assertThat(((java.util.List<?>) JsonPath.read(copy, "$.opportunityIds"))).hasSize(opportunityTemplates);
		assertThat(((java.util.List<?>) JsonPath.read(copy, "$.activityIds"))).hasSize(
				((java.util.List<?>) JsonPath.read(detail, "$.templates[?(@.kind == 'ACTIVITY')]")).size());
		assertThat(count("commitment")).isEqualTo(commitments + commitmentTemplates);
		assertThat(count("opportunity")).isEqualTo(opportunities + opportunityTemplates);
		assertThat(jdbc.sql("select count(*) from commitment where project_id = :p and status <> 'DRAFT' and created_at > now() - interval '1 minute'")
			.param("p", target).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from opportunity where project_id = :p and status = 'OPEN'").param("p", target).query(Long.class).single())
			.isZero();
		mvc.perform(get("/api/v1/practices/" + practice).header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(jsonPath("$.copiedBy", hasItem("Woongoed Zuid")));
		mvc.perform(get("/api/v1/projects/" + woensel() + "/opportunities").header("Authorization", bearer(OTHER_RESIDENT)))
			.andExpect(jsonPath("$.total", is(0)));
	}

	private UUID freshZuidProject(String name) {
		return projects.create(user(OTHER_PROJECT_LEAD),
				new nl.ketenimpact.project.ProjectInput(name, "Eindhoven", null, nl.ketenimpact.project.ProjectType.REB, null, null));
	}

	@Test
	void copyingRefusesAPracticeWithNothingToCopyAndACompletedProjectAndWarnsBeforeASecondCopy() throws Exception {
		// A practice of the corporation's own operations in a project without plan items: nothing to copy.
		String published = mvc.perform(post("/projects/" + woensel() + "/practices/new").with(as(OTHER_COORDINATOR)).with(csrf())
			.param("title", "Eigen inkoopbeleid").param("themes", "OWN_OPERATIONS").param("summary", "Wij kopen fair in.").param("steps", "Stap 1")
			.param("contact", "Zoë").param("visibility", "PLATFORM"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String liveability = published.substring(published.lastIndexOf('/') + 1);
		mvc.perform(get("/api/v1/practices/" + liveability).header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(jsonPath("$.templates.length()", is(0)));
		String internship = internshipPractice();
		UUID target = freshZuidProject("Overnameproject tweemaal");
		long commitments = count("commitment");
		long copies = count("practice_copy");

		mvc.perform(post("/api/v1/practices/" + liveability + "/copy").header("Authorization", bearer(OTHER_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":\"" + target + "\"}"))
			.andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("geen afspraken")));
		mvc.perform(post("/practices/" + liveability + "/copy").with(as(OTHER_COORDINATOR)).with(csrf()).param("projectId", target.toString()))
			.andExpect(status().isConflict()).andExpect(content().string(org.hamcrest.Matchers.containsString("geen afspraken, kansen of activiteiten")));

		UUID kanaleneiland = projectNamed("Renovatie Kanaleneiland-Zuid");
		mvc.perform(post("/api/v1/practices/" + internship + "/copy").header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":\"" + kanaleneiland + "\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("afgerond")));
		assertThat(count("commitment")).isEqualTo(commitments);
		assertThat(count("practice_copy")).isEqualTo(copies);

		mvc.perform(post("/api/v1/practices/" + internship + "/copy").header("Authorization", bearer(OTHER_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":\"" + target + "\"}")).andExpect(status().isCreated());
		long afterFirst = count("commitment");
		String warning = mvc.perform(post("/practices/" + internship + "/copy").with(as(OTHER_COORDINATOR)).with(csrf())
			.param("projectId", target.toString()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(warning).contains("al eerder overgenomen in Overnameproject tweemaal").contains("Toch nogmaals overnemen");
		mvc.perform(post("/api/v1/practices/" + internship + "/copy").header("Authorization", bearer(OTHER_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":\"" + target + "\"}")).andExpect(status().isConflict());
		assertThat(count("commitment")).isEqualTo(afterFirst);
		mvc.perform(post("/practices/" + internship + "/copy").with(as(OTHER_COORDINATOR)).with(csrf())
			.param("projectId", target.toString()).param("again", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("commitment")).isGreaterThan(afterFirst);
	}

	@Test
	void aPrivatePracticeIsInvisibleToAnotherCorporation() throws Exception {
		UUID lombok = lombok().id();
		String body = mvc.perform(post("/projects/" + lombok + "/practices/new").with(as(COORDINATOR)).with(csrf())
			.param("title", "Interne werkwijze bewonersavonden").param("themes", "LIVEABILITY").param("summary", "Alleen voor ons")
			.param("steps", "Stap 1").param("contact", "Carla").param("visibility", "CORPORATION").param("results", "ACTIVITY_PARTICIPANTS"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String id = body.substring(body.lastIndexOf('/') + 1);
		mvc.perform(get("/api/v1/practices/" + id).header("Authorization", bearer(PROJECT_LEAD))).andExpect(status().isOk())
			.andExpect(jsonPath("$.projectId").value(lombok.toString()));
		mvc.perform(get("/api/v1/practices/" + id).header("Authorization", bearer(OTHER_COORDINATOR))).andExpect(status().isNotFound());
		// A published practice of another corporation is shared, its source project's id is not (found by the authorisation matrix).
		mvc.perform(get("/api/v1/practices/" + internshipPractice()).header("Authorization", bearer(OTHER_COORDINATOR))).andExpect(status().isOk())
			.andExpect(jsonPath("$.projectId").doesNotExist());
		mvc.perform(get("/api/v1/practices?q=bewonersavonden").header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		mvc.perform(get("/practices/" + id).with(as(OTHER_COORDINATOR))).andExpect(status().isNotFound());
	}

	@Test
	void publishingRefusesBadInputAndOthersThanTheCoordinator() throws Exception {
		UUID lombok = lombok().id();
		long before = count("practice");
		mvc.perform(post("/projects/" + lombok + "/practices/new").with(as(COORDINATOR)).with(csrf())
			.param("title", "").param("summary", "x").param("steps", "y").param("contact", "z").param("visibility", "PLATFORM"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kies minstens één thema.")));
		mvc.perform(post("/projects/" + lombok + "/practices/new").with(as(COORDINATOR)).with(csrf())
			.param("title", "Zonder signalen").param("themes", "SIGNALLING").param("summary", "x").param("steps", "y").param("contact", "z")
			.param("visibility", "PLATFORM").param("results", "SIGNALS_IN_TIME").param("hours", "-3"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/projects/" + lombok + "/practices/new").with(as(PROJECT_LEAD))).andExpect(status().isForbidden());
		mvc.perform(get("/projects/" + woensel() + "/practices/new").with(as(COORDINATOR))).andExpect(status().isNotFound());
		assertThat(count("practice")).isEqualTo(before);
	}

	@Test
	void theLiveabilityPracticeBringsItsCleanUpDayAlongAsAPlannedActivityThatCountsOnceHeld() throws Exception {
		String body = mvc.perform(get("/api/v1/practices?theme=LIVEABILITY").header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<java.util.Map<String, Object>> practices = JsonPath.read(body, "$");
		java.util.List<String> ids = practices.stream()
			.filter(p -> ((java.util.List<?>) p.get("templates")).stream().anyMatch(t -> "ACTIVITY".equals(((java.util.Map<?, ?>) t).get("kind"))))
			.map(p -> (String) p.get("id")).toList();
		assertThat(ids).as("the seeded liveability practice has an activity template").isNotEmpty();
		UUID target = freshZuidProject("Overnameproject opknapdag");
		String copy = mvc.perform(post("/api/v1/practices/" + ids.get(0) + "/copy").header("Authorization", bearer(OTHER_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"projectId\":\"" + target + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		java.util.List<String> planned = JsonPath.read(copy, "$.activityIds");
		assertThat(planned).isNotEmpty();
		mvc.perform(get("/api/v1/projects/" + target + "/activities").header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(jsonPath("$.items[0].status", is("PLANNED")))
			.andExpect(jsonPath("$.items[0].type", is("CLEAN_UP_DAY")));
		String impact = "/api/v1/projects/" + target + "/impact";
		mvc.perform(get(impact).header("Authorization", bearer(OTHER_COORDINATOR))).andExpect(jsonPath("$.kpis.activities", is(0)));

		// The page offers to record it as held; a bad count changes nothing, a good one makes it count.
		String page = mvc.perform(get("/projects/" + target + "/activities").param("plan", planned.get(0)).with(as(OTHER_COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Geplande activiteit vastleggen als gehouden").contains("name=\"plannedActivityId\"");
		mvc.perform(post("/projects/" + target + "/activities").with(as(OTHER_COORDINATOR)).with(csrf()).param("plannedActivityId", planned.get(0))
			.param("type", "CLEAN_UP_DAY").param("title", "Opknapdag").param("heldOn", today().toString()).param("children", "-1")
			.param("adults", "20").param("residents", "12").param("staffVolunteerHours", "16").param("parentalConsents", "0"))
			.andExpect(status().isBadRequest());
		mvc.perform(get(impact).header("Authorization", bearer(OTHER_COORDINATOR))).andExpect(jsonPath("$.kpis.activities", is(0)));
		mvc.perform(post("/api/v1/activities/" + planned.get(0) + "/held").header("Authorization", bearer(OTHER_PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"type":"CLEAN_UP_DAY","title":"Opknapdag","heldOn":"%s","children":4,"adults":20,"residents":12,"staffVolunteerHours":16,
					 "parentalConsents":0}""".formatted(today())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/projects/" + target + "/activities").with(as(OTHER_COORDINATOR)).with(csrf()).param("plannedActivityId", planned.get(0))
			.param("type", "CLEAN_UP_DAY").param("title", "Opknapdag").param("heldOn", today().toString()).param("children", "4")
			.param("adults", "20").param("residents", "12").param("staffVolunteerHours", "16").param("parentalConsents", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(impact).header("Authorization", bearer(OTHER_COORDINATOR)))
			.andExpect(jsonPath("$.kpis.activities", is(1))).andExpect(jsonPath("$.kpis.participants", is(24)));
		mvc.perform(post("/api/v1/activities/" + planned.get(0) + "/held").header("Authorization", bearer(OTHER_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"type":"CLEAN_UP_DAY","title":"Opknapdag","heldOn":"%s","children":4,"adults":20,"residents":12,"staffVolunteerHours":16,
					 "parentalConsents":0}""".formatted(today())))
			.andExpect(status().isConflict());
	}
}
