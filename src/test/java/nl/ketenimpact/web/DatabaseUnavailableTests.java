package nl.ketenimpact.web;

import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When PostgreSQL cannot be reached — also in the filters before any controller (the session, the signed-in user) —
 * the answer is a 503 with Retry-After: problem+json for the API, a short page for people; other failures pass on.
 */
class DatabaseUnavailableTests extends IntegrationTestSupport {

	@Autowired
	DatabaseUnavailableFilter filter;

	private MockHttpServletResponse run(String path, RuntimeException failure) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			throw failure;
		});
		return response;
	}

	@Test
	void anApiCallWhileTheDatabaseIsGoneIsA503ProblemToRetry() throws Exception {
		MockHttpServletResponse response = run("/api/v1/projects",
				new CannotCreateTransactionException("no connection", new CannotGetJdbcConnectionException("pool timeout")));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503").contains("niets opgeslagen");
	}

	@Test
	void aPageWhileTheDatabaseIsGoneIsA503PageWithoutAnythingThatNeedsIt() throws Exception {
		MockHttpServletResponse response = run("/projects", new CannotGetJdbcConnectionException("pool timeout",
				new java.sql.SQLTransientConnectionException("Connection is not available, request timed out after 1000ms")));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("<h1>Even niet bereikbaar</h1>").doesNotContain("pool timeout");
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void aConnectionThatBrokeMidTransactionIsA503TooThoughTheRollbackFailedAfterIt() throws Exception {
		// What the outage scenario saw: the rollback on the dead connection fails and carries the failure that started it.
		var broken = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
				new java.sql.SQLException("Connection is closed"));
		broken.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException("An I/O error occurred while sending to the backend."));
		MockHttpServletResponse response = run("/api/v1/projects/x/signals", broken);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentType()).startsWith("application/problem+json");
	}

	@Test
	void aCommitOnAConnectionThePoolClosedIsA503() throws Exception {
		MockHttpServletResponse response = run("/api/v1/projects/x/signals",
				new org.springframework.transaction.TransactionSystemException("JDBC rollback failed", new java.sql.SQLException("Connection is closed")));
		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void anyOtherFailurePassesOn() {
		assertThatThrownBy(() -> run("/projects", new IllegalStateException("a bug"))).isInstanceOf(IllegalStateException.class);
		var failedRollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed");
		failedRollback.initApplicationException(new IllegalStateException("a bug"));
		assertThatThrownBy(() -> run("/projects", failedRollback)).isInstanceOf(org.springframework.transaction.TransactionSystemException.class);
	}
}
