package nl.ketenimpact.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectStatusTests {

	@Test
	void movesForwardOneStepAtATime() {
		assertThat(ProjectStatus.PREPARATION.canMoveTo(ProjectStatus.EXECUTION)).isTrue();
		assertThat(ProjectStatus.EXECUTION.canMoveTo(ProjectStatus.COMPLETED)).isTrue();
	}

	@Test
	void neverSkipsOrGoesBack() {
		assertThat(ProjectStatus.PREPARATION.canMoveTo(ProjectStatus.COMPLETED)).isFalse();
		assertThat(ProjectStatus.EXECUTION.canMoveTo(ProjectStatus.PREPARATION)).isFalse();
		assertThat(ProjectStatus.COMPLETED.canMoveTo(ProjectStatus.EXECUTION)).isFalse();
		assertThat(ProjectStatus.COMPLETED.next()).isEmpty();
	}
}
