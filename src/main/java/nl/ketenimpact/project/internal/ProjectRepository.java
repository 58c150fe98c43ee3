package nl.ketenimpact.project.internal;

import java.util.UUID;

import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes of the project table: a new project (in preparation), its details, and its status — the one writer of its states. */
@Repository
public class ProjectRepository {

	private final JdbcClient jdbc;

	ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(UUID id, UUID corporationId, ProjectInput input) {
		details(jdbc.sql("""
				insert into project (id, corporation_id, name, municipality, neighbourhood, project_type, start_date, end_date, status)
				values (:id, :corporation, :name, :municipality, :neighbourhood, :type, :start, :end, :status)"""), id, input)
			.param("corporation", corporationId)
			.param("status", ProjectStatus.PREPARATION.name())
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void update(UUID id, ProjectInput input) {
		details(jdbc.sql("""
				update project set name = :name, municipality = :municipality, neighbourhood = :neighbourhood, project_type = :type,
				       start_date = :start, end_date = :end, updated_at = now()
				where id = :id"""), id, input).update();
	}

	private static JdbcClient.StatementSpec details(JdbcClient.StatementSpec spec, UUID id, ProjectInput input) {
		return spec.param("id", id)
			.param("name", input.name().strip())
			.param("municipality", input.municipality().strip())
			.param("neighbourhood", ProjectManagement.blankToNull(input.neighbourhood()))
			.param("type", input.projectType().name())
			.param("start", input.startDate())
			.param("end", input.endDate());
	}

	/** The project's status, its row locked until the step is saved. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ProjectStatus lockedStatus(UUID id) {
		return jdbc.sql("select status from project where id = :id for update").param("id", id).query(ProjectStatus.class).single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void saveStatus(UUID id, ProjectStatus status) {
		jdbc.sql("update project set status = :status, updated_at = now() where id = :id").param("id", id).param("status", status.name()).update();
	}
}
