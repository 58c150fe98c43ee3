package nl.ketenimpact.shared;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The pool hands out a connection used in the last half second without checking it; after the replica stopped,
 * that connection is closed on the server's side. The routing refuses it, so the read starts on the primary.
 */
class ReplicaRoutingDataSourceTests {

	final DataSource primary = mock(DataSource.class);

	final DataSource replica = mock(DataSource.class);

	final ReplicaRoutingDataSource routing = new ReplicaRoutingDataSource(primary, replica);

	@AfterEach
	void routeBack() {
		ReplicaRoutingDataSource.route(false);
	}

	@Test
	void aReplicaConnectionThatNoLongerAnswersIsRefusedAndClosed() throws Exception {
		Connection dead = mock(Connection.class);
		when(dead.isValid(1)).thenReturn(false);
		when(replica.getConnection()).thenReturn(dead);

		ReplicaRoutingDataSource.route(true);
		assertThatThrownBy(routing::getConnection).isInstanceOf(SQLTransientConnectionException.class);
		verify(dead).close();
	}

	@Test
	void aReplicaConnectionThatAnswersIsUsedAndOtherWorkGoesToThePrimaryUnchecked() throws Exception {
		Connection live = mock(Connection.class);
		when(live.isValid(1)).thenReturn(true);
		when(replica.getConnection()).thenReturn(live);
		Connection write = mock(Connection.class);
		when(primary.getConnection()).thenReturn(write);

		ReplicaRoutingDataSource.route(true);
		assertThat(routing.getConnection()).isSameAs(live);
		ReplicaRoutingDataSource.route(false);
		assertThat(routing.getConnection()).isSameAs(write);
		verify(write, never()).isValid(1);
	}
}
