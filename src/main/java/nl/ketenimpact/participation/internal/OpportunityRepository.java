package nl.ketenimpact.participation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.participation.ActivityStatus;
import nl.ketenimpact.participation.OpportunityInput;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.OpportunityView;
import nl.ketenimpact.participation.PlacementOutcome;
import nl.ketenimpact.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The opportunity table, and the project's participation counts for a practice; the one writer of an opportunity's state. */
@Repository
public class OpportunityRepository {

	private static final String SELECT = """
			select o.id, o.project_id, o.offered_by, cast(null as varchar) as offered_by_name, o.type, o.title, o.description, o.places,
			       o.start_date, o.end_date, o.requirements, o.compensation, o.job_guarantee, o.job_guarantee_condition, o.status,
			       (select count(*) from placement p where p.opportunity_id = o.id) as places_taken
			from opportunity o""";

	private static final String OF_PROJECT = " where o.project_id = :p and (not :openOnly or o.status = :open)";

	private final JdbcClient jdbc;

	OpportunityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(UUID id, UUID projectId, UUID offeredBy, OpportunityInput input, OpportunityStatus status, UUID userId) {
		jdbc.sql("""
				insert into opportunity (id, project_id, offered_by, type, title, description, places, start_date, end_date, requirements,
				                         compensation, job_guarantee, job_guarantee_condition, status, created_by)
				values (:id, :p, :by, :type, :title, :description, :places, :start, :end, :req, :comp, :jg, :jgc, :status, :u)""")
			.param("status", status.name())
			.param("id", id).param("p", projectId).param("by", offeredBy).param("type", input.type().name())
			.param("title", input.title().strip()).param("description", input.description().strip()).param("places", input.places())
			.param("start", input.startDate()).param("end", input.endDate()).param("req", blankToNull(input.requirements()))
			.param("comp", blankToNull(input.compensation())).param("jg", input.guaranteed())
			.param("jgc", input.guaranteed() ? input.jobGuaranteeCondition().strip() : null).param("u", userId).update();
	}

	public long count(UUID projectId, boolean openOnly) {
		return jdbc.sql("select count(*) from opportunity o" + OF_PROJECT).param("p", projectId).param("openOnly", openOnly)
			.param("open", OpportunityStatus.OPEN.name()).query(Long.class).single();
	}

	public List<OpportunityView> page(UUID projectId, boolean openOnly, String window) {
		return jdbc.sql(SELECT + OF_PROJECT + " order by o.start_date, o.title" + window).param("p", projectId).param("openOnly", openOnly)
			.param("open", OpportunityStatus.OPEN.name()).query(OpportunityView.class).list();
	}

	public Optional<OpportunityView> find(UUID id) {
		return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(OpportunityView.class).optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Opportunity lockedForUpdate(UUID id) {
		return jdbc.sql("select id, status from opportunity where id = :id for update").param("id", id)
			.query((rs, n) -> new Opportunity(rs.getObject("id", UUID.class), OpportunityStatus.valueOf(rs.getString("status"))))
			.optional().orElseThrow(() -> new NotFound("opportunity"));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void save(Opportunity opportunity) {
		jdbc.sql("update opportunity set status = :s where id = :id").param("s", opportunity.status().name()).param("id", opportunity.id()).update();
	}

	/** Counts of a project's participation records (the job-guarantee rate is added by the caller). */
	public OpportunityManagement.Figures figures(UUID projectId) {
		return jdbc.sql("""
				select
				  (select coalesce(sum(places), 0) from opportunity where project_id = :p and type = 'INTERNSHIP' and status <> :draft) as internship_places,
				  (select count(*) from placement pl join opportunity o on o.id = pl.opportunity_id where pl.project_id = :p and o.type = 'INTERNSHIP') as internships,
				  (select count(*) from placement pl join opportunity o on o.id = pl.opportunity_id where pl.project_id = :p and o.type = 'INTERNSHIP'
				     and pl.outcome = :hired) as internships_hired,
				  cast(null as integer) as job_guarantee_rate,
				  (select count(*) from placement pl join opportunity o on o.id = pl.opportunity_id where pl.project_id = :p and o.type = 'WORK_EXPERIENCE') as work_experience,
				  (select count(*) from placement pl join opportunity o on o.id = pl.opportunity_id where pl.project_id = :p and o.type = 'WORK_EXPERIENCE'
				     and pl.outcome is not null and pl.outcome <> :droppedOut) as work_experience_successful,
				  (select count(*) from self_work_task where project_id = :p) as self_work_tasks,
				  (select count(distinct dwelling_id) from self_work_task where project_id = :p and status in (:approved, :paid)) as self_work_residents_paid,
				  (select coalesce(sum(amount), 0) from compensation where project_id = :p and task_id is not null) as self_work_paid_eur,
				  (select count(*) from activity where project_id = :p and status = :held) as activities,
				  (select coalesce(sum(children + adults), 0) from activity where project_id = :p and status = :held) as activity_participants,
				  (select coalesce(sum(children), 0) from activity where project_id = :p and status = :held) as children_reached""")
			.param("p", projectId)
			.param("draft", OpportunityStatus.DRAFT.name())
			.param("hired", PlacementOutcome.HIRED.name())
			.param("droppedOut", PlacementOutcome.DROPPED_OUT.name())
			.param("approved", TaskStatus.APPROVED.name())
			.param("paid", TaskStatus.PAID.name())
			.param("held", ActivityStatus.HELD.name())
			.query(OpportunityManagement.Figures.class)
			.single();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
