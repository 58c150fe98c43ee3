package nl.ketenimpact.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.OrganisationTestData;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.worklist.internal.Digest;
import nl.ketenimpact.worklist.internal.Notifications;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Notifications from module events: the bell, a mail at once or in the 07:00 digest (sent once), the choices, unsubscribing. */
class NotificationTests extends IntegrationTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	Digest digest;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	private static final String SOCIAL_WORKER = "wijkconsulent@demo.nl";

	private long notificationsOf(String username, String kind) {
		return jdbc.sql("select count(*) from notification where user_id = :u and kind = :k").param("u", user(username).id()).param("k", kind)
			.query(Long.class).single();
	}

	private String registerSignal(String observation) throws Exception {
		String body = mvc.perform(post("/api/v1/projects/" + lombok().id() + "/signals").header("Authorization", bearer(FIELD_WORKER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categories\":[\"LONELINESS\"],\"urgency\":\"URGENT\",\"observation\":\"" + observation + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private static String unsubscribeLink(String mail) {
		Matcher link = Pattern.compile("http://localhost:8080(/berichten/afmelden\\?k=[0-9a-f]{32}&soort=[A-Z_]+&s=[A-Za-z0-9_\\-]+)").matcher(mail);
		assertThat(link.find()).as("an unsubscribe link in: " + mail).isTrue();
		return link.group(1);
	}

	@Test
	void aNewSignalRingsTheSocialTeamsBellAndMailsThemAtOnceWithoutItsContent() throws Exception {
		long before = notificationsOf(SOCIAL_WORKER, "SIGNAL_RECEIVED");
		long mails = mailsTo(SOCIAL_WORKER);
		String signal = registerSignal("Geheime waarneming achter de deur 9Q4");
		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> mailsTo(SOCIAL_WORKER) == mails + 1);
		assertThat(notificationsOf(SOCIAL_WORKER, "SIGNAL_RECEIVED")).isEqualTo(before + 1);
		String mail = lastMailTo(SOCIAL_WORKER);
		assertThat(mail).contains("Een nieuw zorgsignaal in de wachtrij").contains("Verduurzaming Lombok-West")
			.contains("http://localhost:8080/signals/" + signal).doesNotContain("9Q4").doesNotContain("LONELINESS").doesNotContain("Eenzaamheid");
		unsubscribeLink(mail);
		// Another corporation's social team hears nothing of it.
		assertThat(jdbc.sql("select count(*) from notification where url = :url and user_id not in (select id from app_user where organisation_id = :c)")
			.param("url", "/signals/" + signal).param("c", user(SOCIAL_WORKER).organisationId()).query(Long.class).single()).isZero();

		// The bell: counted in the menu, listed, opened (read, then to the signal), all read.
		mvc.perform(get("/api/v1/me/notifications").header("Authorization", bearer(SOCIAL_WORKER))).andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.notifications.items[0].url").value("/signals/" + signal));
		UUID id = jdbc.sql("select id from notification where url = :url and user_id = :u").param("url", "/signals/" + signal)
			.param("u", user(SOCIAL_WORKER).id()).query(UUID.class).single();
		mvc.perform(get("/berichten").with(as(SOCIAL_WORKER))).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/berichten/" + id + "\"")))
			.andExpect(content().string(containsString("class=\"badge nav-count nav-unread\"")));
		// Someone else cannot open it.
		mvc.perform(get("/berichten/" + id).with(as(COORDINATOR))).andExpect(status().isNotFound());
		mvc.perform(get("/berichten/" + id).with(as(SOCIAL_WORKER))).andExpect(redirectedUrl("/signals/" + signal));
		assertThat(jdbc.sql("select read_at is not null from notification where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
		mvc.perform(post("/api/v1/me/notifications/read").header("Authorization", bearer(SOCIAL_WORKER))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me/notifications").header("Authorization", bearer(SOCIAL_WORKER))).andExpect(jsonPath("$.unread").value(0));
	}

	@Test
	void theSameEventTwiceTellsOnceWhileUnreadAndAgainOnceRead() {
		UUID user = user(PROJECT_LEAD).id();
		String source = "Test:" + UUID.randomUUID();
		long mails = mailsTo(PROJECT_LEAD);
		for (int i = 0; i < 2; i++) {
			transactions.executeWithoutResult(tx -> notifications.tell(user, NotificationKind.SELF_WORK_READY, source, null, "Proefproject", "/portal"));
		}
		assertThat(jdbc.sql("select count(*) from notification where source = :s").param("s", source).query(Long.class).single()).isEqualTo(1);
		// SELF_WORK_READY waits for the digest by default: no mail now.
		assertThat(mailsTo(PROJECT_LEAD)).isEqualTo(mails);
		jdbc.sql("update notification set read_at = now() where source = :s").param("s", source).update();
		transactions.executeWithoutResult(tx -> notifications.tell(user, NotificationKind.SELF_WORK_READY, source, null, "Proefproject", "/portal"));
		assertThat(jdbc.sql("select read_at is null from notification where source = :s").param("s", source).query(Boolean.class).single()).isTrue();
	}

	@Test
	void theDigestGoesOutAtSevenOnceWithAnyNumberOfInstancesAndHoldsTheDaysNotifications() throws Exception {
		OrganisationTestData people = OrganisationTestData.in(context);
		UUID corporation = people.organisation("Digest Wonen", OrganisationType.HOUSING_CORPORATION);
		String coordinator = "coordinator@digest.test";
		UUID id = people.user(coordinator, corporation, Role.COORDINATOR);
		for (int i = 0; i < 3; i++) {
			String source = "Digest:" + UUID.randomUUID();
			transactions.executeWithoutResult(tx -> notifications.tell(id, NotificationKind.REPORT_SUBMITTED, source, null, "Digestproject", "/"));
		}
		transactions.executeWithoutResult(tx -> notifications.tell(id, NotificationKind.CONTRIBUTION_REGISTERED, "Digest:c", null, "Digestproject", "/"));
		assertThat(mailsTo(coordinator)).isZero();

		// The clock moved to tomorrow: at 06:59 nothing; at 07:00 two instances race and one mail goes out.
		ZoneId dutch = ZoneId.of("Europe/Amsterdam");
		LocalDate tomorrow = LocalDate.now(dutch).plusDays(1 + (int) (Math.random() * 3000));
		Instant early = tomorrow.atTime(6, 59).atZone(dutch).toInstant();
		Instant seven = tomorrow.atTime(7, 0).atZone(dutch).toInstant();
		assertThat(digest.send(early)).isEqualTo(-1);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Integer> run = () -> digest.send(seven);
				runs.add(instances.submit(run));
			}
			List<Integer> results = new ArrayList<>();
			for (Future<Integer> run : runs) {
				results.add(run.get());
			}
			assertThat(results).containsExactlyInAnyOrder(-1, results.stream().filter(r -> r >= 0).findFirst().orElseThrow());
		}
		finally {
			instances.shutdownNow();
		}
		assertThat(digest.send(seven.plusSeconds(600))).isEqualTo(-1);
		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> mailsTo(coordinator) == 1);
		String mail = lastMailTo(coordinator);
		assertThat(mail).contains("uw berichten van gisteren").contains("- 3 × Een rapportage van een ketenpartner om goed te keuren")
			.contains("- 1 × Een registratie voor social return om te controleren").contains("http://localhost:8080/berichten");
		assertThat(jdbc.sql("select count(*) from notification where user_id = :u and digest_pending").param("u", id).query(Long.class).single()).isZero();
		// The next day has nothing left for them: no empty mail.
		assertThat(digest.send(seven.plusSeconds(86_400))).isZero();
		assertThat(mailsTo(coordinator)).isEqualTo(1);
	}

	@Test
	void choicesAreMadeByPageAndApiRefusedWhenWrongAndOneClickFromAMailStopsThatKind() throws Exception {
		OrganisationTestData people = OrganisationTestData.in(context);
		UUID corporation = people.organisation("Keuze Wonen", OrganisationType.HOUSING_CORPORATION);
		String social = "sociaal@keuze.test";
		UUID id = people.user(social, corporation, Role.SOCIAL_WORKER);
		jdbc.sql("update app_user set preferred_locale = 'en' where id = :id").param("id", id).update();

		mvc.perform(get("/api/v1/me/notification-preferences").header("Authorization", bearer(social))).andExpect(status().isOk())
			.andExpect(jsonPath("$.SIGNAL_RECEIVED").value("IMMEDIATE")).andExpect(jsonPath("$.REPORT_SUBMITTED").doesNotExist());
		// Another role's kind, an unknown kind, a wrong value: 400 on the field, nothing saved.
		mvc.perform(put("/api/v1/me/notification-preferences").header("Authorization", bearer(social)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"SIGNAL_RECEIVED\":\"DAILY\",\"REPORT_SUBMITTED\":\"OFF\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("REPORT_SUBMITTED"));
		mvc.perform(put("/api/v1/me/notification-preferences").header("Authorization", bearer(social)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"NO_SUCH_KIND\":\"OFF\"}")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/me/notification-preferences").header("Authorization", bearer(social)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"SIGNAL_RECEIVED\":\"WEEKLY\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("SIGNAL_RECEIVED"));
		assertThat(jdbc.sql("select count(*) from notification_preference where user_id = :u").param("u", id).query(Long.class).single()).isZero();
		// The page: the form again with the message on a wrong value, then saved.
		mvc.perform(post("/berichten/instellingen").with(as(social)).with(csrf()).param("SIGNAL_RECEIVED", "WEEKLY")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies een van de mogelijkheden")));
		mvc.perform(post("/berichten/instellingen").with(as(social)).with(csrf()).param("SIGNAL_OVERDUE", "DAILY"))
			.andExpect(redirectedUrl("/berichten/instellingen"));
		mvc.perform(get("/berichten/instellingen").with(as(social))).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"SIGNAL_OVERDUE\" value=\"DAILY\" checked")));

		// A mail at once, in their language, with the one-click link.
		transactions.executeWithoutResult(tx -> notifications.tell(id, NotificationKind.SIGNAL_RECEIVED, "Keuze:1", null, "Keuzeproject", "/signals"));
		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> mailsTo(social) == 1);
		String mail = lastMailTo(social);
		assertThat(mail).contains("A new signal in the queue (Keuzeproject)");
		String link = unsubscribeLink(mail);
		// A changed signature does nothing.
		mvc.perform(get(link.replace("soort=SIGNAL_RECEIVED", "soort=SIGNAL_OVERDUE"))).andExpect(status().isBadRequest());
		mvc.perform(get(link.substring(0, link.length() - 2) + "xx")).andExpect(status().isBadRequest());
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Toch weer e-mail krijgen")));
		assertThat(jdbc.sql("select delivery from notification_preference where user_id = :u and kind = 'SIGNAL_RECEIVED'").param("u", id)
			.query(String.class).single()).isEqualTo("OFF");
		transactions.executeWithoutResult(tx -> notifications.tell(id, NotificationKind.SIGNAL_RECEIVED, "Keuze:2", null, "Keuzeproject", "/signals"));
		assertThat(mailsTo(social)).as("no mail after unsubscribing").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from notification where user_id = :u").param("u", id).query(Long.class).single()).as("the bell keeps them").isEqualTo(2);
		// Undo from the same page.
		java.util.Map<String, String> query = new java.util.HashMap<>();
		for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
			query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		mvc.perform(post("/berichten/afmelden/ongedaan").with(csrf()).param("k", query.get("k")).param("soort", query.get("soort")).param("s", query.get("s")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select delivery from notification_preference where user_id = :u and kind = 'SIGNAL_RECEIVED'").param("u", id)
			.query(String.class).single()).isEqualTo("IMMEDIATE");
	}
}
