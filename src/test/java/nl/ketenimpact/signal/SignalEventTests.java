package nl.ketenimpact.signal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.EmbeddedDatabaseConfiguration;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.signal.internal.SignalAction;
import nl.ketenimpact.signal.internal.SignalFollowUp;
import nl.ketenimpact.signal.internal.TransitionInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The signal module on its own: intake and every follow-up step publish an event with ids only, never the observation. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
// A database of its own: the module runs beside the full application context of the other tests.
// Closed after the class (not at the end of the run), with its database.
@DirtiesContext
@TestPropertySource(properties = "ketenimpact.embedded-db.data-dir=target/test-pg-signal")
class SignalEventTests {

	@Autowired
	SignalIntake intake;

	@Autowired
	SignalFollowUp followUp;

	@Autowired
	ProjectManagement projects;

	@Autowired
	UserManagement users;

	private CurrentUser user(String email) {
		return users.activeByUsername(email).orElseThrow();
	}

	private UUID lombok(CurrentUser user) {
		return projects.visibleProjects(user, 0, 50).items().stream().filter(p -> p.name().contains("Lombok")).findFirst().orElseThrow().id();
	}

	private UUID register() {
		CurrentUser reporter = user("vakman@demo.nl");
		return intake.register(reporter, lombok(reporter), new SignalInput(null, Set.of(SignalCategory.LONELINESS), Urgency.NORMAL,
				"Bewoner zit al weken alleen thuis en zegt niemand te spreken."));
	}

	@Test
	void aRegisteredSignalIsReceivedWithoutItsObservation(Scenario scenario) {
		CurrentUser reporter = user("vakman@demo.nl");
		scenario.stimulate(() -> intake.register(reporter, lombok(reporter), new SignalInput(null, Set.of(SignalCategory.HEALTH), Urgency.URGENT,
				"Bewoner is kortademig op de trap.")))
			.andWaitForEventOfType(SignalReceived.class)
			.matching(event -> event.urgency() == Urgency.URGENT)
			.toArriveAndVerify((event, id) -> {
				assertThat(event.signalId()).isEqualTo(id);
				assertThat(event.toString()).doesNotContain("kortademig");
			});
	}

	@Test
	void pickingUpPublishesSignalPickedUp(Scenario scenario) {
		UUID signal = register();
		scenario.stimulate(() -> followUp.transition(user("wijkconsulent@demo.nl"), signal, TransitionInput.of(SignalAction.PICK_UP)))
			.andWaitForEventOfType(SignalPickedUp.class)
			.matching(event -> event.signalId().equals(signal))
			.toArriveAndVerify(event -> assertThat(event.signalId()).isEqualTo(signal));
	}

	@Test
	void aFailedContactAttemptPublishesTheDateToTryAgain(Scenario scenario) {
		UUID signal = register();
		CurrentUser socialWorker = user("wijkconsulent@demo.nl");
		followUp.transition(socialWorker, signal, TransitionInput.of(SignalAction.PICK_UP));
		LocalDate retry = LocalDate.now().plusDays(3);
		scenario.stimulate(() -> followUp.transition(socialWorker, signal, new TransitionInput(SignalAction.CONTACT_ATTEMPT_FAILED, null, null, null,
				null, null, null, null, null, null, retry)))
			.andWaitForEventOfType(SignalContactAttemptFailed.class)
			.matching(event -> event.signalId().equals(signal))
			.toArriveAndVerify(event -> assertThat(event.retryOn()).isEqualTo(retry));
	}
}
