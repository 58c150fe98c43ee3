package nl.ketenimpact.participation.internal;

import java.util.UUID;

import nl.ketenimpact.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads a {@link SelfWorkTask} with its row locked and writes what its step changed: the one writer of the task's states. */
@Repository
class SelfWorkRepository {

	private final JdbcClient jdbc;

	SelfWorkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	SelfWorkTask lockedForUpdate(UUID id) {
		return jdbc.sql("select id, project_id, dwelling_id, status from self_work_task where id = :id for update").param("id", id)
			.query((rs, n) -> new SelfWorkTask(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getObject("dwelling_id", UUID.class), TaskStatus.valueOf(rs.getString("status"))))
			.optional().orElseThrow(() -> new NotFound("task"));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void save(SelfWorkTask task) {
		if (task.taken() == null) {
			return;
		}
		jdbc.sql("update self_work_task set status = :s where id = :id").param("s", task.status().name()).param("id", task.id()).update();
		switch (task.taken()) {
			case INSTRUCT -> jdbc.sql("update self_work_task set instruction_by = :w, instruction_at = :at where id = :id")
				.param("w", task.who()).param("at", task.at()).param("id", task.id()).update();
			case START -> jdbc.sql("update self_work_task set started_at = :at where id = :id").param("at", task.at()).param("id", task.id()).update();
			case READY -> jdbc.sql("update self_work_task set ready_at = :at where id = :id").param("at", task.at()).param("id", task.id()).update();
			case INSPECT -> jdbc.sql("""
					update self_work_task set inspection_by = :w, inspection_at = :at, inspection_passed = :p, inspection_note = :n where id = :id""")
				.param("w", task.who()).param("at", task.at()).param("p", task.passed()).param("n", task.note()).param("id", task.id()).update();
			case PAY -> {
				// The payment itself is the compensation record; the task only changes state.
			}
		}
	}
}
