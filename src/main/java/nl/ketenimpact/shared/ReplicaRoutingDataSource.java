package nl.ketenimpact.shared;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The application's one DataSource when a read replica is configured: connections come from the
 * primary, except while {@link ReplicaTransactionManager} begins a read-only transaction labelled
 * {@link ReadReplica#LABEL} and the replica is usable. Anything else (writes, sessions, events,
 * Flyway) never sees the replica.
 */
public final class ReplicaRoutingDataSource extends AbstractRoutingDataSource implements Closeable {

	private static final ThreadLocal<Boolean> ON_REPLICA = new ThreadLocal<>();

	private final DataSource primary;

	private final DataSource replica;

	ReplicaRoutingDataSource(DataSource primary, DataSource replica) {
		this.primary = primary;
		this.replica = replica;
		setTargetDataSources(Map.of("primary", primary, "replica", replica));
		setDefaultTargetDataSource(primary);
		setLenientFallback(false);
		afterPropertiesSet();
	}

	public DataSource primary() {
		return primary;
	}

	public DataSource replica() {
		return replica;
	}

	static void route(boolean toReplica) {
		if (toReplica) {
			ON_REPLICA.set(Boolean.TRUE);
		}
		else {
			ON_REPLICA.remove();
		}
	}

	static boolean routedToReplica() {
		return ON_REPLICA.get() != null;
	}

	@Override
	protected Object determineCurrentLookupKey() {
		return routedToReplica() ? "replica" : "primary";
	}

	/**
	 * A replica connection is checked before the transaction gets it. The pool skips its own check for a
	 * connection used in the last half second, and one the stopped replica has closed would then fail the read
	 * mid-way; a refused one here makes the transaction manager start the read on the primary instead.
	 */
	@Override
	public Connection getConnection() throws SQLException {
		if (!routedToReplica()) {
			return primary.getConnection();
		}
		Connection connection = replica.getConnection();
		boolean answers;
		try {
			answers = connection.isValid(1);
		}
		catch (SQLException ex) {
			answers = false;
		}
		if (answers) {
			return connection;
		}
		if (replica instanceof HikariDataSource pool) {
			pool.evictConnection(connection);
		}
		else {
			connection.close();
		}
		throw new SQLTransientConnectionException("The replica's connection does not answer");
	}

	/** Both pools close with the application (the wrapped beans' own destroy methods no longer apply). */
	@Override
	public void close() {
		for (DataSource target : new DataSource[] { replica, primary }) {
			if (target instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (Exception ex) {
					logger.warn("Closing a connection pool failed", ex);
				}
			}
		}
	}
}
