package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities, applications and placements. Who may do what:
 * <ul>
 * <li>a partner lead publishes for its own organisation, the coordinator or project lead for the corporation;</li>
 * <li>residents see the open opportunities of their own project only and apply once; case workers of a
 * school or welfare organisation in the project propose pseudonymous candidates for work experience and internships;</li>
 * <li>the offering organisation sees and decides the applications to its opportunities; applicants see their own;</li>
 * <li>accepting creates the placement; the offering organisation logs its hours and its outcome.</li>
 * </ul>
 */
@Service
public class OpportunityManagement {

	private static final String SELECT = """
			select o.id, o.project_id, o.offered_by, cast(null as varchar) as offered_by_name, o.type, o.title, o.description, o.places,
			       o.start_date, o.end_date, o.requirements, o.compensation, o.job_guarantee, o.job_guarantee_condition, o.status,
			       (select count(*) from placement p where p.opportunity_id = o.id) as places_taken
			from opportunity o""";

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	/** What follows a state change (mail) is done by listeners of the events published here. */
	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	OpportunityManagement(JdbcClient jdbc, ProjectManagement projects, OrganisationManagement organisations, UserManagement users,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.organisations = organisations;
		this.users = users;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	// --- opportunities ----------------------------------------------------------------------------

	/** The organisation the user publishes for in this project, or empty when they may not publish. */
	static Optional<UUID> publisherOrganisation(ProjectAccess access) {
		if (access.plansForCorporation()) {
			return Optional.of(access.project().corporationId());
		}
		return access.leadsPartner() ? Optional.of(access.partnerOrganisationId()) : Optional.empty();
	}

	@Transactional
	public UUID publish(CurrentUser user, UUID projectId, OpportunityInput input) {
		return create(user, projectId, input, "OPEN");
	}

	/** An opportunity to adjust before it opens (e.g. copied from a practice); residents do not see it yet. */
	@Transactional
	public UUID draft(CurrentUser user, UUID projectId, OpportunityInput input) {
		return create(user, projectId, input, "DRAFT");
	}

	/** Opens a draft for applications. */
	@Transactional
	public void open(CurrentUser user, UUID opportunityId) {
		OpportunityView opportunity = get(user, opportunityId);
		if (!decides(user, opportunity)) {
			throw new Refused("opportunity.publish.refused");
		}
		if (!"DRAFT".equals(opportunity.status())) {
			throw new Conflict("opportunity.notDraft");
		}
		jdbc.sql("update opportunity set status = 'OPEN' where id = :id").param("id", opportunityId).update();
		audit.record(user.id(), "OPPORTUNITY_OPENED", "opportunity", opportunityId, null);
	}

	private UUID create(CurrentUser user, UUID projectId, OpportunityInput input, String status) {
		ProjectAccess access = projects.access(user, projectId);
		UUID offeredBy = publisherOrganisation(access).orElseThrow(() -> new Refused("opportunity.publish.refused"));
		List<FieldMessage> errors = new ArrayList<>();
		if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
			errors.add(new FieldMessage("endDate", "project.endDate.beforeStart"));
		}
		if (input.guaranteed() && input.type() != OpportunityType.INTERNSHIP) {
			errors.add(new FieldMessage("jobGuarantee", "opportunity.jobGuarantee.internshipOnly"));
		}
		if (input.guaranteed() && (input.jobGuaranteeCondition() == null || input.jobGuaranteeCondition().isBlank())) {
			errors.add(new FieldMessage("jobGuaranteeCondition", "opportunity.jobGuarantee.condition"));
		}
		InvalidInput.throwIfAny(errors);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into opportunity (id, project_id, offered_by, type, title, description, places, start_date, end_date, requirements,
				                         compensation, job_guarantee, job_guarantee_condition, status, created_by)
				values (:id, :p, :by, :type, :title, :description, :places, :start, :end, :req, :comp, :jg, :jgc, :status, :u)""")
			.param("status", status)
			.param("id", id).param("p", projectId).param("by", offeredBy).param("type", input.type().name())
			.param("title", input.title().strip()).param("description", input.description().strip()).param("places", input.places())
			.param("start", input.startDate()).param("end", input.endDate()).param("req", blankToNull(input.requirements()))
			.param("comp", blankToNull(input.compensation())).param("jg", input.guaranteed())
			.param("jgc", input.guaranteed() ? input.jobGuaranteeCondition().strip() : null).param("u", user.id()).update();
		audit.record(user.id(), "OPPORTUNITY_PUBLISHED", "opportunity", id, input.type().name());
		return id;
	}

	/** Opportunities of a project: all for its staff and partners, the open ones for its residents. */
	@Transactional(readOnly = true)
	public Page<OpportunityView> list(CurrentUser user, UUID projectId, int page, int size) {
		boolean residentOnly = isResidentOf(user, projectId);
		if (!residentOnly) {
			projects.access(user, projectId);
		}
		String filter = " where o.project_id = :p" + (residentOnly ? " and o.status = 'OPEN'" : "");
		long total = jdbc.sql("select count(*) from opportunity o" + filter).param("p", projectId).query(Long.class).single();
		List<OpportunityView> items = jdbc.sql(SELECT + filter + " order by o.start_date, o.title" + Page.window(page, size))
			.param("p", projectId).query(OpportunityView.class).list();
		return new Page<>(withNames(items), page, size, total);
	}

	@Transactional(readOnly = true)
	public OpportunityView get(CurrentUser user, UUID opportunityId) {
		OpportunityView view = jdbc.sql(SELECT + " where o.id = :id").param("id", opportunityId).query(OpportunityView.class).optional()
			.orElseThrow(() -> new NotFound("opportunity"));
		if (!isResidentOf(user, view.projectId())) {
			projects.access(user, view.projectId());
		}
		return withNames(List.of(view)).get(0);
	}

	/** Whether the user is a resident (only) of this project: they see its open opportunities through the portal. */
	boolean isResidentOf(CurrentUser user, UUID projectId) {
		return user.has(Role.RESIDENT) && !user.isCorporationStaff() && projects.residentProject(user).filter(projectId::equals).isPresent();
	}

	private List<OpportunityView> withNames(List<OpportunityView> items) {
		Map<UUID, OrganisationView> names = organisations.byIds(items.stream().map(OpportunityView::offeredBy).collect(Collectors.toSet()));
		return items.stream().map(o -> new OpportunityView(o.id(), o.projectId(), o.offeredBy(),
				names.containsKey(o.offeredBy()) ? names.get(o.offeredBy()).name() : "?", o.type(), o.title(), o.description(), o.places(),
				o.startDate(), o.endDate(), o.requirements(), o.compensation(), o.jobGuarantee(), o.jobGuaranteeCondition(), o.status(),
				o.placesTaken())).toList();
	}

	/** Whether the user decides the applications of this opportunity (the offering organisation). */
	public boolean decides(CurrentUser user, OpportunityView opportunity) {
		if (user.has(Role.RESIDENT) && !user.isCorporationStaff()) {
			return false;
		}
		ProjectAccess access = projects.access(user, opportunity.projectId());
		return publisherOrganisation(access).filter(opportunity.offeredBy()::equals).isPresent();
	}

	/** What a project's records show about participation, for publishing a practice; counts only. */
	public record Figures(long internshipPlaces, long internships, long internshipsHired, Integer jobGuaranteeRate, long workExperience,
			long workExperienceSuccessful, long selfWorkTasks, long selfWorkResidentsPaid, java.math.BigDecimal selfWorkPaidEur, long activities,
			long activityParticipants, long childrenReached) {

		Figures withRate(Integer rate) {
			return new Figures(internshipPlaces, internships, internshipsHired, rate, workExperience, workExperienceSuccessful, selfWorkTasks,
					selfWorkResidentsPaid, selfWorkPaidEur, activities, activityParticipants, childrenReached);
		}
	}

	@Transactional(readOnly = true)
	public Figures figures(CurrentUser user, UUID projectId) {
		projects.access(user, projectId);
		return jdbc.sql("""
				select
				  (select coalesce(sum(places), 0) from opportunity where project_id = :p and type = 'INTERNSHIP' and status <> 'DRAFT') as internship_places,
				  (select count(*) from placement pl join opportunity o on o.id = pl.opportunity_id where pl.project_id = :p and o.type = 'INTERNSHIP') as internships,
				  (select count(*) from placement pl join opportunity o on o.id = pl.opportunity_id where pl.project_id = :p and o.type = 'INTERNSHIP'
				     and pl.outcome = 'HIRED') as internships_hired,
				  cast(null as integer) as job_guarantee_rate,
				  (select count(*) from placement pl join opportunity o on o.id = pl.opportunity_id where pl.project_id = :p and o.type = 'WORK_EXPERIENCE') as work_experience,
				  (select count(*) from placement pl join opportunity o on o.id = pl.opportunity_id where pl.project_id = :p and o.type = 'WORK_EXPERIENCE'
				     and pl.outcome is not null and pl.outcome <> 'DROPPED_OUT') as work_experience_successful,
				  (select count(*) from self_work_task where project_id = :p) as self_work_tasks,
				  (select count(distinct dwelling_id) from self_work_task where project_id = :p and status in ('APPROVED', 'PAID')) as self_work_residents_paid,
				  (select coalesce(sum(amount), 0) from compensation where project_id = :p and task_id is not null) as self_work_paid_eur,
				  (select count(*) from activity where project_id = :p and status = 'HELD') as activities,
				  (select coalesce(sum(children + adults), 0) from activity where project_id = :p and status = 'HELD') as activity_participants,
				  (select coalesce(sum(children), 0) from activity where project_id = :p and status = 'HELD') as children_reached""")
			.param("p", projectId)
			.query(Figures.class)
			.single()
			.withRate(jobGuarantees(user, projectId).fulfilmentRate());
	}

	// --- applications -----------------------------------------------------------------------------

	/** A resident applies (once) to an open opportunity of their own project; a case worker proposes a candidate. */
	@Transactional
	public UUID apply(CurrentUser user, UUID opportunityId, ApplicationInput input) {
		OpportunityView opportunity = get(user, opportunityId);
		boolean resident = isResidentOf(user, opportunity.projectId());
		boolean caseWorker = !resident && user.has(Role.CASE_WORKER);
		if (!resident && !caseWorker) {
			throw new Refused("application.refused");
		}
		if (caseWorker) {
			if (!opportunity.type().takesProposals()) {
				throw new InvalidInput("candidateRef", "application.proposal.type");
			}
			if (input.candidateRef() == null || !input.candidateRef().strip().matches("^[A-Za-z0-9._-]{2,40}$")) {
				throw new InvalidInput("candidateRef", "contribution.personRef.invalid");
			}
		}
		if (!opportunity.open()) {
			throw new Conflict("application.closed");
		}
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into application (id, opportunity_id, applicant_id, candidate_ref, motivation, availability, status)
					values (:id, :o, :u, :ref, :m, :a, 'SUBMITTED')""")
				.param("id", id).param("o", opportunityId).param("u", user.id()).param("ref", caseWorker ? input.candidateRef().strip() : null)
				.param("m", input.motivation().strip()).param("a", input.availability().strip()).update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("motivation", "application.duplicate");
		}
		audit.record(user.id(), caseWorker ? "CANDIDATE_PROPOSED" : "APPLICATION_SUBMITTED", "opportunity", opportunityId, null);
		events.publishEvent(new ApplicationReceived(id, opportunityId, user.id()));
		return id;
	}

	private record ApplicationRow(UUID id, UUID opportunityId, UUID applicantId, String candidateRef, String motivation, String availability,
			ApplicationStatus status, String decisionReason, java.time.OffsetDateTime createdAt) {
	}

	private static final String APPLICATION_COLUMNS = "a.id, a.opportunity_id, a.applicant_id, a.candidate_ref, a.motivation, a.availability, a.status, a.decision_reason, a.created_at";

	/** Applications to an opportunity, for the organisation that offers it. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications(CurrentUser user, UUID opportunityId) {
		OpportunityView opportunity = get(user, opportunityId);
		if (!decides(user, opportunity)) {
			throw new Refused("application.list.refused");
		}
		return views(jdbc.sql("select " + APPLICATION_COLUMNS + " from application a where a.opportunity_id = :o order by a.created_at limit 500")
			.param("o", opportunityId).query(ApplicationRow.class).list());
	}

	/** The user's own applications (resident) or proposals (case worker), newest first. */
	@Transactional(readOnly = true)
	public List<ApplicationView> mine(CurrentUser user) {
		return views(jdbc.sql("select " + APPLICATION_COLUMNS + " from application a where a.applicant_id = :u order by a.created_at desc limit 200")
			.param("u", user.id()).query(ApplicationRow.class).list());
	}

	private List<ApplicationView> views(List<ApplicationRow> rows) {
		Map<UUID, String> titles = new java.util.HashMap<>();
		Map<UUID, UUID> placements = new java.util.HashMap<>();
		if (!rows.isEmpty()) {
			jdbc.sql("select id, title from opportunity where id in (:ids)").param("ids", rows.stream().map(ApplicationRow::opportunityId).collect(Collectors.toSet()))
				.query((rs, n) -> titles.put(rs.getObject("id", UUID.class), rs.getString("title"))).list();
			jdbc.sql("select application_id, id from placement where application_id in (:ids)").param("ids", rows.stream().map(ApplicationRow::id).toList())
				.query((rs, n) -> placements.put(rs.getObject("application_id", UUID.class), rs.getObject("id", UUID.class))).list();
		}
		Map<UUID, String> names = users.names(rows.stream().map(ApplicationRow::applicantId).collect(Collectors.toSet()));
		return rows.stream().map(r -> new ApplicationView(r.id(), r.opportunityId(), titles.get(r.opportunityId()),
				r.candidateRef() != null ? null : names.get(r.applicantId()), r.candidateRef(), r.motivation(), r.availability(), r.status(),
				r.decisionReason(), r.createdAt(), placements.get(r.id()))).toList();
	}

	/** The offering organisation accepts (creating the placement) or declines with a reason the applicant sees. */
	@Transactional
	public Optional<UUID> decide(CurrentUser user, UUID applicationId, boolean accept, String reason, PlacementInput placement) {
		ApplicationRow application = jdbc.sql("select " + APPLICATION_COLUMNS + " from application a where a.id = :id for update")
			.param("id", applicationId).query(ApplicationRow.class).optional().orElseThrow(() -> new NotFound("application"));
		OpportunityView opportunity;
		try {
			opportunity = get(user, application.opportunityId());
		}
		catch (NotFound ex) {
			throw new NotFound("application");
		}
		if (!decides(user, opportunity)) {
			throw new Refused("application.decide.refused");
		}
		if (application.status() != ApplicationStatus.SUBMITTED) {
			throw new Conflict("application.decided");
		}
		UUID placementId = null;
		if (accept) {
			InvalidInput.throwIfAny(checkPlacement(placement));
			if (!opportunity.open()) {
				throw new Conflict("application.full");
			}
			placementId = UUID.randomUUID();
			jdbc.sql("""
					insert into placement (id, application_id, opportunity_id, project_id, corporation_id, offered_by, start_date, end_date, mentor, block,
					                       hours_per_week)
					values (:id, :a, :o, :p, :corp, :by, :start, :end, :mentor, :block, :hours)""")
				.param("id", placementId).param("a", applicationId).param("o", opportunity.id()).param("p", opportunity.projectId())
				.param("corp", projects.access(user, opportunity.projectId()).project().corporationId())
				.param("by", opportunity.offeredBy()).param("start", placement.startDate()).param("end", placement.endDate())
				.param("mentor", placement.mentor().strip()).param("block", blankToNull(placement.block())).param("hours", placement.hoursPerWeek()).update();
		}
		else if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "review.reason.required");
		}
		jdbc.sql("update application set status = :s, decision_reason = :r, decided_by = :u, decided_at = now() where id = :id")
			.param("s", (accept ? ApplicationStatus.ACCEPTED : ApplicationStatus.DECLINED).name())
			.param("r", accept ? null : reason.strip()).param("u", user.id()).param("id", applicationId).update();
		audit.record(user.id(), accept ? "APPLICATION_ACCEPTED" : "APPLICATION_DECLINED", "application", applicationId, null);
		events.publishEvent(new ApplicationDecided(applicationId, opportunity.id(), application.applicantId(), accept, placementId));
		return Optional.ofNullable(placementId);
	}

	private static List<FieldMessage> checkPlacement(PlacementInput placement) {
		List<FieldMessage> errors = new ArrayList<>();
		if (placement == null) {
			errors.add(new FieldMessage("startDate", "validation.required"));
			return errors;
		}
		if (placement.startDate() == null) {
			errors.add(new FieldMessage("startDate", "validation.required"));
		}
		if (placement.endDate() == null) {
			errors.add(new FieldMessage("endDate", "validation.required"));
		}
		else if (placement.startDate() != null && placement.endDate().isBefore(placement.startDate())) {
			errors.add(new FieldMessage("endDate", "project.endDate.beforeStart"));
		}
		if (placement.mentor() == null || placement.mentor().isBlank() || placement.mentor().length() > 120) {
			errors.add(new FieldMessage("mentor", "validation.required"));
		}
		if (placement.hoursPerWeek() == null || placement.hoursPerWeek().signum() <= 0 || placement.hoursPerWeek().compareTo(BigDecimal.valueOf(60)) > 0) {
			errors.add(new FieldMessage("hoursPerWeek", "contribution.hoursPerWeek.invalid"));
		}
		if (placement.block() != null && !placement.block().isBlank() && !Set.of("PARTICIPATIEWET", "BANENAFSPRAAK", "PRAKTIJKONDERWIJS", "WIA_WAO", "WW",
				"BBL", "BOL", "NO_BENEFIT").contains(placement.block())) {
			errors.add(new FieldMessage("block", "contribution.block.notInValueSet"));
		}
		return errors;
	}

	// --- placements -------------------------------------------------------------------------------

	private static final String PLACEMENT_SELECT = """
			select p.id, p.opportunity_id, o.title as opportunity_title, o.type, o.job_guarantee, p.project_id, p.offered_by, a.applicant_id,
			       a.candidate_ref, p.start_date, p.end_date, p.mentor, p.block, p.hours_per_week,
			       coalesce((select sum(h.hours) from placement_hours h where h.placement_id = p.id), 0) as hours_logged,
			       p.outcome, p.outcome_reason, p.contract_type, p.corporation_id
			from placement p join opportunity o on o.id = p.opportunity_id join application a on a.id = p.application_id""";

	private record PlacementRow(UUID id, UUID opportunityId, String opportunityTitle, OpportunityType type, boolean jobGuarantee, UUID projectId,
			UUID offeredBy, UUID applicantId, String candidateRef, LocalDate startDate, LocalDate endDate, String mentor, String block,
			BigDecimal hoursPerWeek, BigDecimal hoursLogged, PlacementOutcome outcome, String outcomeReason, ContractType contractType,
			UUID corporationId) {
	}

	/** Visible: the user's own, those of the organisation's opportunities (its leads), all of the corporation's projects (its staff). */
	private static final String VISIBLE = " ((p.offered_by = :org and :lead) or a.applicant_id = :u or (:staff and p.corporation_id = :org))";

	@Transactional(readOnly = true)
	public Page<PlacementView> placements(CurrentUser user, int page, int size) {
		boolean lead = user.has(Role.PARTNER_LEAD) || user.isCorporationStaff();
		long total = jdbc.sql("select count(*) from placement p join application a on a.id = p.application_id where" + VISIBLE)
			.param("org", user.organisationId()).param("lead", lead).param("u", user.id()).param("staff", user.isCorporationStaff())
			.query(Long.class).single();
		List<PlacementRow> rows = jdbc.sql(PLACEMENT_SELECT + " where" + VISIBLE + " order by p.start_date desc, p.id" + Page.window(page, size))
			.param("org", user.organisationId()).param("lead", lead).param("u", user.id()).param("staff", user.isCorporationStaff())
			.query(PlacementRow.class).list();
		return new Page<>(placementViews(rows), page, size, total);
	}

	@Transactional(readOnly = true)
	public PlacementView placement(CurrentUser user, UUID placementId) {
		boolean lead = user.has(Role.PARTNER_LEAD) || user.isCorporationStaff();
		List<PlacementRow> rows = jdbc.sql(PLACEMENT_SELECT + " where p.id = :id and" + VISIBLE)
			.param("id", placementId).param("org", user.organisationId()).param("lead", lead).param("u", user.id())
			.param("staff", user.isCorporationStaff()).query(PlacementRow.class).list();
		return placementViews(rows).stream().findFirst().orElseThrow(() -> new NotFound("placement"));
	}

	private List<PlacementView> placementViews(List<PlacementRow> rows) {
		Map<UUID, String> names = users.names(rows.stream().filter(r -> r.candidateRef() == null).map(PlacementRow::applicantId).collect(Collectors.toSet()));
		return rows.stream().map(r -> new PlacementView(r.id(), r.opportunityId(), r.opportunityTitle(), r.type(), r.jobGuarantee(), r.projectId(),
				r.offeredBy(), r.candidateRef() != null ? r.candidateRef() : names.get(r.applicantId()), r.startDate(), r.endDate(), r.mentor(),
				r.block(), r.hoursPerWeek(), r.hoursLogged(), r.outcome(), r.outcomeReason(), r.contractType())).toList();
	}

	private PlacementView managed(CurrentUser user, UUID placementId) {
		PlacementView placement = placement(user, placementId);
		ProjectAccess access;
		try {
			access = projects.access(user, placement.projectId());
		}
		catch (NotFound ex) {
			throw new Refused("placement.manage.refused");
		}
		if (publisherOrganisation(access).filter(placement.offeredBy()::equals).isEmpty()) {
			throw new Refused("placement.manage.refused");
		}
		return placement;
	}

	/** Hours of one week (Monday), replacing an earlier entry for that week. */
	@Transactional
	public void logHours(CurrentUser user, UUID placementId, LocalDate weekStart, BigDecimal hours) {
		PlacementView placement = managed(user, placementId);
		List<FieldMessage> errors = new ArrayList<>();
		if (weekStart == null) {
			errors.add(new FieldMessage("weekStart", "validation.required"));
		}
		else if (weekStart.isBefore(placement.startDate().minusDays(6)) || weekStart.isAfter(placement.endDate()) || weekStart.isAfter(LocalDate.now(clock))) {
			errors.add(new FieldMessage("weekStart", "placement.week.outside"));
		}
		if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(80)) > 0) {
			errors.add(new FieldMessage("hours", "placement.hours.range"));
		}
		InvalidInput.throwIfAny(errors);
		LocalDate monday = weekStart.with(java.time.DayOfWeek.MONDAY);
		jdbc.sql("insert into placement_hours (placement_id, week_start, hours) values (:p, :w, :h) on conflict (placement_id, week_start) do update set hours = excluded.hours")
			.param("p", placementId).param("w", monday).param("h", hours).update();
		audit.record(user.id(), "PLACEMENT_HOURS", "placement", placementId, null);
	}

	/** How the placement ended: a dropout needs a reason, a hire its contract type. */
	@Transactional
	public void outcome(CurrentUser user, UUID placementId, PlacementOutcome outcome, String reason, ContractType contractType) {
		PlacementView placement = managed(user, placementId);
		if (placement.outcome() != null) {
			throw new Conflict("placement.outcome.recorded");
		}
		List<FieldMessage> errors = new ArrayList<>();
		if (outcome == null) {
			errors.add(new FieldMessage("outcome", "validation.required"));
		}
		if (outcome == PlacementOutcome.DROPPED_OUT && (reason == null || reason.isBlank())) {
			errors.add(new FieldMessage("reason", "review.reason.required"));
		}
		if (outcome == PlacementOutcome.HIRED && contractType == null) {
			errors.add(new FieldMessage("contractType", "validation.required"));
		}
		InvalidInput.throwIfAny(errors);
		jdbc.sql("update placement set outcome = :o, outcome_reason = :r, contract_type = :c, outcome_at = now() where id = :id")
			.param("o", outcome.name()).param("r", blankToNull(reason)).param("c", outcome == PlacementOutcome.HIRED ? contractType.name() : null)
			.param("id", placementId).update();
		audit.record(user.id(), "PLACEMENT_OUTCOME", "placement", placementId, outcome.name());
	}

	/** Job-guarantee fulfilment of a project's internships and the guarantees at risk. */
	public record GuaranteeReport(Integer fulfilmentRate, long guaranteed, List<PlacementView> atRisk) {
	}

	@Transactional(readOnly = true)
	public GuaranteeReport jobGuarantees(CurrentUser user, UUID projectId) {
		projects.access(user, projectId);
		List<PlacementView> guaranteed = placementViews(jdbc.sql(PLACEMENT_SELECT + " where p.project_id = :p and o.job_guarantee order by p.end_date limit 1000")
			.param("p", projectId).query(PlacementRow.class).list());
		LocalDate today = LocalDate.now(clock);
		Integer rate = JobGuarantee.fulfilmentRate(guaranteed.stream().map(p -> new JobGuarantee.Placement(p.endDate(), p.outcome())).toList());
		// The rate is for everyone in the project; the placements at risk (with the participant's name) only for those who may open them.
		boolean lead = user.has(Role.PARTNER_LEAD) || user.isCorporationStaff();
		List<PlacementView> mayOpen = placementViews(jdbc.sql(PLACEMENT_SELECT + " where p.project_id = :p and o.job_guarantee and" + VISIBLE
				+ " order by p.end_date limit 1000")
			.param("p", projectId).param("org", user.organisationId()).param("lead", lead).param("u", user.id())
			.param("staff", user.isCorporationStaff()).query(PlacementRow.class).list());
		return new GuaranteeReport(rate, guaranteed.size(),
				mayOpen.stream().filter(p -> JobGuarantee.atRisk(new JobGuarantee.Placement(p.endDate(), p.outcome()), today)).toList());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
