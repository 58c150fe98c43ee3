package nl.ketenimpact.plan.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;
import nl.ketenimpact.plan.CommitmentStatus;
import nl.ketenimpact.plan.ReportStatus;
import nl.ketenimpact.project.Portfolio;
import nl.ketenimpact.project.ProjectStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's work: for the corporation's coordinator the partner reports to approve and the commitments partners
 * proposed; for a partner's lead the period reports returned to them and the report of the last quarter not yet sent.
 */
@Component
class PlanWorkItems implements WorkItems {

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	/** A quarter's report is due this many days after the quarter ends. */
	static final int REPORT_DUE_DAYS = 30;

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final OrganisationManagement organisations;

	private final java.time.Clock clock;

	PlanWorkItems(JdbcClient jdbc, Portfolio portfolio, OrganisationManagement organisations, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		List<Part> parts = new ArrayList<>();
		if (user.has(Role.COORDINATOR) && user.isCorporationStaff()) {
			Map<UUID, String> projects = names(portfolio.ofCorporation(user.organisationId(), null));
			parts.add(reportsToApprove(projects));
			parts.add(proposals(projects));
		}
		if (user.has(Role.PARTNER_LEAD) && user.isChainPartner()) {
			parts.add(partnerReports(user.organisationId(), portfolio.ofPartner(user.organisationId(), null)));
		}
		return parts;
	}

	private static Map<UUID, String> names(List<Portfolio.Project> projects) {
		return projects.stream().collect(Collectors.toMap(Portfolio.Project::id, Portfolio.Project::name));
	}

	private record Waiting(UUID id, UUID projectId, UUID organisationId, String text, OffsetDateTime since) {
	}

	private Part reportsToApprove(Map<UUID, String> projects) {
		if (projects.isEmpty()) {
			return new Part("REPORT_TO_APPROVE", 0, List.of());
		}
		String where = " from partner_report where status = :s and project_id in (:p)";
		long count = jdbc.sql("select count(*)" + where).param("s", ReportStatus.SUBMITTED.name()).param("p", projects.keySet()).query(Long.class).single();
		List<Waiting> rows = jdbc.sql("select id, project_id, partner_organisation_id as organisation_id, period as text, submitted_at as since" + where + " order by submitted_at, id limit " + SHOWN)
			.param("s", ReportStatus.SUBMITTED.name()).param("p", projects.keySet()).query(Waiting.class).list();
		Map<UUID, OrganisationView> partners = organisations.byIds(rows.stream().map(Waiting::organisationId).toList());
		return new Part("REPORT_TO_APPROVE", count, rows.stream().map(r -> new Item("REPORT_TO_APPROVE", "worklist.item.reportToApprove",
				List.of(r.text(), partners.get(r.organisationId()).name(), projects.get(r.projectId())), null, r.since(),
				"/projects/" + r.projectId() + "/reports")).toList());
	}

	private Part proposals(Map<UUID, String> projects) {
		if (projects.isEmpty()) {
			return new Part("COMMITMENT_TO_DECIDE", 0, List.of());
		}
		String where = " from commitment where status = :s and project_id in (:p) and partner_organisation_id is not null";
		long count = jdbc.sql("select count(*)" + where).param("s", CommitmentStatus.PROPOSED.name()).param("p", projects.keySet()).query(Long.class).single();
		List<Waiting> rows = jdbc.sql("select id, project_id, partner_organisation_id as organisation_id, theme as text, created_at as since" + where + " order by created_at, id limit " + SHOWN)
			.param("s", CommitmentStatus.PROPOSED.name()).param("p", projects.keySet()).query(Waiting.class).list();
		Map<UUID, OrganisationView> partners = organisations.byIds(rows.stream().map(Waiting::organisationId).toList());
		return new Part("COMMITMENT_TO_DECIDE", count, rows.stream().map(r -> new Item("COMMITMENT_TO_DECIDE", "worklist.item.commitmentToDecide",
				List.of(partners.get(r.organisationId()).name(), projects.get(r.projectId())), null, r.since(),
				"/projects/" + r.projectId() + "/plan/commitments/" + r.id())).toList());
	}

	/** Returned reports first (they wait for the partner), then the last quarter's report of each running project not sent yet. */
	private Part partnerReports(UUID organisationId, List<Portfolio.Project> projects) {
		List<Item> items = new ArrayList<>();
		Map<UUID, String> names = names(projects);
		if (!names.isEmpty()) {
			jdbc.sql("""
					select id, project_id, partner_organisation_id as organisation_id, period as text, reviewed_at as since from partner_report
					where status = :s and partner_organisation_id = :o and project_id in (:p) order by reviewed_at, id""")
				.param("s", ReportStatus.RETURNED.name()).param("o", organisationId).param("p", names.keySet()).query(Waiting.class).list()
				.forEach(r -> items.add(new Item("REPORT_DUE", "worklist.item.reportReturned", List.of(r.text(), names.get(r.projectId())), null,
						r.since(), "/projects/" + r.projectId() + "/reports")));
		}
		LocalDate today = LocalDate.now(clock.withZone(DUTCH));
		LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
		LocalDate lastQuarterEnd = quarterStart.minusDays(1);
		String period = lastQuarterEnd.getYear() + "-Q" + ((lastQuarterEnd.getMonthValue() - 1) / 3 + 1);
		List<UUID> running = projects.stream()
			.filter(p -> p.status() == ProjectStatus.EXECUTION && (p.startDate() == null || !p.startDate().isAfter(lastQuarterEnd))).map(Portfolio.Project::id).toList();
		Collection<UUID> reported = running.isEmpty() ? List.of() : jdbc.sql("""
				select project_id from partner_report where partner_organisation_id = :o and period = :period and project_id in (:p)""")
			.param("o", organisationId).param("period", period).param("p", running).query(UUID.class).list();
		OffsetDateTime due = lastQuarterEnd.plusDays(REPORT_DUE_DAYS).atTime(23, 59).atZone(DUTCH).toOffsetDateTime();
		OffsetDateTime since = quarterStart.atStartOfDay(DUTCH).toOffsetDateTime();
		running.stream().filter(p -> !reported.contains(p)).sorted(java.util.Comparator.comparing(names::get))
			.forEach(p -> items.add(new Item("REPORT_DUE", "worklist.item.reportDue", List.of(period, names.get(p)), due, since, "/projects/" + p + "/reports")));
		return new Part("REPORT_DUE", items.size(), items.subList(0, Math.min(SHOWN, items.size())));
	}
}
