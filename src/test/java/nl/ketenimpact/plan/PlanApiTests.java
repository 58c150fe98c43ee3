package nl.ketenimpact.plan;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The joint plan over the API: drafting, proposing, accepting, progress with evidence, and period reports. */
class PlanApiTests extends IntegrationTestSupport {

	private String create(String username, UUID project, String json, int expected) throws Exception {
		String body = mvc.perform(post("/api/v1/projects/" + project + "/commitments").header("Authorization", bearer(username))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is(expected))
			.andReturn().getResponse().getContentAsString();
		return expected == 201 ? JsonPath.read(body, "$.id") : body;
	}

	private UUID vanDam() {
		return organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
	}

	@Test
	void coordinatorDraftsIntoThePlanAndAPartnerProposesForItself() throws Exception {
		UUID lombok = lombok().id();
		String planned = create(COORDINATOR, lombok, """
				{"partnerId":"%s","theme":"LIVEABILITY","description":"Buurtfeest bij oplevering","metric":"ACTIVITIES","target":1,"dueDate":"2027-06-30"}"""
			.formatted(vanDam()), 201);
		mvc.perform(get("/api/v1/projects/" + lombok + "/commitments").header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(jsonPath("$[?(@.id == '" + planned + "')].status", hasItem("ACCEPTED")));

		String proposal = create(PARTNER_LEAD, lombok, """
				{"partnerId":"%s","theme":"YOUTH_OUTREACH","description":"Gastles op het ROC","metric":"ACTIVITIES","target":2}""".formatted(vanDam()), 201);
		mvc.perform(get("/api/v1/projects/" + lombok + "/commitments").header("Authorization", bearer(otherPartnerInProject())))
			.andExpect(jsonPath("$[*].id", not(hasItem(proposal))));
		mvc.perform(post("/api/v1/commitments/" + proposal + "/accept").header("Authorization", bearer(PARTNER_LEAD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/commitments/" + proposal + "/decline").header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/commitments/" + proposal + "/accept").header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("ACCEPTED")));
		mvc.perform(post("/api/v1/commitments/" + proposal + "/accept").header("Authorization", bearer(COORDINATOR))).andExpect(status().isConflict());
	}

	@Test
	void aPartnerCannotProposeForAnotherOrganisationAndBadInputSavesNothing() throws Exception {
		UUID lombok = lombok().id();
		long before = count("commitment");
		UUID roc = organisations.findByName("ROC Stichtse Vakschool").orElseThrow().id();
		create(PARTNER_LEAD, lombok, """
				{"partnerId":"%s","theme":"INTERNSHIP","description":"Voor een ander","metric":"PARTICIPANTS","target":2}""".formatted(roc), 400);
		create(COORDINATOR, lombok, """
				{"theme":"NOT_A_THEME","description":"x","metric":"HOURS","target":2}""", 400);
		create(COORDINATOR, lombok, """
				{"theme":"LIVEABILITY","description":"","metric":"HOURS","target":-2}""", 400);
		create(COORDINATOR, lombok, """
				{"theme":"SIGNALLING","description":"Werkwijze","metric":"DELIVERABLE","target":3}""", 400);
		create(COORDINATOR, lombok, """
				{"partnerId":"%s","theme":"LIVEABILITY","description":"Geen partner hier","metric":"HOURS","target":2}"""
			.formatted(organisations.findByName("Bouwcombinatie Kempen").orElseThrow().id()), 400);
		create(FIELD_WORKER, lombok, """
				{"theme":"LIVEABILITY","description":"Vakman","metric":"HOURS","target":2}""", 403);
		assertThat(count("commitment")).isEqualTo(before);
	}

	@Test
	void socialReturnCommitmentsFollowApprovedContributions() throws Exception {
		UUID lombok = lombok().id();
		String commitment = create(COORDINATOR, lombok, """
				{"partnerId":"%s","theme":"OWN_OPERATIONS","description":"Extra social return","metric":"SOCIAL_RETURN_EUR","target":1000000}"""
			.formatted(vanDam()), 201);
		java.util.List<Number> actuals = JsonPath.read(mvc.perform(get("/api/v1/projects/" + lombok + "/commitments").header("Authorization", bearer(COORDINATOR)))
			.andReturn().getResponse().getContentAsString(), "$[?(@.id == '" + commitment + "')].actual");
		double before = actuals.get(0).doubleValue();
		String contribution = JsonPath.read(mvc.perform(post("/api/v1/projects/" + lombok + "/contributions").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ACTIVITY_HOURS\",\"hours\":10,\"startDate\":\"2026-10-01\"}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/contributions/" + contribution + "/approve").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/projects/" + lombok + "/commitments").header("Authorization", bearer(COORDINATOR)))
			.andExpect(jsonPath("$[?(@.id == '" + commitment + "')].actual", hasItem(before + 1000.0)));
	}

	@Test
	void manualProgressNeedsAValidFileOrNoneAndSavesAllOrNothing() throws Exception {
		UUID lombok = lombok().id();
		String commitment = create(COORDINATOR, lombok, """
				{"theme":"TENANT_ACTIVATION","description":"Bewonersavond","metric":"PARTICIPANTS","target":40,"dueDate":"2027-06-30"}""", 201);
		long entries = count("progress_entry");
		long files = count("evidence");
		mvc.perform(multipart("/api/v1/commitments/" + commitment + "/progress").header("Authorization", bearer(COORDINATOR))
			.file(new MockMultipartFile("file", "lijst.pdf", "application/pdf", "<html>nep</html>".getBytes()))
			.param("amount", "12").param("occurredOn", "2026-11-01").param("note", "Presentielijst"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")));
		mvc.perform(multipart("/api/v1/commitments/" + commitment + "/progress").header("Authorization", bearer(COORDINATOR))
			.param("amount", "-1").param("occurredOn", "2026-11-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("note")));
		mvc.perform(multipart("/api/v1/commitments/" + commitment + "/progress").header("Authorization", bearer(COORDINATOR))
			.param("amount", "12").param("occurredOn", "2099-01-01").param("note", "Toekomst"))
			.andExpect(status().isBadRequest());
		assertThat(count("progress_entry")).isEqualTo(entries);
		assertThat(count("evidence")).isEqualTo(files);
		mvc.perform(multipart("/api/v1/commitments/" + commitment + "/progress").header("Authorization", bearer(COORDINATOR))
			.file(new MockMultipartFile("file", "lijst.pdf", "application/pdf", PDF))
			.param("amount", "12").param("occurredOn", "2026-11-01").param("note", "Presentielijst"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.manualActual", is(12.0)));
		mvc.perform(multipart("/api/v1/commitments/" + commitment + "/progress").header("Authorization", bearer(PARTNER_LEAD))
			.param("amount", "1").param("occurredOn", "2026-11-01").param("note", "Niet van mij"))
			.andExpect(status().isForbidden());
	}

	@Test
	void partnerReportIsSubmittedReturnedResubmittedApprovedAndThenLocked() throws Exception {
		UUID lombok = lombok().id();
		String body = mvc.perform(post("/api/v1/projects/" + lombok + "/reports").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2026-Q1\",\"narrative\":\"Voorbereiding en werving.\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String report = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/reports/" + report + "/approve").header("Authorization", bearer(PARTNER_LEAD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reports/" + report + "/return").header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/reports/" + report + "/return").header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Noem de aantallen kandidaten.\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/projects/" + lombok + "/reports").header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(jsonPath("$[?(@.id == '" + report + "')].reviewReason", hasItem("Noem de aantallen kandidaten.")));
		mvc.perform(post("/api/v1/projects/" + lombok + "/reports").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2026-Q1\",\"narrative\":\"Drie kandidaten geworven.\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status", is("SUBMITTED")));
		mvc.perform(post("/api/v1/reports/" + report + "/approve").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/projects/" + lombok + "/reports").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2026-Q1\",\"narrative\":\"Toch anders.\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/projects/" + lombok + "/reports").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2030-Q1\",\"narrative\":\"Toekomst.\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/projects/" + lombok + "/reports").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"Q1-2026\",\"narrative\":\"Vorm.\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("period")));
		mvc.perform(get("/api/v1/projects/" + lombok + "/reports").header("Authorization", bearer(otherPartnerInProject())))
			.andExpect(jsonPath("$[*].id", not(hasItem(report))));
	}
}
