package nl.ketenimpact.shared;

import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mail that arrives: after commit, retried while the server is down, none lost and none sent twice; links from the public address. */
class MailDeliveryTests extends IntegrationTestSupport {

	@Autowired
	Outbox outbox;

	@Test
	void aMailWrittenWhileTheServerIsDownIsSentOnceWhenItIsBack() throws Exception {
		var contractor = organisations.findByName("Bouwbedrijf Van Dam").orElseThrow().id();
		administration.create(user(ADMIN), new nl.ketenimpact.organisation.internal.UserDetailsInput("storing@vandam.test", "Sam Storing", contractor,
				java.util.Set.of(nl.ketenimpact.organisation.Role.FIELD_WORKER), "een lange zin voor sam"));
		MAIL.stop();
		UUID id;
		try {
			mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"storing@vandam.test\"}"))
				.andExpect(status().isAccepted());
			id = jdbc.sql("select id from mail_outbox where to_address = 'storing@vandam.test'").query(UUID.class).single();
			// Delivery follows the commit on another thread (the MailQueued listener): it fails while the server is down.
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
				.until(() -> jdbc.sql("select attempts from mail_outbox where id = :id").param("id", id).query(Integer.class).single() > 0);
		}
		finally {
			MAIL.start();
		}
		assertThat(jdbc.sql("select attempts from mail_outbox where id = :id").param("id", id).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select sent_at is null from mail_outbox where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
		assertThat(mailsTo("storing@vandam.test")).isZero();

		// Not due yet: the wait after the first failure is a minute.
		assertThat(outbox.retryDue()).isZero();
		jdbc.sql("update mail_outbox set next_attempt_at = now() - interval '1 second' where id = :id").param("id", id).update();
		outbox.retryDue();
		outbox.retryDue();
		assertThat(mailsTo("storing@vandam.test")).as("sent once").isEqualTo(1);
		assertThat(lastMailTo("storing@vandam.test")).contains("http://localhost:8080/wachtwoord-herstellen?token=ki_");
		// The link is confidential: the admin's outbox page does not show it, and the stored body is gone once sent.
		assertThat(jdbc.sql("select body is null and confidential from mail_outbox where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
	}

	@Test
	void theWaitGrowsWithEachFailureUpToAnHour() {
		assertThat(Outbox.wait(1)).hasMinutes(1);
		assertThat(Outbox.wait(2)).hasMinutes(2);
		assertThat(Outbox.wait(4)).hasMinutes(8);
		assertThat(Outbox.wait(7)).hasMinutes(60);
		assertThat(Outbox.wait(40)).hasMinutes(60);
	}
}
