package nl.ketenimpact.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.signal.internal.SignalJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A signal from the site to help and back, with its privacy guarantees. */
@ExtendWith(OutputCaptureExtension.class)
class SignalFlowTests extends IntegrationTestSupport {

	static final String SOCIAL_WORKER = "wijkconsulent@demo.nl";

	@Autowired
	SignalJobs jobs;

	private String register(String observation, String categories, String urgency) throws Exception {
		String body = mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categories\":[" + categories + "],\"urgency\":\"" + urgency + "\",\"observation\":\"" + observation + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("RECEIVED")))
			.andExpect(jsonPath("$.observation").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private void step(String user, String signal, String json, int expected) throws Exception {
		mvc.perform(post("/api/v1/signals/" + signal + "/transitions").header("Authorization", bearer(user))
			.contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().is(expected));
	}

	private UUID welfare() {
		return organisations.findByName("Welzijn Wijkkracht").orElseThrow().id();
	}

	@Test
	void aFailedContactAttemptIsRecordedWithTheDayToTryAgainAndTheStepIsOfferedOnlyWhenItMayHappen() throws Exception {
		String signal = register("Bewoner niet thuis bij de oplevering", "\"LONELINESS\"", "NORMAL");
		// Not before it is picked up: the step is refused and not offered.
		step(SOCIAL_WORKER, signal, "{\"action\":\"CONTACT_ATTEMPT_FAILED\",\"retryOn\":\"" + today().plusDays(2) + "\"}", 409);
		mvc.perform(get("/signals/" + signal).with(as(SOCIAL_WORKER))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("value=\"CONTACT_ATTEMPT_FAILED\""))));
		step(SOCIAL_WORKER, signal, "{\"action\":\"PICK_UP\"}", 200);
		// A date is needed, from today and at most 60 days ahead; a refusal changes nothing.
		step(SOCIAL_WORKER, signal, "{\"action\":\"CONTACT_ATTEMPT_FAILED\"}", 400);
		step(SOCIAL_WORKER, signal, "{\"action\":\"CONTACT_ATTEMPT_FAILED\",\"retryOn\":\"" + today().minusDays(1) + "\"}", 400);
		step(SOCIAL_WORKER, signal, "{\"action\":\"CONTACT_ATTEMPT_FAILED\",\"retryOn\":\"" + today().plusDays(61) + "\"}", 400);
		assertThat(jdbc.sql("select count(*) from signal_contact where signal_id = :s").param("s", UUID.fromString(signal)).query(Long.class).single()).isZero();
		// Not the reporter, not another corporation.
		step(FIELD_WORKER, signal, "{\"action\":\"CONTACT_ATTEMPT_FAILED\",\"retryOn\":\"" + today().plusDays(2) + "\"}", 403);
		step(OTHER_PROJECT_LEAD, signal, "{\"action\":\"CONTACT_ATTEMPT_FAILED\",\"retryOn\":\"" + today().plusDays(2) + "\"}", 404);

		mvc.perform(post("/signals/" + signal + "/transitions").with(as(SOCIAL_WORKER)).with(csrf()).param("action", "CONTACT_ATTEMPT_FAILED")
				.param("retryOn", today().plusDays(3).toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select retry_on from signal where id = :s").param("s", UUID.fromString(signal)).query(java.time.LocalDate.class).single())
			.isEqualTo(today().plusDays(3));
		assertThat(jdbc.sql("select response from signal_contact where signal_id = :s").param("s", UUID.fromString(signal)).query(String.class).single())
			.isEqualTo("NOT_REACHED");
		mvc.perform(get("/signals/" + signal).with(as(SOCIAL_WORKER))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Volgende contactpoging gepland op "
					+ nl.ketenimpact.shared.DutchDate.format(today().plusDays(3)))));
		assertThat(jdbc.sql("select count(*) from signal_access where signal_id = :s and action = 'CONTACT_ATTEMPT_FAILED'")
			.param("s", UUID.fromString(signal)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void fromSiteToHelpAndBackWithoutAnyPersonalTextInTheLog(CapturedOutput output) throws Exception {
		String observation = "Flowtest mevrouw huilde bij de voordeur 7Q3";
		String contactNote = "notitie-geheim-8X1";
		String reportBack = "terugmelding-geheim-5Z2";
		String signal = register(observation, "\"LONELINESS\",\"FINANCIAL_WORRIES\"", "URGENT");

		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", bearer(FIELD_WORKER)))
			.andExpect(jsonPath("$.status", is("RECEIVED")))
			.andExpect(jsonPath("$.observation").doesNotExist());
		mvc.perform(get("/api/v1/signals").header("Authorization", bearer(SOCIAL_WORKER)))
			.andExpect(jsonPath("$.queue.items[*].id", hasItem(signal)));

		step(SOCIAL_WORKER, signal, "{\"action\":\"PICK_UP\"}", 200);
		step(SOCIAL_WORKER, signal, "{\"action\":\"PICK_UP\"}", 409);
		step(SOCIAL_WORKER, signal, "{\"action\":\"RECORD_CONTACT\",\"response\":\"OPEN_TO_HELP\",\"note\":\"" + contactNote + "\"}", 200);
		step(SOCIAL_WORKER, signal, "{\"action\":\"REFER\",\"organisationId\":\"" + welfare() + "\"}", 400);
		step(SOCIAL_WORKER, signal, "{\"action\":\"REFER\",\"organisationId\":\"" + welfare() + "\",\"lawfulBasis\":\"CONSENT\",\"consentDate\":\""
				+ LocalDate.now() + "\"}", 200);

		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", bearer(FIELD_WORKER))).andExpect(jsonPath("$.status", is("PICKED_UP")));
		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", bearer(CASE_WORKER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.observation", is(observation)));
		mvc.perform(get("/api/v1/signals").header("Authorization", bearer(CASE_WORKER)))
			.andExpect(jsonPath("$.referrals.items[*].signalId", hasItem(signal)));
		step(CASE_WORKER, signal, "{\"action\":\"REPORT_BACK\",\"referralOutcome\":\"HELP_STARTED\",\"note\":\"" + reportBack + "\"}", 200);
		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", bearer(SOCIAL_WORKER)))
			.andExpect(jsonPath("$.referrals[0].outcome", is("HELP_STARTED")))
			.andExpect(jsonPath("$.contacts[0].note", is(contactNote)));

		step(SOCIAL_WORKER, signal, "{\"action\":\"WITHDRAW_CONSENT\"}", 200);
		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", bearer(CASE_WORKER))).andExpect(status().isNotFound());
		step(CASE_WORKER, signal, "{\"action\":\"REPORT_BACK\",\"referralOutcome\":\"HELP_STARTED\"}", 404);

		step(SOCIAL_WORKER, signal, "{\"action\":\"CLOSE\"}", 400);
		step(SOCIAL_WORKER, signal, "{\"action\":\"CLOSE\",\"outcome\":\"HELP_ACCEPTED\"}", 200);
		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", bearer(FIELD_WORKER))).andExpect(jsonPath("$.status", is("CLOSED")));
		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", bearer(SOCIAL_WORKER))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reason")));
		mvc.perform(get("/api/v1/signals/" + signal).header("Authorization", bearer(SOCIAL_WORKER)).header("X-Access-Reason", "Klacht van huurder"))
			.andExpect(status().isOk());

		List<Map<String, Object>> log = jdbc.sql("select action, reason from signal_access where signal_id = :s order by id")
			.param("s", UUID.fromString(signal)).query().listOfRows();
		assertThat(log).extracting(row -> row.get("action"))
			.contains("REGISTERED", "PICK_UP", "RECORD_CONTACT", "REFER", "VIEWED", "REPORT_BACK", "WITHDRAW_CONSENT", "CLOSE");
		assertThat(log).extracting(row -> row.get("reason")).contains("Klacht van huurder");
		mvc.perform(get("/api/v1/signals/log?size=100").header("Authorization", bearer(COORDINATOR)))
			.andExpect(jsonPath("$.items[*].reason", hasItem("Klacht van huurder")));

		assertThat(output.getAll()).doesNotContain(observation, contactNote, reportBack, "Klacht van huurder");
	}

	@Test
	void healthWithoutExplicitConsentAndReferralsToASchoolAreRefused() throws Exception {
		String signal = register("Bewoner hoestte aanhoudend", "\"HEALTH\"", "NORMAL");
		step(SOCIAL_WORKER, signal, "{\"action\":\"PICK_UP\"}", 200);
		long referrals = count("referral");
		mvc.perform(post("/api/v1/signals/" + signal + "/transitions").header("Authorization", bearer(SOCIAL_WORKER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"REFER\",\"organisationId\":\"" + welfare()
					+ "\",\"lawfulBasis\":\"CONSENT\",\"consentDate\":\"" + LocalDate.now() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("explicitConsent")));
		UUID school = organisations.findByName("ROC Stichtse Vakschool").orElseThrow().id();
		step(SOCIAL_WORKER, signal, "{\"action\":\"REFER\",\"organisationId\":\"" + school + "\",\"lawfulBasis\":\"VITAL_INTEREST\",\"justification\":\"x\"}", 400);
		assertThat(count("referral")).isEqualTo(referrals);
		step(SOCIAL_WORKER, signal, "{\"action\":\"REFER\",\"organisationId\":\"" + welfare() + "\",\"lawfulBasis\":\"CONSENT\",\"explicitConsent\":true,"
				+ "\"consentDate\":\"" + LocalDate.now() + "\"}", 200);
	}

	@Test
	void badSignalsAreRefusedPerFieldAndNothingIsStored() throws Exception {
		long before = count("signal");
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"categories\":[],\"urgency\":\"NORMAL\",\"observation\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("categories")));
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"categories\":[\"GOSSIP\"],\"urgency\":\"NORMAL\",\"observation\":\"x\"}"))
			.andExpect(status().isBadRequest());
		UUID otherDwelling = dwellings.list(user(OTHER_PROJECT_LEAD), woensel(), 0, 1).items().get(0).id();
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dwellingId\":\"" + otherDwelling + "\",\"categories\":[\"OTHER\"],\"urgency\":\"NORMAL\",\"observation\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("dwellingId")));
		assertThat(count("signal")).isEqualTo(before);
	}

	@Test
	void purgeWithAMovedClockKeepsOnlyAnonymousFacts() throws Exception {
		String signal = register("Purgetest tekst die weg moet", "\"NEGLECT\"", "NORMAL");
		UUID dwelling = dwellings.list(user(PROJECT_LEAD), lombok().id(), 0, 1).items().get(0).id();
		jdbc.sql("update signal set dwelling_id = :d where id = :id").param("d", dwelling).param("id", UUID.fromString(signal)).update();
		step(SOCIAL_WORKER, signal, "{\"action\":\"PICK_UP\"}", 200);
		step(SOCIAL_WORKER, signal, "{\"action\":\"RECORD_CONTACT\",\"response\":\"NOT_REACHED\",\"note\":\"Purgetest notitie\"}", 200);
		step(SOCIAL_WORKER, signal, "{\"action\":\"CLOSE\",\"outcome\":\"NO_ACTION_NEEDED\"}", 200);

		Instant almostAYearLater = Instant.now().plus(Duration.ofDays(360));
		jobs.purge(almostAYearLater);
		assertThat(observation(signal)).isEqualTo("Purgetest tekst die weg moet");

		Instant thirteenMonthsLater = Instant.now().plus(Duration.ofDays(400));
		assertThat(jobs.purge(thirteenMonthsLater)).isPositive();
		assertThat(jobs.purge(thirteenMonthsLater)).as("once per day, whichever instance runs it").isEqualTo(-1);
		assertThat(observation(signal)).isNull();
		Map<String, Object> row = jdbc.sql("select dwelling_id, categories, outcome, project_id, purged_at from signal where id = :id")
			.param("id", UUID.fromString(signal)).query().singleRow();
		assertThat(row.get("dwelling_id")).isNull();
		assertThat(row.get("categories")).isEqualTo("NEGLECT");
		assertThat(row.get("outcome")).isEqualTo("NO_ACTION_NEEDED");
		assertThat(row.get("purged_at")).isNotNull();
		assertThat(jdbc.sql("select note from signal_contact where signal_id = :id").param("id", UUID.fromString(signal)).query(String.class).list())
			.containsOnlyNulls();
	}

	private String observation(String signal) {
		return jdbc.sql("select observation from signal where id = :id").param("id", UUID.fromString(signal)).query(String.class).optional().orElse(null);
	}

	@Test
	void overdueSignalsEscalateOnceToTheSocialTeamAndCoordinator() throws Exception {
		String signal = register("Escalatietest", "\"UNSAFE\"", "URGENT");
		Instant later = Instant.now().plus(Duration.ofDays(30));
		assertThat(jobs.escalate(later)).isPositive();
		assertThat(jobs.escalate(later)).as("the same period runs once").isEqualTo(-1);
		assertThat(jobs.escalate(later.plus(Duration.ofHours(1)))).as("already escalated signals are not notified again").isZero();
		List<String> notified = jdbc.sql("""
				select u.username from signal_notification n join app_user u on u.id = n.user_id where n.signal_id = :s order by 1""")
			.param("s", UUID.fromString(signal)).query(String.class).list();
		assertThat(notified).containsExactly("coordinator@demo.nl", SOCIAL_WORKER);
		mvc.perform(get("/signals").with(as(SOCIAL_WORKER)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("niet op tijd opgepakt")));
	}

	@Test
	void theScheduledJobsRunThroughTheSchedulersCallWithoutAnError() {
		// The scheduler calls these on the bean; they must open their own transaction (a claim needs one).
		assertThatCode(() -> {
			jobs.scheduledEscalation();
			jobs.scheduledPurge();
		}).doesNotThrowAnyException();
		assertThat(jdbc.sql("select count(*) from job_run where job = 'signal-escalation'").query(Long.class).single()).isPositive();
	}

	@Test
	void statisticsHideSmallNumbersOutsideTheSocialTeam() throws Exception {
		String exact = mvc.perform(get("/api/v1/signals/stats?projectId=" + lombok().id()).header("Authorization", bearer(SOCIAL_WORKER)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.suppressed", is(false))).andReturn().getResponse().getContentAsString();
		List<Integer> exactCells = JsonPath.read(exact, "$.byCategoryMonth.*.*.count");
		assertThat(exactCells).anyMatch(n -> n != null && n > 0 && n < 5);
		String coarse = mvc.perform(get("/api/v1/signals/stats?projectId=" + lombok().id()).header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.suppressed", is(true))).andReturn().getResponse().getContentAsString();
		List<Integer> coarseCells = JsonPath.read(coarse, "$.byCategoryMonth.*.*.count");
		assertThat(coarseCells).allMatch(n -> n == null || n == 0 || n >= 5);
		mvc.perform(get("/api/v1/signals/stats?projectId=" + lombok().id()).header("Authorization", bearer(PARTNER_LEAD))).andExpect(status().isOk())
			.andExpect(jsonPath("$.suppressed", is(true)));
		mvc.perform(get("/api/v1/signals/stats?projectId=" + lombok().id()).header("Authorization", bearer(OTHER_PROJECT_LEAD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/signals/stats").header("Authorization", bearer(PARTNER_LEAD))).andExpect(status().isForbidden());
		mvc.perform(get("/signals/stats").with(as(COORDINATOR))).andExpect(status().isOk());
	}

	@Test
	void adminSetsDeadlinesAndRetentionWithinLimits() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/signal-settings").header("Authorization", bearer(ADMIN))
			.contentType(MediaType.APPLICATION_JSON).content("{\"triageDays\":0,\"urgentDays\":1,\"retentionMonths\":12}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("triageDays")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/signal-settings").header("Authorization", bearer(COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"triageDays\":3,\"urgentDays\":1,\"retentionMonths\":12}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/signal-settings").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/signal-settings").header("Authorization", bearer(ADMIN))).andExpect(jsonPath("$.retentionMonths", is(12)));
	}

	@Test
	void theQueueNeverShowsAnotherCorporationsSignals() throws Exception {
		String signal = register("Eigen corporatie", "\"OTHER\"", "NORMAL");
		UUID zuid = organisations.findByName("Woongoed Zuid").orElseThrow().id();
		if (users.activeByUsername("wijk2@zuid.test").isEmpty()) {
			administration.create(user(ADMIN), new nl.ketenimpact.organisation.internal.UserDetailsInput("wijk2@zuid.test", "Wijk Zuid", zuid,
					java.util.Set.of(nl.ketenimpact.organisation.Role.SOCIAL_WORKER), "zuid-wachtwoord"));
		}
		mvc.perform(get("/api/v1/signals?size=100").header("Authorization", bearer("wijk2@zuid.test")))
			.andExpect(jsonPath("$.queue.items[*].id", not(hasItem(signal))));
	}
}
