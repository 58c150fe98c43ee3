package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.participation.OpportunityView;
import nl.ketenimpact.participation.PlacementOutcome;
import nl.ketenimpact.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The placement and placement_hours tables: reads scoped to who may see them, and {@link Placement} loaded locked and saved. */
@Repository
class PlacementRepository {

	private static final String SELECT = """
			select p.id, p.opportunity_id, o.title as opportunity_title, o.type, o.job_guarantee, p.project_id, p.offered_by, a.applicant_id,
			       a.candidate_ref, p.start_date, p.end_date, p.mentor, p.block, p.hours_per_week,
			       coalesce((select sum(h.hours) from placement_hours h where h.placement_id = p.id), 0) as hours_logged,
			       p.outcome, p.outcome_reason, p.contract_type, p.corporation_id
			from placement p join opportunity o on o.id = p.opportunity_id join application a on a.id = p.application_id""";

	/** Visible: the user's own, those of the organisation's opportunities (its leads), all of the corporation's projects (its staff). */
	private static final String VISIBLE = " ((p.offered_by = :org and :lead) or a.applicant_id = :u or (:staff and p.corporation_id = :org))";

	private final JdbcClient jdbc;

	PlacementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A placement as stored, with the applicant (named by the caller) and the hours logged so far. */
	record Row(UUID id, UUID opportunityId, String opportunityTitle, OpportunityType type, boolean jobGuarantee, UUID projectId, UUID offeredBy,
			UUID applicantId, String candidateRef, LocalDate startDate, LocalDate endDate, String mentor, String block, BigDecimal hoursPerWeek,
			BigDecimal hoursLogged, PlacementOutcome outcome, String outcomeReason, ContractType contractType, UUID corporationId) {
	}

	private static StatementSpec visibleTo(StatementSpec spec, CurrentUser user) {
		boolean lead = user.has(Role.PARTNER_LEAD) || user.isCorporationStaff();
		return spec.param("org", user.organisationId()).param("lead", lead).param("u", user.id()).param("staff", user.isCorporationStaff());
	}

	long countVisible(CurrentUser user) {
		return visibleTo(jdbc.sql("select count(*) from placement p join application a on a.id = p.application_id where" + VISIBLE), user)
			.query(Long.class).single();
	}

	List<Row> visible(CurrentUser user, String window) {
		return visibleTo(jdbc.sql(SELECT + " where" + VISIBLE + " order by p.start_date desc, p.id" + window), user).query(Row.class).list();
	}

	List<Row> visible(CurrentUser user, UUID id) {
		return visibleTo(jdbc.sql(SELECT + " where p.id = :id and" + VISIBLE), user).param("id", id).query(Row.class).list();
	}

	/** Every guaranteed internship of a project (for the rate), or only those the user may open. */
	List<Row> guaranteed(UUID projectId, CurrentUser visibleTo) {
		if (visibleTo == null) {
			return jdbc.sql(SELECT + " where p.project_id = :p and o.job_guarantee order by p.end_date limit 1000").param("p", projectId)
				.query(Row.class).list();
		}
		return visibleTo(jdbc.sql(SELECT + " where p.project_id = :p and o.job_guarantee and" + VISIBLE + " order by p.end_date limit 1000"),
				visibleTo).param("p", projectId).query(Row.class).list();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void insert(UUID id, UUID applicationId, OpportunityView opportunity, UUID corporationId, PlacementInput input) {
		jdbc.sql("""
				insert into placement (id, application_id, opportunity_id, project_id, corporation_id, offered_by, start_date, end_date, mentor, block,
				                       hours_per_week)
				values (:id, :a, :o, :p, :corp, :by, :start, :end, :mentor, :block, :hours)""")
			.param("id", id).param("a", applicationId).param("o", opportunity.id()).param("p", opportunity.projectId())
			.param("corp", corporationId).param("by", opportunity.offeredBy()).param("start", input.startDate()).param("end", input.endDate())
			.param("mentor", input.mentor().strip()).param("block", OpportunityRepository.blankToNull(input.block()))
			.param("hours", input.hoursPerWeek()).update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Placement lockedForUpdate(UUID id) {
		return jdbc.sql("select id, project_id, offered_by, start_date, end_date, outcome from placement where id = :id for update").param("id", id)
			.query((rs, n) -> new Placement(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getObject("offered_by", UUID.class), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					rs.getString("outcome") == null ? null : PlacementOutcome.valueOf(rs.getString("outcome"))))
			.optional().orElseThrow(() -> new NotFound("placement"));
	}

	/** Hours of one week, replacing an earlier entry for that week. */
	@Transactional(propagation = Propagation.MANDATORY)
	void saveHours(UUID placementId, LocalDate monday, BigDecimal hours) {
		jdbc.sql("""
				insert into placement_hours (placement_id, week_start, hours) values (:p, :w, :h)
				on conflict (placement_id, week_start) do update set hours = excluded.hours""")
			.param("p", placementId).param("w", monday).param("h", hours).update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void saveOutcome(Placement placement) {
		jdbc.sql("update placement set outcome = :o, outcome_reason = :r, contract_type = :c, outcome_at = now() where id = :id")
			.param("o", placement.outcome().name()).param("r", placement.reason())
			.param("c", placement.contractType() == null ? null : placement.contractType().name()).param("id", placement.id()).update();
	}
}
