package nl.ketenimpact.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' period reports. A partner lead submits one per quarter (and resubmits a returned one);
 * the coordinator approves it, after which it is locked, or returns it with a reason.
 */
@Service
public class ReportManagement {

	private static final String SELECT = """
			select id, project_id, partner_organisation_id as partner_id, cast(null as varchar) as partner_name, period, narrative, status,
			       submitted_at, review_reason from partner_report""";

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final AuditLog audit;

	private final Clock clock;

	ReportManagement(JdbcClient jdbc, OrganisationManagement organisations, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reports the user may see: all for corporation staff, its own for a partner. */
	@Transactional(readOnly = true)
	public List<ReportView> reports(ProjectAccess access) {
		List<ReportView> reports = jdbc.sql(SELECT + " where project_id = :p and (:all or partner_organisation_id = :own) order by period desc, submitted_at desc limit 500")
			.param("p", access.project().id())
			.param("all", access.corporationStaff())
			.param("own", access.partnerOrganisationId())
			.query(ReportView.class)
			.list();
		return withPartnerNames(reports);
	}

	/**
	 * Approved reports of projects the caller has scoped, newest first, for a board report's narrative;
	 * optionally of one year (periods 2026-Q1 … 2026-Q4) and one partner.
	 */
	@Transactional(readOnly = true)
	public List<ReportView> approved(java.util.Collection<UUID> projectIds, Integer year, UUID partnerId, int limit) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		List<ReportView> reports = jdbc.sql(SELECT + " where project_id in (:ids) and status = 'APPROVED'"
				+ (year == null ? "" : " and period like :year") + (partnerId == null ? "" : " and partner_organisation_id = :partner")
				+ " order by period desc, submitted_at desc limit :limit")
			.param("ids", projectIds)
			.param("year", year == null ? null : year + "-%")
			.param("partner", partnerId)
			.param("limit", limit)
			.query(ReportView.class)
			.list();
		return withPartnerNames(reports);
	}

	/** Partner names from the organisation module in one call for the whole list. */
	private List<ReportView> withPartnerNames(List<ReportView> reports) {
		Map<UUID, OrganisationView> names = organisations.byIds(reports.stream().map(ReportView::partnerId).collect(Collectors.toSet()));
		return reports.stream()
			.map(r -> new ReportView(r.id(), r.projectId(), r.partnerId(), names.containsKey(r.partnerId()) ? names.get(r.partnerId()).name() : "?",
					r.period(), r.narrative(), r.status(), r.submittedAt(), r.reviewReason()))
			.toList();
	}

	@Transactional(readOnly = true)
	public UUID projectOf(UUID reportId) {
		return jdbc.sql("select project_id from partner_report where id = :id").param("id", reportId).query(UUID.class).optional()
			.orElseThrow(() -> new NotFound("report"));
	}

	/** Submits the quarter's report, or resubmits it after it was returned; an approved report is locked. */
	@Transactional
	public UUID submit(ProjectAccess access, ReportInput input) {
		if (!access.leadsPartner()) {
			throw new Refused("report.submit.refused");
		}
		if (input.period().compareTo(quarter(LocalDate.now(clock))) > 0) {
			throw new InvalidInput("period", "report.period.future");
		}
		Optional<ReportView> existing = jdbc.sql(SELECT + " where project_id = :p and partner_organisation_id = :o and period = :period for update")
			.param("p", access.project().id())
			.param("o", access.partnerOrganisationId())
			.param("period", input.period())
			.query(ReportView.class)
			.optional();
		if (existing.isPresent()) {
			if (existing.get().status() == ReportStatus.APPROVED) {
				throw new Conflict("report.locked");
			}
			jdbc.sql("""
					update partner_report set narrative = :narrative, status = 'SUBMITTED', submitted_by = :user, submitted_at = now(),
					       reviewed_by = null, reviewed_at = null, review_reason = null where id = :id""")
				.param("id", existing.get().id())
				.param("narrative", input.narrative().strip())
				.param("user", access.user().id())
				.update();
			audit.record(access.user().id(), "REPORT_RESUBMITTED", "partner_report", existing.get().id(), null);
			return existing.get().id();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into partner_report (id, project_id, partner_organisation_id, period, narrative, status, submitted_by)
				values (:id, :p, :o, :period, :narrative, 'SUBMITTED', :user)""")
			.param("id", id)
			.param("p", access.project().id())
			.param("o", access.partnerOrganisationId())
			.param("period", input.period())
			.param("narrative", input.narrative().strip())
			.param("user", access.user().id())
			.update();
		audit.record(access.user().id(), "REPORT_SUBMITTED", "partner_report", id, null);
		return id;
	}

	@Transactional
	public void review(ProjectAccess access, UUID reportId, boolean approve, String reason) {
		if (!access.approves()) {
			throw new Refused("report.review.refused");
		}
		ReportView report = jdbc.sql(SELECT + " where id = :id and project_id = :p for update")
			.param("id", reportId)
			.param("p", access.project().id())
			.query(ReportView.class)
			.optional()
			.orElseThrow(() -> new NotFound("report"));
		if (report.status() != ReportStatus.SUBMITTED) {
			throw new Conflict("report.notSubmitted");
		}
		if (!approve && (reason == null || reason.isBlank())) {
			throw new InvalidInput("reason", "review.reason.required");
		}
		jdbc.sql("update partner_report set status = :status, reviewed_by = :user, reviewed_at = now(), review_reason = :reason where id = :id")
			.param("id", reportId)
			.param("status", (approve ? ReportStatus.APPROVED : ReportStatus.RETURNED).name())
			.param("user", access.user().id())
			.param("reason", approve ? null : reason.strip())
			.update();
		audit.record(access.user().id(), approve ? "REPORT_APPROVED" : "REPORT_RETURNED", "partner_report", reportId, null);
	}

	static String quarter(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}
}
