package nl.ketenimpact.shared;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * The transaction manager of the application: a plain JDBC one that begins a new read-only
 * transaction labelled {@link ReadReplica#LABEL} on the replica while the replica is usable. A
 * labelled method called inside a running transaction joins it on the primary, so a write's own
 * transaction never moves. When the replica refuses a connection, the read starts on the primary
 * and the replica counts as down until its next check.
 */
final class ReplicaTransactionManager extends JdbcTransactionManager {

	private final transient ReadReplica replica;

	ReplicaTransactionManager(DataSource dataSource, ReadReplica replica) {
		super(dataSource);
		this.replica = replica;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		boolean labelled = definition.isReadOnly() && definition instanceof TransactionAttribute attribute
				&& attribute.getLabels().contains(ReadReplica.LABEL);
		if (!labelled || !replica.usable()) {
			super.doBegin(transaction, definition);
			if (labelled) {
				replica.countRead(false);
			}
			return;
		}
		ReplicaRoutingDataSource.route(true);
		try {
			super.doBegin(transaction, definition);
			replica.countRead(true);
			return;
		}
		catch (CannotCreateTransactionException replicaDown) {
			replica.markUnavailable("unreachable");
		}
		finally {
			ReplicaRoutingDataSource.route(false);
		}
		super.doBegin(transaction, definition);
		replica.countRead(false);
	}
}
