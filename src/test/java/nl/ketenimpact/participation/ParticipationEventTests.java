package nl.ketenimpact.participation;

import java.time.LocalDate;
import java.util.UUID;

import nl.ketenimpact.EmbeddedDatabaseConfiguration;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.participation.internal.ApplicationInput;
import nl.ketenimpact.participation.internal.ApplicationManagement;
import nl.ketenimpact.project.ProjectManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participation module on its own: a state change publishes its event (the worklist module tells people of it;
 * its tests cover the mails).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
// A database of its own: the module runs beside the full application context of the other tests.
// Closed after the class (not at the end of the run), with its database.
@DirtiesContext
@TestPropertySource(properties = "ketenimpact.embedded-db.data-dir=target/test-pg-participation")
class ParticipationEventTests {

	@Autowired
	OpportunityManagement opportunities;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	ProjectManagement projects;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	private CurrentUser user(String email) {
		return users.activeByUsername(email).orElseThrow();
	}


	private UUID newOpportunity() {
		CurrentUser partner = user("aannemer@demo.nl");
		UUID project = projects.visibleProjects(partner, 0, 50).items().stream().filter(p -> p.name().contains("Lombok")).findFirst().orElseThrow().id();
		return opportunities.publish(partner, project, new OpportunityInput(OpportunityType.WORK_EXPERIENCE, "Scenarioplaats metselwerk",
				"Meewerken met de metselaars.", 1, LocalDate.now(), LocalDate.now().plusMonths(3), null, null, false, null));
	}

	@Test
	void aResidentsApplicationIsPublishedAsApplicationReceived(Scenario scenario) {
		UUID opportunity = newOpportunity();
		CurrentUser resident = user("huurder@demo.nl");
		scenario.stimulate(() -> applications.apply(resident, opportunity, new ApplicationInput("Ik wil het vak leren.", "Doordeweeks", null)))
			.andWaitForEventOfType(ApplicationReceived.class)
			.matching(event -> event.opportunityId().equals(opportunity))
			.toArriveAndVerify(event -> assertThat(event.applicantId()).isEqualTo(resident.id()));
	}
}
