package nl.ketenimpact.participation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-work in a tenant's own dwelling, planned by the corporation (coordinator or project lead). No
 * work with serious risks, nobody under 16, a named supervisor for 16–17; no start before the safety
 * instruction, no payment before a passed inspection. The resident sees the tasks of their dwelling and
 * reports a task ready for inspection.
 */
@Service
public class SelfWorkManagement {

	private static final String SELECT = """
			select id, project_id, dwelling_id, cast(null as varchar) as address, title, description, performer_age, supervisor, status,
			       instruction_by, instruction_at, inspection_by, inspection_at, inspection_passed, inspection_note from self_work_task""";

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Residents residents;

	private final UserManagement users;

	/** What follows a state change (mail) is done by listeners of the events published here. */
	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final SelfWorkRepository repository;

	SelfWorkManagement(JdbcClient jdbc, ProjectManagement projects, Dwellings dwellings, Residents residents, UserManagement users, ApplicationEventPublisher events, AuditLog audit, Clock clock,
			SelfWorkRepository repository) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.projects = projects;
		this.dwellings = dwellings;
		this.residents = residents;
		this.users = users;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public UUID create(CurrentUser user, UUID projectId, TaskInput input) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.plansForCorporation()) {
			throw new Refused("task.manage.refused");
		}
		InvalidInput.throwIfAny(SelfWorkRules.checkNewTask(input.risks() == null ? Set.of() : input.risks(), input.performerAge(), input.supervisor()));
		try {
			dwellings.get(user, projectId, input.dwellingId());
		}
		catch (NotFound ex) {
			throw new InvalidInput("dwellingId", "signal.dwelling.unknown");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into self_work_task (id, project_id, dwelling_id, title, description, performer_age, supervisor, status, created_by)
				values (:id, :p, :d, :t, :desc, :age, :sup, :status, :u)""")
			.param("status", TaskStatus.PLANNED.name())
			.param("id", id).param("p", projectId).param("d", input.dwellingId()).param("t", input.title().strip())
			.param("desc", input.description() == null || input.description().isBlank() ? null : input.description().strip())
			.param("age", input.performerAge().name()).param("sup", input.supervisor() == null || input.supervisor().isBlank() ? null : input.supervisor().strip())
			.param("u", user.id()).update();
		audit.record(user.id(), "TASK_CREATED", "self_work_task", id, null);
		return id;
	}

	/** Tasks of a project for its corporation's staff; a resident sees those of their own dwelling. */
	@Transactional(readOnly = true)
	public List<TaskView> tasks(CurrentUser user, UUID projectId) {
		List<TaskView> rows;
		if (user.has(Role.RESIDENT) && !user.isCorporationStaff()) {
			UUID dwelling = residents.dwellingOf(user).orElseThrow(() -> new NotFound("project"));
			rows = jdbc.sql(SELECT + " where dwelling_id = :d order by created_at limit 200").param("d", dwelling).query(TaskView.class).list();
			rows = rows.stream().filter(t -> t.projectId().equals(projectId)).toList();
		}
		else {
			ProjectAccess access = projects.access(user, projectId);
			if (!access.corporationStaff()) {
				throw new Refused("task.manage.refused");
			}
			rows = jdbc.sql(SELECT + " where project_id = :p order by created_at desc limit 500").param("p", projectId).query(TaskView.class).list();
		}
		Map<UUID, String> addresses = dwellings.addressesOf(rows.stream().map(TaskView::dwellingId).collect(Collectors.toSet()));
		return rows.stream().map(t -> new TaskView(t.id(), t.projectId(), t.dwellingId(), addresses.get(t.dwellingId()), t.title(), t.description(),
				t.performerAge(), t.supervisor(), t.status(), t.instructionBy(), t.instructionAt(), t.inspectionBy(), t.inspectionAt(),
				t.inspectionPassed(), t.inspectionNote())).toList();
	}

	/**
	 * One step of a task; {@code who} is the instructor or inspector, {@code passed} and {@code note} the inspection's
	 * result. Who may act is decided here; the gate and what the step needs are the task's ({@link SelfWorkTask}).
	 */
	@Transactional
	public void step(CurrentUser user, UUID taskId, SelfWorkRules.TaskStep step, String who, Boolean passed, String note) {
		SelfWorkTask task = repository.lockedForUpdate(taskId);
		boolean resident = user.has(Role.RESIDENT) && residents.dwellingOf(user).filter(task.dwellingId()::equals).isPresent();
		if (!resident) {
			ProjectAccess access;
			try {
				access = projects.access(user, task.projectId());
			}
			catch (NotFound ex) {
				throw new NotFound("task");
			}
			if (!access.plansForCorporation()) {
				throw new Refused("task.manage.refused");
			}
		}
		else if (step != SelfWorkRules.TaskStep.READY) {
			throw new Refused("task.manage.refused");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		switch (step) {
			case INSTRUCT -> task.instruct(who, now);
			case START -> task.start(now);
			case READY -> task.ready(now);
			case INSPECT -> task.inspect(who, passed, note, now);
			case PAY -> {
				if (SelfWorkRules.gate(task.status(), step) == null) {
					throw new Conflict("task.pay.viaCompensation");
				}
				task.markPaid(now);
			}
		}
		repository.save(task);
		task.events().forEach(events::publishEvent);
		audit.record(user.id(), "TASK_" + step, "self_work_task", taskId, null);
	}

	/** Marks a task paid when its payment is recorded; refused unless the inspection passed. */
	@Transactional
	public void markPaid(UUID taskId, UUID projectId) {
		SelfWorkTask task = repository.lockedForUpdate(taskId);
		if (!task.projectId().equals(projectId)) {
			throw new InvalidInput("taskId", "task.unknown");
		}
		try {
			task.markPaid(OffsetDateTime.now(clock));
		}
		catch (SelfWorkStepRefused refused) {
			throw new InvalidInput("taskId", refused.messageKey());
		}
		repository.save(task);
	}
}
