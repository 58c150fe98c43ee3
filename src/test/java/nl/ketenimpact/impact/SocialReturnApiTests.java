package nl.ketenimpact.impact;

import java.math.BigDecimal;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Contributions over the API: the partner registers with evidence, the coordinator approves, the obligation fills. */
class SocialReturnApiTests extends IntegrationTestSupport {

	private String register(String username, UUID project, String json) throws Exception {
		String body = mvc.perform(post("/api/v1/projects/" + project + "/contributions").header("Authorization", bearer(username))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private BigDecimal approvedValue(UUID project, String username) throws Exception {
		String body = mvc.perform(get("/api/v1/projects/" + project + "/impact").header("Authorization", bearer(username)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return new BigDecimal(JsonPath.read(body, "$.socialReturn.approvedValueEur").toString());
	}

	@Test
	void partnerRegistersAPersonWithEvidenceAndTheCoordinatorsApprovalFillsTheObligation() throws Exception {
		UUID lombok = lombok().id();
		BigDecimal before = approvedValue(lombok, COORDINATOR);
		String id = register(PARTNER_LEAD, lombok, """
				{"kind":"PERSON","personRef":"API-PW-1","birthYear":1985,"block":"PARTICIPATIEWET","hoursPerWeek":36,
				 "startDate":"2026-01-01","endDate":"2026-06-30"}""");
		mvc.perform(get("/api/v1/contributions/" + id).header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(jsonPath("$.valueEur", is(20000.0)))
			.andExpect(jsonPath("$.status", is("PENDING")))
			.andExpect(jsonPath("$.partnerId").exists());

		mvc.perform(post("/api/v1/contributions/" + id + "/approve").header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("bewijsstuk")));

		mvc.perform(multipart("/api/v1/contributions/" + id + "/evidence")
			.file(new MockMultipartFile("file", "beschikking.pdf", "application/pdf", "geen echte pdf".getBytes()))
			.header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")));
		mvc.perform(multipart("/api/v1/contributions/" + id + "/evidence")
			.file(new MockMultipartFile("file", "beschikking.pdf", "application/pdf", PDF))
			.header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidenceName", is("beschikking.pdf")));

		mvc.perform(post("/api/v1/contributions/" + id + "/approve").header("Authorization", bearer(PARTNER_LEAD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/contributions/" + id + "/approve").header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("APPROVED")));
		assertThat(approvedValue(lombok, COORDINATOR)).isEqualByComparingTo(before.add(BigDecimal.valueOf(20000)));
		mvc.perform(post("/api/v1/contributions/" + id + "/reject").header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"toch niet\"}")).andExpect(status().isConflict());
	}

	@Test
	void halfTimeForAYearAndAnEngagementOfTwoAndAHalfYears() throws Exception {
		UUID lombok = lombok().id();
		String half = register(PARTNER_LEAD, lombok, """
				{"kind":"PERSON","personRef":"API-HALF","birthYear":1990,"block":"PARTICIPATIEWET","hoursPerWeek":18,
				 "startDate":"2026-03-01","endDate":"2027-02-28"}""");
		mvc.perform(get("/api/v1/contributions/" + half).header("Authorization", bearer(PARTNER_LEAD))).andExpect(jsonPath("$.valueEur", is(20000.0)));
		String longer = register(PARTNER_LEAD, lombok, """
				{"kind":"PERSON","personRef":"API-LONG","birthYear":1979,"block":"PARTICIPATIEWET","hoursPerWeek":36,
				 "startDate":"2025-01-01","endDate":"2027-06-30"}""");
		mvc.perform(get("/api/v1/contributions/" + longer).header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(jsonPath("$.countedMonths", is(24.0)))
			.andExpect(jsonPath("$.valueEur", is(80000.0)));
	}

	@Test
	void theSamePersonTwiceInOverlappingPeriodsIsRefusedNamingTheOverlapEvenAtAnotherPartner() throws Exception {
		UUID lombok = lombok().id();
		register(PARTNER_LEAD, lombok, """
				{"kind":"PERSON","personRef":"API-TWICE","birthYear":1992,"block":"WW","hoursPerWeek":36,"startDate":"2026-01-01","endDate":"2026-06-30"}""");
		long before = count("contribution");
		mvc.perform(post("/api/v1/projects/" + lombok + "/contributions").header("Authorization", bearer(otherPartnerInProject()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"PERSON","personRef":"api-twice","birthYear":1992,"block":"WW","hoursPerWeek":20,"startDate":"2026-05-01","endDate":"2026-12-31"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("1-1-2026 tot en met 30-6-2026")))
			.andExpect(jsonPath("$.errors[0].message", containsString("Verduurzaming Lombok-West")));
		assertThat(count("contribution")).isEqualTo(before);
		register(otherPartnerInProject(), lombok, """
				{"kind":"PERSON","personRef":"api-twice","birthYear":1992,"block":"WW","hoursPerWeek":20,"startDate":"2026-07-01","endDate":"2026-12-31"}""");
	}

	@Test
	void badContributionsAre400PerFieldAndStoreNothing() throws Exception {
		UUID lombok = lombok().id();
		long before = count("contribution");
		String token = bearer(PARTNER_LEAD);
		mvc.perform(post("/api/v1/projects/" + lombok + "/contributions").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PURCHASE\",\"supplier\":\"De Schakel\",\"amountEur\":-50,\"startDate\":\"2026-05-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("amountEur")));
		mvc.perform(post("/api/v1/projects/" + lombok + "/contributions").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PERSON\",\"personRef\":\"X-1\",\"birthYear\":1990,\"block\":\"ASTRONAUT\",\"hoursPerWeek\":36,\"startDate\":\"2026-01-01\",\"endDate\":\"2026-02-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("block")));
		mvc.perform(post("/api/v1/projects/" + lombok + "/contributions").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PERSON\",\"personRef\":\"X-2\",\"birthYear\":1990,\"block\":\"WW\",\"hoursPerWeek\":36,\"startDate\":\"2026-05-01\",\"endDate\":\"2026-02-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("endDate")));
		mvc.perform(post("/api/v1/projects/" + lombok + "/contributions").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"ACTIVITY_HOURS\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("hours")));
		assertThat(count("contribution")).isEqualTo(before);
	}

	@Test
	void evidenceForAContributionThatIsNoLongerPendingIsRefusedAndNoFileIsStored() throws Exception {
		UUID lombok = lombok().id();
		String id = register(PARTNER_LEAD, lombok, """
				{"kind":"ACTIVITY_HOURS","hours":4,"startDate":"2026-09-01"}""");
		mvc.perform(post("/api/v1/contributions/" + id + "/approve").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk());
		long evidence = count("evidence");
		mvc.perform(multipart("/api/v1/contributions/" + id + "/evidence").file(new MockMultipartFile("file", "laat.pdf", "application/pdf", PDF))
			.header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isConflict());
		assertThat(count("evidence")).isEqualTo(evidence);
	}

	@Test
	void oversizeEvidenceIsRefusedWithAClearMessage() throws Exception {
		UUID lombok = lombok().id();
		String id = register(PARTNER_LEAD, lombok, """
				{"kind":"ACTIVITY_HOURS","hours":12,"startDate":"2026-09-01"}""");
		long evidence = count("evidence");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		mvc.perform(multipart("/api/v1/contributions/" + id + "/evidence").file(new MockMultipartFile("file", "groot.pdf", "application/pdf", big))
			.header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("10 MB")));
		assertThat(count("evidence")).isEqualTo(evidence);
	}

	@Test
	void aPartnerSeesOnlyItsOwnContributionsAndEvidence() throws Exception {
		UUID lombok = lombok().id();
		String own = register(PARTNER_LEAD, lombok, """
				{"kind":"PERSON","personRef":"API-OWN","birthYear":1994,"block":"BOL","hoursPerWeek":30,"startDate":"2026-02-01","endDate":"2026-07-31"}""");
		mvc.perform(multipart("/api/v1/contributions/" + own + "/evidence").file(new MockMultipartFile("file", "contract.pdf", "application/pdf", PDF))
			.header("Authorization", bearer(PARTNER_LEAD))).andExpect(status().isOk());
		String evidenceId = JsonPath.read(mvc.perform(get("/api/v1/contributions/" + own).header("Authorization", bearer(PARTNER_LEAD)))
			.andReturn().getResponse().getContentAsString(), "$.evidenceId");
		String other = otherPartnerInProject();
		mvc.perform(get("/api/v1/projects/" + lombok + "/contributions?size=100").header("Authorization", bearer(other)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].partnerName", everyItem(is("Installatietechniek Vecht"))));
		mvc.perform(get("/api/v1/contributions/" + own).header("Authorization", bearer(other))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evidence/" + evidenceId).header("Authorization", bearer(other))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evidence/" + evidenceId).header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/api/v1/evidence/" + evidenceId).header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/projects/" + lombok + "/impact").header("Authorization", bearer(other)))
			.andExpect(jsonPath("$.socialReturn.byPartner.length()", is(1)))
			.andExpect(jsonPath("$.socialReturn.byPartner[0].partnerName", is("Installatietechniek Vecht")));
	}

	@Test
	void anotherCorporationAndResidentsSeeNothing() throws Exception {
		UUID lombok = lombok().id();
		for (String username : new String[] { OTHER_PROJECT_LEAD, OTHER_PARTNER_LEAD, RESIDENT, "coordinator@zuid.demo.nl" }) {
			mvc.perform(get("/api/v1/projects/" + lombok + "/impact").header("Authorization", bearer(username))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/projects/" + lombok + "/contributions").header("Authorization", bearer(username))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/projects/" + lombok + "/commitments").header("Authorization", bearer(username))).andExpect(status().isNotFound());
		}
		UUID someContribution = jdbc.sql("select id from contribution where project_id = :p limit 1").param("p", lombok).query(UUID.class).single();
		mvc.perform(post("/api/v1/contributions/" + someContribution + "/approve").header("Authorization", bearer("coordinator@zuid.demo.nl")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/projects/" + lombok + "/social-return").with(as(OTHER_PARTNER_LEAD))).andExpect(status().isNotFound());
		mvc.perform(get("/projects/" + lombok + "/plan").with(as(RESIDENT))).andExpect(status().isNotFound());
	}

	@Test
	void coordinatorSetsAPercentageAndPsoStep() throws Exception {
		UUID id = projects.create(user(PROJECT_LEAD), new nl.ketenimpact.project.ProjectInput("PSO-project", "Utrecht", null,
				nl.ketenimpact.project.ProjectType.REB, java.time.LocalDate.of(2026, 1, 1), null));
		UUID vanDam = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
		partners.add(user(PROJECT_LEAD), id, new nl.ketenimpact.project.PartnerInput(vanDam,
				nl.ketenimpact.project.PartnerRole.MAIN_CONTRACTOR, new BigDecimal("1000000")));
		mvc.perform(get("/api/v1/projects/" + id + "/impact").header("Authorization", bearer(COORDINATOR)))
			.andExpect(jsonPath("$.socialReturn.obligationEur", is(50000.0)));
		mvc.perform(put("/api/v1/projects/" + id + "/obligations/" + vanDam).header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"percentage\":150}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("percentage")));
		mvc.perform(put("/api/v1/projects/" + id + "/obligations/" + vanDam).header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"percentage\":1}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/projects/" + id + "/obligations/" + vanDam).header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"percentage\":2.5,\"psoStep\":3}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.socialReturn.obligationEur", is(25000.0)))
			.andExpect(jsonPath("$.socialReturn.byPartner[0].psoStep", is(3)));
	}

	@Test
	void adminOnlyManagesValueSetsAndTheirPeriodsDoNotOverlap() throws Exception {
		String utrecht2027 = """
				{"name":"Utrecht 2027","municipality":"Utrecht","validFrom":"2027-01-01","validTo":"2027-12-31",
				 "amounts":{"PARTICIPATIEWET":44000,"BANENAFSPRAAK":55000,"PRAKTIJKONDERWIJS":38000,"WIA_WAO":44000,"WW":22000,"BBL":38000,
				            "BOL":22000,"NO_BENEFIT":11000},
				 "bonusEur":11000,"activityHourEur":110,"purchaseRegisterPct":100,"purchaseOtherPct":50,"psoFulfilmentPct":0}""";
		mvc.perform(post("/api/v1/value-sets").header("Authorization", bearer(COORDINATOR)).contentType(MediaType.APPLICATION_JSON).content(utrecht2027))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/value-sets").header("Authorization", bearer(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(utrecht2027))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/value-sets").header("Authorization", bearer(ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content(utrecht2027.replace("Utrecht 2027", "Dubbel")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("validFrom")));
		// A contribution in Utrecht starting in 2027 is valued with the Utrecht set: 6 months full time = 22,000.
		String id = register(PARTNER_LEAD, lombok().id(), """
				{"kind":"PERSON","personRef":"API-2027","birthYear":1991,"block":"PARTICIPATIEWET","hoursPerWeek":36,"startDate":"2027-01-01","endDate":"2027-06-30"}""");
		mvc.perform(get("/api/v1/contributions/" + id).header("Authorization", bearer(PARTNER_LEAD))).andExpect(jsonPath("$.valueEur", is(22000.0)));
		mvc.perform(post("/api/v1/value-sets").header("Authorization", bearer(ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Leeg\",\"validFrom\":\"2030-01-01\",\"amounts\":{\"WW\":-1},\"bonusEur\":0,\"activityHourEur\":0,"
					+ "\"purchaseRegisterPct\":100,\"purchaseOtherPct\":50,\"psoFulfilmentPct\":0}"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from value_set where name in ('Dubbel', 'Leeg')").query(Long.class).single()).isZero();
	}
}
