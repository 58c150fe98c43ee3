package nl.ketenimpact.web;

import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Whether a failure means PostgreSQL cannot be reached now (a 503 to retry later), rather than a fault of the request. */
final class DatabaseUnavailable {

	/** What the answer tells a client to wait before it tries again. */
	static final int RETRY_AFTER_SECONDS = 10;

	private DatabaseUnavailable() {
	}

	static boolean is(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
			// The connection broke mid-transaction: the rollback fails too and hides the failure that started it (found by the
			// outage scenario: writes in flight when PostgreSQL stopped answered 500).
			if (t instanceof org.springframework.transaction.TransactionSystemException system && system.getApplicationException() != null
					&& is(system.getApplicationException())) {
				return true;
			}
			// A commit or rollback that the driver could not carry out: the pool had already closed the broken connection.
			if (t instanceof org.springframework.transaction.TransactionSystemException && t.getCause() instanceof java.sql.SQLException) {
				return true;
			}
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}
}
