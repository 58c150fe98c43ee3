package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.participation.internal.PerformerAge;
import nl.ketenimpact.participation.internal.SelfWorkManagement;
import nl.ketenimpact.participation.internal.TaskInput;
import nl.ketenimpact.participation.internal.TaskRisk;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Opportunities to placements over the API and pages, with their scoping and rules. */
class ParticipationApiTests extends IntegrationTestSupport {

	private String publish(String username, UUID project, String json, int expected) throws Exception {
		String body = mvc.perform(post("/api/v1/projects/" + project + "/opportunities").header("Authorization", bearer(username))
			.contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return expected == 201 ? JsonPath.read(body, "$.id") : body;
	}

	private String opportunity(String username, UUID project, String type, int places) throws Exception {
		return publish(username, project, """
				{"type":"%s","title":"Test %s","description":"Omschrijving","places":%d,"startDate":"2026-09-01","endDate":"2027-06-30"}"""
			.formatted(type, type, places), 201);
	}

	private String apply(String username, String opportunity, String extra, int expected) throws Exception {
		String body = mvc.perform(post("/api/v1/opportunities/" + opportunity + "/applications").header("Authorization", bearer(username))
			.contentType(MediaType.APPLICATION_JSON).content("{\"motivation\":\"Graag\",\"availability\":\"Altijd\"" + extra + "}"))
			.andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return expected == 201 ? JsonPath.read(body, "$.id") : body;
	}

	private String accept(String username, String application, int expected) throws Exception {
		String body = mvc.perform(post("/api/v1/applications/" + application + "/decision").header("Authorization", bearer(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\":true,\"startDate\":\"2026-09-01\",\"endDate\":\"2027-02-28\",\"mentor\":\"Johan\",\"hoursPerWeek\":24}"))
			.andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
		return expected == 200 ? JsonPath.read(body, "$.placementId") : body;
	}

	@Test
	void aResidentSeesOnlyTheOpenOpportunitiesOfTheirOwnProjectAndAppliesOnce() throws Exception {
		UUID lombok = lombok().id();
		String opportunity = opportunity(PARTNER_LEAD, lombok, "WORK_EXPERIENCE", 2);
		mvc.perform(get("/api/v1/projects/" + lombok + "/opportunities?size=100").header("Authorization", bearer(RESIDENT)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem(opportunity)));
		mvc.perform(get("/api/v1/projects/" + woensel() + "/opportunities").header("Authorization", bearer(RESIDENT))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/" + lombok + "/opportunities").header("Authorization", bearer(OTHER_RESIDENT))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/opportunities/" + opportunity).header("Authorization", bearer(OTHER_PARTNER_LEAD))).andExpect(status().isNotFound());
		apply(OTHER_RESIDENT, opportunity, "", 404);
		long outbox = count("mail_outbox");
		long mails = mailsTo(RESIDENT);
		String application = apply(RESIDENT, opportunity, "", 201);
		apply(RESIDENT, opportunity, "", 400);
		// The mail follows the event ApplicationReceived, from the worklist module's listener that runs after the commit on its own thread.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> mailsTo(RESIDENT) == mails + 1);
		assertThat(count("mail_outbox")).isEqualTo(outbox + 1);
		// It says what and where, with a link; nothing the resident wrote.
		assertThat(lastMailTo(RESIDENT)).contains("Uw aanmelding is ontvangen").contains("Verduurzaming Lombok-West").contains("/opportunities/" + opportunity);
		// Its publication is completed once the listener has written the mail.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				select count(*) from event_publication where event_type like '%ApplicationReceived' and completion_date is not null
				  and serialized_event like :id""").param("id", "%" + application + "%").query(Long.class).single() == 1);
		mvc.perform(get("/api/v1/applications").header("Authorization", bearer(RESIDENT)))
			.andExpect(jsonPath("$[*].opportunityId", hasItem(opportunity)));
		mvc.perform(get("/api/v1/applications").header("Authorization", bearer(OTHER_RESIDENT)))
			.andExpect(jsonPath("$[*].opportunityId", not(hasItem(opportunity))));
	}

	@Test
	void onlyTheOfferingPartnerSeesAndDecidesApplicationsAndAcceptingCreatesThePlacement() throws Exception {
		UUID lombok = lombok().id();
		String opportunity = opportunity(PARTNER_LEAD, lombok, "INTERNSHIP", 1);
		String application = apply(CASE_WORKER, opportunity, ",\"candidateRef\":\"ROC-T1\"", 201);
		mvc.perform(get("/api/v1/opportunities/" + opportunity + "/applications").header("Authorization", bearer(otherPartnerInProject())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/opportunities/" + opportunity + "/applications").header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/opportunities/" + opportunity + "/applications").header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].candidateRef", is("ROC-T1")));
		accept(otherPartnerInProject(), application, 403);
		long placements = count("placement");
		mvc.perform(post("/api/v1/applications/" + application + "/decision").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"accept\":true,\"startDate\":\"2026-09-01\",\"endDate\":\"2026-01-01\",\"hoursPerWeek\":99}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("endDate")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("mentor")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("hoursPerWeek")));
		assertThat(count("placement")).isEqualTo(placements);
		String placement = accept(PARTNER_LEAD, application, 200);
		accept(PARTNER_LEAD, application, 409);
		apply(CASE_WORKER, opportunity, ",\"candidateRef\":\"ROC-T2\"", 409);

		mvc.perform(post("/api/v1/placements/" + placement + "/hours").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"weekStart\":\"2026-09-07\",\"hours\":120}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/placements/" + placement + "/hours").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"weekStart\":\"2026-09-09\",\"hours\":24}")).andExpect(status().isOk()).andExpect(jsonPath("$.hoursLogged", is(24.0)));
		mvc.perform(post("/api/v1/placements/" + placement + "/hours").header("Authorization", bearer(CASE_WORKER)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"weekStart\":\"2026-09-14\",\"hours\":24}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/placements/" + placement + "/outcome").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"HIRED\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("contractType")));
		mvc.perform(post("/api/v1/placements/" + placement + "/outcome").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"DROPPED_OUT\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("reason")));
		mvc.perform(post("/api/v1/placements/" + placement + "/outcome").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"HIRED\",\"contractType\":\"PERMANENT\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.outcome", is("HIRED")));
		mvc.perform(get("/api/v1/placements?size=100").header("Authorization", bearer(CASE_WORKER)))
			.andExpect(jsonPath("$.items[*].id", hasItem(placement)));
		mvc.perform(get("/api/v1/placements?size=100").header("Authorization", bearer(OTHER_PARTNER_LEAD)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(placement))));
	}

	@Test
	void aDeclineNeedsAReasonThatTheResidentSees() throws Exception {
		String opportunity = opportunity(PARTNER_LEAD, lombok().id(), "LIVEABILITY", 5);
		String application = apply(RESIDENT, opportunity, "", 201);
		mvc.perform(post("/api/v1/applications/" + application + "/decision").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"accept\":false}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/applications/" + application + "/decision").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"accept\":false,\"reason\":\"Vol op die dag\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/applications").header("Authorization", bearer(RESIDENT)))
			.andExpect(jsonPath("$[?(@.id == '" + application + "')].decisionReason", hasItem("Vol op die dag")));
	}

	@Test
	void publishingChecksItsInputAndWhoPublishes() throws Exception {
		UUID lombok = lombok().id();
		long before = count("opportunity");
		publish(PARTNER_LEAD, lombok, """
				{"type":"EXCURSION","title":"x","description":"y","places":3,"startDate":"2026-09-01","jobGuarantee":true,"jobGuaranteeCondition":"z"}""", 400);
		publish(PARTNER_LEAD, lombok, """
				{"type":"INTERNSHIP","title":"x","description":"y","places":0,"startDate":"2026-09-01"}""", 400);
		publish(PARTNER_LEAD, lombok, """
				{"type":"INTERNSHIP","title":"x","description":"y","places":2,"startDate":"2026-09-01","endDate":"2026-01-01","jobGuarantee":true}""", 400);
		publish(FIELD_WORKER, lombok, """
				{"type":"INTERNSHIP","title":"x","description":"y","places":2,"startDate":"2026-09-01"}""", 403);
		publish(RESIDENT, lombok, """
				{"type":"INTERNSHIP","title":"x","description":"y","places":2,"startDate":"2026-09-01"}""", 404);
		publish(OTHER_PARTNER_LEAD, lombok, """
				{"type":"INTERNSHIP","title":"x","description":"y","places":2,"startDate":"2026-09-01"}""", 404);
		assertThat(count("opportunity")).isEqualTo(before);
		String excursion = opportunity(PARTNER_LEAD, lombok, "EXCURSION", 10);
		apply(CASE_WORKER, excursion, ",\"candidateRef\":\"K-1\"", 400);
		String internship = opportunity(PARTNER_LEAD, lombok, "INTERNSHIP", 10);
		apply(CASE_WORKER, internship, ",\"candidateRef\":\"Jan de Vries\"", 400);
	}

	@Test
	void activitiesCountOnlyWithConsentsAndFeedThePlan() throws Exception {
		UUID lombok = lombok().id();
		long before = count("activity");
		mvc.perform(post("/api/v1/projects/" + lombok + "/activities").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"SITE_EXCURSION","title":"Excursie","heldOn":"2026-10-01","children":20,"adults":2,"residents":0,"staffVolunteerHours":6,"parentalConsents":18}"""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("parentalConsents")));
		mvc.perform(post("/api/v1/projects/" + lombok + "/activities").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"CLEAN_UP_DAY","title":"Opruimen","heldOn":"2026-10-01","partnerIds":["%s"],"children":0,"adults":10,"residents":8,"staffVolunteerHours":-1,"parentalConsents":0}"""
				.formatted(organisations.findByName("Bouwcombinatie Kempen").orElseThrow().id())))
			.andExpect(status().isBadRequest());
		assertThat(count("activity")).isEqualTo(before);
		mvc.perform(post("/api/v1/projects/" + lombok + "/activities").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"SITE_EXCURSION","title":"Excursie","heldOn":"2026-10-01","children":20,"adults":2,"residents":0,"staffVolunteerHours":6,"parentalConsents":20}"""))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/projects/" + lombok + "/activities?size=100").header("Authorization", bearer(FIELD_WORKER)))
			.andExpect(jsonPath("$.items[*].title", hasItem("Excursie")));
		mvc.perform(get("/api/v1/projects/" + lombok + "/activities").header("Authorization", bearer(OTHER_PARTNER_LEAD))).andExpect(status().isNotFound());
		java.util.List<Number> excursions = JsonPath.read(mvc.perform(get("/api/v1/projects/" + lombok + "/commitments").header("Authorization", bearer(COORDINATOR)))
			.andReturn().getResponse().getContentAsString(), "$[?(@.description =~ /Bouwplaatsexcursies.*/)].computedActual");
		assertThat(excursions).isNotEmpty().allMatch(n -> n.doubleValue() >= 2, "two excursions recorded by Van Dam count");
	}

	@Test
	void selfWorkIsRefusedWhenRiskyOrForChildrenAndPassesItsGatesInOrder() throws Exception {
		UUID lombok = lombok().id();
		var coordinator = user(COORDINATOR);
		UUID dwelling = dwellings.list(coordinator, lombok, 0, 1).items().get(0).id();
		assertThat(count("self_work_task where title = 'Dak'")).isZero();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks().create(coordinator, lombok,
				new TaskInput(dwelling, "Dak", null, java.util.Set.of(TaskRisk.WORK_AT_HEIGHT), PerformerAge.ADULT, null)))
			.isInstanceOf(nl.ketenimpact.shared.InvalidInput.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks().create(coordinator, lombok,
				new TaskInput(dwelling, "Dak", null, java.util.Set.of(), PerformerAge.UNDER_16, null)))
			.isInstanceOf(nl.ketenimpact.shared.InvalidInput.class);
		assertThat(count("self_work_task where title = 'Dak'")).isZero();
		UUID task = tasks().create(coordinator, lombok, new TaskInput(dwelling, "Hek schilderen", null, java.util.Set.of(), PerformerAge.MINOR_16_17, "Vincent"));
		mvc.perform(post("/self-work/" + task + "/step").with(as(COORDINATOR)).with(csrf()).param("projectId", lombok.toString()).param("step", "START"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError", "task.start.noInstruction"));
		mvc.perform(post("/projects/" + lombok + "/payments").with(as(COORDINATOR)).with(csrf()).param("residentUserId", user(RESIDENT).id().toString())
			.param("payerId", organisations.findByName("Welzijn Wijkkracht").orElseThrow().id().toString()).param("paidOn", LocalDate.now().toString())
			.param("amount", "10").param("kind", "VOLUNTEER_ALLOWANCE").param("age21Plus", "true").param("taskId", task.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("goedgekeurde kwaliteitsinspectie")));
		mvc.perform(get("/projects/" + lombok + "/self-work").with(as(PARTNER_LEAD))).andExpect(status().isForbidden());
		mvc.perform(get("/projects/" + lombok + "/self-work").with(as(COORDINATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Hek schilderen")));
	}

	@Test
	void paymentsAboveTheCapsNeedTheChoiceToPayAsIncomeAndTaxLiablePayersAConfirmation() throws Exception {
		UUID lombok = lombok().id();
		String resident = user(RESIDENT).id().toString();
		String welfare = organisations.findByName("Welzijn Wijkkracht").orElseThrow().id().toString();
		String contractor = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id().toString();
		String day = "2026-06-15";
		long before = count("compensation");
		mvc.perform(post("/projects/" + lombok + "/payments").with(as(COORDINATOR)).with(csrf()).param("residentUserId", resident).param("payerId", welfare)
			.param("paidOn", day).param("amount", "250").param("kind", "VOLUNTEER_ALLOWANCE").param("age21Plus", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("boven de maandgrens")));
		mvc.perform(post("/projects/" + lombok + "/payments").with(as(COORDINATOR)).with(csrf()).param("residentUserId", resident).param("payerId", contractor)
			.param("paidOn", day).param("amount", "50").param("kind", "VOLUNTEER_ALLOWANCE").param("age21Plus", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("belastingplichtige")));
		assertThat(count("compensation")).isEqualTo(before);
		mvc.perform(post("/projects/" + lombok + "/payments").with(as(COORDINATOR)).with(csrf()).param("residentUserId", resident).param("payerId", welfare)
			.param("paidOn", day).param("amount", "250").param("kind", "VOLUNTEER_ALLOWANCE").param("age21Plus", "true").param("paidAsIncome", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/projects/" + lombok + "/payments").with(as(COORDINATOR)).with(csrf()).param("residentUserId", user(OTHER_RESIDENT).id().toString())
			.param("payerId", welfare).param("paidOn", day).param("amount", "5").param("kind", "EXPENSES"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/projects/" + lombok + "/payments").with(as(COORDINATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("grenzen van 2025 worden gebruikt")));
		mvc.perform(get("/projects/" + lombok + "/payments").with(as(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
	}

	@Test
	void theResidentPortalShowsOwnThingsAndSavesConsents() throws Exception {
		mvc.perform(get("/portal").with(as(RESIDENT))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Doe mee")))
			.andExpect(content().string(containsString("Klussen in mijn woning")));
		mvc.perform(post("/portal/consents").with(as(RESIDENT)).with(csrf()).param("contactOpportunities", "true")).andExpect(status().is3xxRedirection());
		assertThat(residents.consents(user(RESIDENT)).contactOpportunities()).isTrue();
		assertThat(residents.consents(user(RESIDENT)).photos()).isFalse();
		mvc.perform(get("/portal").with(as(PARTNER_LEAD))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/outbox").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/admin/outbox").with(as(COORDINATOR))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/allowance-limits").with(as(ADMIN))).andExpect(status().isOk()).andExpect(content().string(containsString("2025")));
		mvc.perform(get("/projects/" + lombok().id() + "/opportunities").with(as(PARTNER_LEAD))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Baangarantie")));
	}

	@org.springframework.beans.factory.annotation.Autowired
	SelfWorkManagement selfWork;

	private SelfWorkManagement tasks() {
		return selfWork;
	}

	static BigDecimal eur(String amount) {
		return new BigDecimal(amount);
	}
}
