package nl.ketenimpact.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.plan.internal.PartnerReport;
import nl.ketenimpact.plan.internal.PartnerReportRepository;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' period reports. A partner lead submits one per quarter (and resubmits a returned one);
 * the coordinator approves it, after which it is locked, or returns it with a reason.
 */
@Service
public class ReportManagement {

	private final PartnerReportRepository repository;

	private final OrganisationManagement organisations;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReportManagement(PartnerReportRepository repository, OrganisationManagement organisations, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** Reports the user may see: all for corporation staff, its own for a partner. */
	@Transactional(readOnly = true)
	public List<ReportView> reports(ProjectAccess access) {
		return withPartnerNames(repository.ofProject(access.project().id(), access.corporationStaff(), access.partnerOrganisationId()));
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
		return withPartnerNames(repository.approved(projectIds, year, partnerId, limit));
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
		return repository.projectOf(reportId).orElseThrow(() -> new NotFound("report"));
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
		PartnerReport report = repository.lockedForPeriod(access.project().id(), access.partnerOrganisationId(), input.period()).orElse(null);
		boolean again = report != null;
		if (again) {
			report.submit(input.narrative());
			repository.saveSubmission(report, access.user().id());
		}
		else {
			report = PartnerReport.submitted(access.project().id(), access.partnerOrganisationId(), input.narrative());
			repository.insert(report, input.period(), access.user().id());
		}
		events.publishEvent(report.event());
		audit.record(access.user().id(), again ? "REPORT_RESUBMITTED" : "REPORT_SUBMITTED", "partner_report", report.id(), null);
		return report.id();
	}

	@Transactional
	public void review(ProjectAccess access, UUID reportId, boolean approve, String reason) {
		if (!access.approves()) {
			throw new Refused("report.review.refused");
		}
		PartnerReport report = repository.locked(access.project().id(), reportId).orElseThrow(() -> new NotFound("report"));
		if (approve) {
			report.approve();
		}
		else {
			report.giveBack(reason);
		}
		repository.saveReview(report, access.user().id());
		events.publishEvent(report.event());
		audit.record(access.user().id(), approve ? "REPORT_APPROVED" : "REPORT_RETURNED", "partner_report", reportId, null);
	}

	static String quarter(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}
}
