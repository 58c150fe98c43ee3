package nl.ketenimpact.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a scheduled job run exactly once per period however many app instances share the database:
 * each instance tries to claim (job, period); only the one whose insert succeeds does the work, in the
 * same transaction, so a failed run releases its claim.
 */
@Component
public class ClusterJobs {

	private final JdbcClient jdbc;

	ClusterJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claim(String job, String period) {
		return jdbc.sql("insert into job_run (job, period) values (:job, :period) on conflict do nothing")
			.param("job", job)
			.param("period", period)
			.update() == 1;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void finish(String job, String period, String result) {
		jdbc.sql("update job_run set result = :result where job = :job and period = :period")
			.param("job", job)
			.param("period", period)
			.param("result", result)
			.update();
	}
}
