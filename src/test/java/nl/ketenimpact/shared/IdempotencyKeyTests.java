package nl.ketenimpact.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A phone's queue sends a report again when the answer was lost: the same key gives the same record, and one record. */
class IdempotencyKeyTests extends IntegrationTestSupport {

	@Autowired
	Idempotency idempotency;

	private static final String SIGNAL = "{\"categories\":[\"LONELINESS\",\"FINANCIAL_WORRIES\"],\"urgency\":\"NORMAL\",\"observation\":\"%s\"}";

	private MockHttpServletRequestBuilder signal(String key, String observation) {
		MockHttpServletRequestBuilder request = post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER))
			.contentType(MediaType.APPLICATION_JSON).content(SIGNAL.formatted(observation));
		return key == null ? request : request.header("Idempotency-Key", key);
	}

	private long signalsWith(String observation) {
		return jdbc.sql("select count(*) from signal where observation = :o").param("o", observation).query(Long.class).single();
	}

	@Test
	void aSignalSentTwiceWithItsKeyIsRegisteredOnceAndBothAnswersNameIt() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = mvc.perform(signal(key, "Idem eerste keer 4K1")).andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false")).andReturn().getResponse().getContentAsString();
		String again = mvc.perform(signal(key, "Idem eerste keer 4K1")).andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true")).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat(signalsWith("Idem eerste keer 4K1")).isEqualTo(1);
		// The categories in another order are the same request.
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER)).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"observation\":\"Idem eerste keer 4K1\",\"urgency\":\"NORMAL\",\"categories\":[\"FINANCIAL_WORRIES\",\"LONELINESS\"]}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.id").value((String) JsonPath.read(first, "$.id")));
		assertThat(signalsWith("Idem eerste keer 4K1")).isEqualTo(1);
		// Without a key, two posts are two signals (as before).
		mvc.perform(signal(null, "Idem zonder sleutel 4K2")).andExpect(status().isCreated());
		mvc.perform(signal(null, "Idem zonder sleutel 4K2")).andExpect(status().isCreated());
		assertThat(signalsWith("Idem zonder sleutel 4K2")).isEqualTo(2);
	}

	@Test
	void aKeyReusedForAnotherRequestIsRefusedAndABadKeyIsAFieldError() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(signal(key, "Idem origineel 5L1")).andExpect(status().isCreated());
		mvc.perform(signal(key, "Idem ander verhaal 5L2")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Idempotency-Key")));
		assertThat(signalsWith("Idem ander verhaal 5L2")).isZero();
		// The same key on the other operation is another request too.
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/activities").header("Authorization", bearer(FIELD_WORKER)).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(activity("Idem rondleiding 5L3")))
			.andExpect(status().isUnprocessableContent());
		assertThat(activitiesNamed("Idem rondleiding 5L3")).isZero();
		// Keys are per user: another user's same key is their own.
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/activities").header("Authorization", bearer(PARTNER_LEAD)).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(activity("Idem rondleiding 5L3")))
			.andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "false"));
		mvc.perform(signal(" ", "Idem spatie 5L4")).andExpect(status().isBadRequest());
		mvc.perform(signal("x".repeat(256), "Idem te lang 5L5")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		assertThat(signalsWith("Idem spatie 5L4") + signalsWith("Idem te lang 5L5")).isZero();
	}

	@Test
	void aRefusedFirstRequestLeavesTheKeyFreeForTheCorrectedOne() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER)).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categories\":[\"LONELINESS\"],\"urgency\":\"NORMAL\",\"observation\":\"Idem onbekende woning 6M1\",\"dwellingId\":\""
						+ UUID.randomUUID() + "\"}"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from idempotency_key where idempotency_key = :k").param("k", key).query(Long.class).single()).isZero();
		mvc.perform(signal(key, "Idem onbekende woning 6M1")).andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "false"));
		// Another organisation's project is refused with or without a key, and the key stays unused.
		String other = UUID.randomUUID().toString();
		mvc.perform(post("/api/v1/projects/" + woensel() + "/signals").header("Authorization", bearer(FIELD_WORKER)).header("Idempotency-Key", other)
				.contentType(MediaType.APPLICATION_JSON).content(SIGNAL.formatted("Idem ander project 6M2")))
			.andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
		assertThat(signalsWith("Idem ander project 6M2")).isZero();
	}

	private static String activity(String title) {
		return "{\"type\":\"SITE_EXCURSION\",\"title\":\"" + title + "\",\"heldOn\":\"2026-11-20\",\"children\":12,\"adults\":2,\"residents\":0,"
				+ "\"staffVolunteerHours\":3,\"parentalConsents\":12}";
	}

	private long activitiesNamed(String title) {
		return jdbc.sql("select count(*) from activity where title = :t").param("t", title).query(Long.class).single();
	}

	@Test
	void anActivityFromTheSiteWorkersPhoneSentTwiceAtOnceIsRecordedOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Callable<MockHttpServletResponse> send = () -> mvc.perform(post("/api/v1/projects/" + lombok().id() + "/activities")
						.header("Authorization", bearer(FIELD_WORKER)).header("Idempotency-Key", key)
						.contentType(MediaType.APPLICATION_JSON).content(activity("Idem gelijktijdig 7N1")))
					.andReturn().getResponse();
				answers.add(pool.submit(send));
			}
			List<String> ids = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get().getStatus()).isEqualTo(201);
				ids.add(JsonPath.read(answer.get().getContentAsString(), "$.id"));
			}
			assertThat(ids).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(activitiesNamed("Idem gelijktijdig 7N1")).isEqualTo(1);
	}

	@Test
	void theSiteWorkerOpensBothFieldFormsAndAnotherOrganisationsProjectIsRefused() throws Exception {
		// One running project: straight to its form.
		mvc.perform(get("/activities/new").with(as(FIELD_WORKER))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/projects/" + lombok().id() + "/activities/new"));
		mvc.perform(get("/projects/" + lombok().id() + "/activities/new").with(as(FIELD_WORKER))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-offline-form=\"activity\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"idempotencyKey\"")));
		mvc.perform(get("/projects/" + lombok().id() + "/signals/new").with(as(FIELD_WORKER))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-offline-form=\"signal\"")));
		mvc.perform(get("/projects/" + woensel() + "/activities/new").with(as(FIELD_WORKER))).andExpect(status().isNotFound());
		mvc.perform(post("/projects/" + woensel() + "/activities/new").with(as(FIELD_WORKER)).with(csrf()).param("type", "SITE_EXCURSION")
				.param("title", "Idem ander project 9T1").param("heldOn", "2026-11-20").param("children", "1").param("adults", "1").param("residents", "0")
				.param("staffVolunteerHours", "1").param("parentalConsents", "1"))
			.andExpect(status().isNotFound());
		assertThat(activitiesNamed("Idem ander project 9T1")).isZero();
		// A tenant records no activities.
		mvc.perform(get("/projects/" + lombok().id() + "/activities/new").with(as(RESIDENT))).andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
	}

	@Test
	void theFieldFormsCarryTheirKeySoASecondSubmitMakesNoSecondRecord() throws Exception {
		String key = UUID.randomUUID().toString();
		String activityKey = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/projects/" + lombok().id() + "/signals/new").with(as(FIELD_WORKER)).with(csrf()).param("idempotencyKey", key)
					.param("categories", "LONELINESS").param("urgency", "NORMAL").param("observation", "Idem formulier 8P1"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(post("/projects/" + lombok().id() + "/activities/new").with(as(FIELD_WORKER)).with(csrf()).param("idempotencyKey", activityKey)
					.param("type", "SITE_EXCURSION").param("title", "Idem formulier 8P2").param("heldOn", "2026-11-20").param("children", "3")
					.param("adults", "1").param("residents", "0").param("staffVolunteerHours", "1").param("parentalConsents", "3"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(signalsWith("Idem formulier 8P1")).isEqualTo(1);
		assertThat(activitiesNamed("Idem formulier 8P2")).isEqualTo(1);
		mvc.perform(post("/projects/" + lombok().id() + "/signals/new").with(as(FIELD_WORKER)).with(csrf()).param("idempotencyKey", "met spatie")
				.param("categories", "LONELINESS").param("urgency", "NORMAL").param("observation", "Idem formulier 8P3"))
			.andExpect(status().isBadRequest());
		assertThat(signalsWith("Idem formulier 8P3")).isZero();
	}

	@Test
	void keysAreForgottenAfterTwoDays() {
		String key = UUID.randomUUID().toString();
		jdbc.sql("insert into idempotency_key (user_id, idempotency_key, operation, request_hash, created_at) values (:u, :k, 'x', :h, now() - interval '49 hours')")
			.param("u", user(FIELD_WORKER).id()).param("k", key).param("h", "0".repeat(64)).update();
		assertThat(idempotency.forgetOld()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from idempotency_key where idempotency_key = :k").param("k", key).query(Long.class).single()).isZero();
	}

	@Test
	void theFingerprintIgnoresTheOrderOfASetAndTellsFieldsApart() {
		record R(String a, String b, List<String> c) {
		}
		assertThat(Idempotency.fingerprint("op", new R("x", "y", List.of("1", "2")))).isEqualTo(Idempotency.fingerprint("op", new R("x", "y", List.of("2", "1"))));
		assertThat(Idempotency.fingerprint("op", new R("xy", "", List.of()))).isNotEqualTo(Idempotency.fingerprint("op", new R("x", "y", List.of())));
		assertThat(Idempotency.fingerprint("op", new R("x", "y", List.of()))).isNotEqualTo(Idempotency.fingerprint("other", new R("x", "y", List.of())));
		assertThat(Idempotency.fingerprint("op", new java.math.BigDecimal("3.0"))).isEqualTo(Idempotency.fingerprint("op", new java.math.BigDecimal("3")));
	}
}
