package nl.ketenimpact.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code -Dreplica.tests=required} (the second run of {@code .ci/run}) the replica must be there, so ReplicaTests runs. */
class ReplicaRequiredTests {

	@Test
	void aRequiredReplicaIsConfigured() {
		if ("required".equals(System.getProperty("replica.tests"))) {
			assertThat(System.getenv("KETENIMPACT_TEST_REPLICA_URL")).as("KETENIMPACT_TEST_REPLICA_URL (replica.tests=required)").isNotBlank();
		}
	}
}
