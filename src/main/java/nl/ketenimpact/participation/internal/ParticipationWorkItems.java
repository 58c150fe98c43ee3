package nl.ketenimpact.participation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;
import nl.ketenimpact.project.Portfolio;
import nl.ketenimpact.project.Residents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation's work: applications to decide on the organisation's own opportunities, its placements that end
 * within 30 days (the job guarantee is decided then), self-work ready for the project lead's inspection; for a tenant
 * the new opportunities in their project, the decisions on their applications and their own self-work.
 */
@Component
class ParticipationWorkItems implements WorkItems {

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	/** How far ahead an ending placement is shown, and how long a new opportunity or a decision stays news. */
	static final int DAYS = 30;

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final Residents residents;

	private final java.time.Clock clock;

	ParticipationWorkItems(JdbcClient jdbc, Portfolio portfolio, Residents residents, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.residents = residents;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		List<Part> parts = new ArrayList<>();
		boolean partnerLead = user.has(Role.PARTNER_LEAD) && user.isChainPartner();
		boolean corporationPublisher = user.isCorporationStaff() && (user.has(Role.PROJECT_LEAD) || user.has(Role.COORDINATOR));
		if (partnerLead || corporationPublisher) {
			parts.add(applications(user.organisationId()));
		}
		if (partnerLead) {
			parts.add(placementsEnding(user.organisationId()));
		}
		if (user.has(Role.PROJECT_LEAD) && user.isCorporationStaff()) {
			parts.add(inspections(portfolio.ofCorporation(user.organisationId(), null)));
		}
		if (user.has(Role.RESIDENT)) {
			parts.addAll(resident(user));
		}
		return parts;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(DUTCH));
	}

	private OffsetDateTime endOf(LocalDate day) {
		return day.atTime(23, 59).atZone(DUTCH).toOffsetDateTime();
	}

	private Part applications(UUID organisationId) {
		String where = " from application a join opportunity o on o.id = a.opportunity_id where a.status = :s and o.offered_by = :org";
		long count = jdbc.sql("select count(*)" + where).param("s", ApplicationStatus.SUBMITTED.name()).param("org", organisationId).query(Long.class).single();
		record Row(UUID opportunityId, String title, OffsetDateTime createdAt) {
		}
		List<Row> rows = jdbc.sql("select o.id as opportunity_id, o.title, a.created_at" + where + " order by a.created_at, a.id limit " + SHOWN)
			.param("s", ApplicationStatus.SUBMITTED.name()).param("org", organisationId).query(Row.class).list();
		return new Part("APPLICATION_TO_DECIDE", count, rows.stream().map(r -> new Item("APPLICATION_TO_DECIDE", "worklist.item.applicationToDecide",
				List.of(r.title()), null, r.createdAt(), "/opportunities/" + r.opportunityId())).toList());
	}

	private Part placementsEnding(UUID organisationId) {
		String where = " from placement p join opportunity o on o.id = p.opportunity_id where p.offered_by = :org and p.outcome is null"
				+ " and p.end_date between :today and :until";
		LocalDate today = today();
		long count = jdbc.sql("select count(*)" + where).param("org", organisationId).param("today", today).param("until", today.plusDays(DAYS))
			.query(Long.class).single();
		record Row(UUID id, String title, boolean jobGuarantee, LocalDate endDate) {
		}
		List<Row> rows = jdbc.sql("select p.id, o.title, o.job_guarantee, p.end_date" + where + " order by p.end_date, p.id limit " + SHOWN)
			.param("org", organisationId).param("today", today).param("until", today.plusDays(DAYS)).query(Row.class).list();
		return new Part("PLACEMENT_ENDING", count, rows.stream().map(r -> new Item("PLACEMENT_ENDING",
				r.jobGuarantee() ? "worklist.item.placementEndingGuarantee" : "worklist.item.placementEnding", List.of(r.title()), endOf(r.endDate()), null,
				"/placements/" + r.id())).toList());
	}

	private Part inspections(List<Portfolio.Project> own) {
		Map<UUID, String> names = own.stream().collect(Collectors.toMap(Portfolio.Project::id, Portfolio.Project::name));
		if (names.isEmpty()) {
			return new Part("SELF_WORK_TO_INSPECT", 0, List.of());
		}
		String where = " from self_work_task where status = :s and project_id in (:p)";
		long count = jdbc.sql("select count(*)" + where).param("s", TaskStatus.READY_FOR_INSPECTION.name()).param("p", names.keySet()).query(Long.class).single();
		record Row(UUID projectId, String title, OffsetDateTime readyAt) {
		}
		List<Row> rows = jdbc.sql("select project_id, title, ready_at" + where + " order by ready_at, id limit " + SHOWN)
			.param("s", TaskStatus.READY_FOR_INSPECTION.name()).param("p", names.keySet()).query(Row.class).list();
		return new Part("SELF_WORK_TO_INSPECT", count, rows.stream().map(r -> new Item("SELF_WORK_TO_INSPECT", "worklist.item.selfWorkToInspect",
				List.of(r.title(), names.get(r.projectId())), null, r.readyAt(), "/projects/" + r.projectId() + "/self-work")).toList());
	}

	private List<Part> resident(CurrentUser user) {
		Optional<UUID> dwelling = residents.dwellingOf(user);
		Optional<UUID> project = residents.projectOf(user);
		if (dwelling.isEmpty() || project.isEmpty()) {
			return List.of(new Part("OPPORTUNITY_NEW", 0, List.of()), new Part("APPLICATION_DECIDED", 0, List.of()), new Part("SELF_WORK", 0, List.of()));
		}
		OffsetDateTime recent = endOf(today().minusDays(DAYS + 1));
		record Opportunity(UUID id, String title, OffsetDateTime createdAt) {
		}
		List<Opportunity> open = jdbc.sql("""
				select o.id, o.title, o.created_at from opportunity o
				where o.project_id = :p and o.status = :open and o.created_at > :recent
				  and not exists (select 1 from application a where a.opportunity_id = o.id and a.applicant_id = :u)
				order by o.created_at desc, o.id""")
			.param("p", project.get()).param("open", OpportunityStatus.OPEN.name()).param("recent", recent)
			.param("u", user.id()).query(Opportunity.class).list();
		record Decision(UUID opportunityId, String title, String status, OffsetDateTime decidedAt) {
		}
		List<Decision> decided = jdbc.sql("""
				select o.id as opportunity_id, o.title, a.status, a.decided_at from application a join opportunity o on o.id = a.opportunity_id
				where a.applicant_id = :u and a.status in (:decided) and a.decided_at > :recent order by a.decided_at desc, a.id""")
			.param("u", user.id()).param("decided", List.of(ApplicationStatus.ACCEPTED.name(), ApplicationStatus.DECLINED.name()))
			.param("recent", recent).query(Decision.class).list();
		record Task(String title, String status, OffsetDateTime since) {
		}
		List<Task> tasks = jdbc.sql("""
				select title, status, coalesce(started_at, instruction_at, created_at) as since from self_work_task
				where dwelling_id = :d and status in (:open) order by created_at, id""")
			.param("d", dwelling.get()).param("open", List.of(TaskStatus.INSTRUCTED.name(), TaskStatus.STARTED.name())).query(Task.class).list();
		return List.of(
				new Part("OPPORTUNITY_NEW", open.size(), open.stream().limit(SHOWN).map(o -> new Item("OPPORTUNITY_NEW", "worklist.item.opportunityNew",
						List.of(o.title()), null, o.createdAt(), "/opportunities/" + o.id())).toList()),
				new Part("APPLICATION_DECIDED", decided.size(), decided.stream().limit(SHOWN).map(d -> new Item("APPLICATION_DECIDED",
						"ACCEPTED".equals(d.status()) ? "worklist.item.applicationAccepted" : "worklist.item.applicationDeclined", List.of(d.title()), null,
						d.decidedAt(), "/portal")).toList()),
				new Part("SELF_WORK", tasks.size(), tasks.stream().limit(SHOWN).map(t -> new Item("SELF_WORK",
						"STARTED".equals(t.status()) ? "worklist.item.selfWorkStarted" : "worklist.item.selfWorkInstructed", List.of(t.title()), null, t.since(),
						"/portal")).toList()));
	}
}
