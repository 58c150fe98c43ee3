package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.ketenimpact.EmbeddedDatabaseConfiguration;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan module on its own (with the modules it uses): a decision on a partner's proposal is an event others can follow. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EmbeddedDatabaseConfiguration.class)
// A database of its own: the module runs beside the full application context of the other tests.
// Closed after the class (not at the end of the run), with its database.
@DirtiesContext
@TestPropertySource(properties = "ketenimpact.embedded-db.data-dir=target/test-pg-plan")
class PlanEventTests {

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	ProjectManagement projects;

	@Autowired
	UserManagement users;

	private CurrentUser user(String email) {
		return users.activeByUsername(email).orElseThrow();
	}

	private ProjectAccess access(String email) {
		CurrentUser user = user(email);
		UUID project = projects.visibleProjects(user, 0, 50).items().stream().filter(p -> p.name().contains("Lombok")).findFirst().orElseThrow().id();
		return projects.access(user, project);
	}

	private UUID proposal() {
		ProjectAccess partner = access("aannemer@demo.nl");
		return commitments.create(partner, new CommitmentInput(partner.partnerOrganisationId(), Theme.LIVEABILITY, "Buurtfeest bij de oplevering",
				Metric.ACTIVITIES, BigDecimal.ONE, LocalDate.now().plusMonths(3)));
	}

	@Test
	void acceptingAPartnersProposalPublishesCommitmentAccepted(Scenario scenario) {
		UUID id = proposal();
		ProjectAccess coordinator = access("coordinator@demo.nl");
		scenario.stimulate(() -> commitments.decide(coordinator, id, true, null))
			.andWaitForEventOfType(CommitmentAccepted.class)
			.matching(event -> event.commitmentId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.projectId()).isEqualTo(coordinator.project().id());
				assertThat(event.partnerId()).isNotNull();
			});
	}

	@Test
	void decliningWithAReasonPublishesCommitmentDeclined(Scenario scenario) {
		UUID id = proposal();
		ProjectAccess coordinator = access("coordinator@demo.nl");
		scenario.stimulate(() -> commitments.decide(coordinator, id, false, "Valt buiten het budget"))
			.andWaitForEventOfType(CommitmentDeclined.class)
			.matching(event -> event.commitmentId().equals(id))
			.toArriveAndVerify(event -> assertThat(commitments.get(coordinator, id).status()).isEqualTo(CommitmentStatus.DECLINED));
	}
}
