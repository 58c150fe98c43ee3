package nl.ketenimpact.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.ketenimpact.plan.ReportStatus;
import nl.ketenimpact.plan.ReportView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The partner_report table: reads for the pages and {@link PartnerReport} loaded locked and saved, the one writer of its states. */
@Repository
public class PartnerReportRepository {

	private static final String SELECT = """
			select id, project_id, partner_organisation_id as partner_id, cast(null as varchar) as partner_name, period, narrative, status,
			       submitted_at, review_reason from partner_report""";

	private final JdbcClient jdbc;

	PartnerReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ReportView> ofProject(UUID projectId, boolean all, UUID ownPartner) {
		return jdbc.sql(SELECT + " where project_id = :p and (:all or partner_organisation_id = :own) order by period desc, submitted_at desc limit 500")
			.param("p", projectId).param("all", all).param("own", ownPartner).query(ReportView.class).list();
	}

	public List<ReportView> approved(Collection<UUID> projectIds, Integer year, UUID partnerId, int limit) {
		return jdbc.sql(SELECT + " where project_id in (:ids) and status = :approved"
				+ (year == null ? "" : " and period like :year") + (partnerId == null ? "" : " and partner_organisation_id = :partner")
				+ " order by period desc, submitted_at desc limit :limit")
			.param("ids", projectIds)
			.param("approved", ReportStatus.APPROVED.name())
			.param("year", year == null ? null : year + "-%")
			.param("partner", partnerId)
			.param("limit", limit)
			.query(ReportView.class)
			.list();
	}

	public Optional<UUID> projectOf(UUID id) {
		return jdbc.sql("select project_id from partner_report where id = :id").param("id", id).query(UUID.class).optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<PartnerReport> lockedForPeriod(UUID projectId, UUID partnerId, String period) {
		return jdbc.sql("select id, project_id, partner_organisation_id, status from partner_report where project_id = :p and partner_organisation_id = :o "
				+ "and period = :period for update")
			.param("p", projectId).param("o", partnerId).param("period", period).query(PartnerReportRepository::report).optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<PartnerReport> locked(UUID projectId, UUID id) {
		return jdbc.sql("select id, project_id, partner_organisation_id, status from partner_report where id = :id and project_id = :p for update")
			.param("id", id).param("p", projectId).query(PartnerReportRepository::report).optional();
	}

	/** A first submission of its period. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(PartnerReport report, String period, UUID userId) {
		jdbc.sql("""
				insert into partner_report (id, project_id, partner_organisation_id, period, narrative, status, submitted_by)
				values (:id, :p, :o, :period, :narrative, :status, :user)""")
			.param("id", report.id())
			.param("p", report.projectId())
			.param("o", report.partnerId())
			.param("period", period)
			.param("narrative", report.narrative())
			.param("status", report.status().name())
			.param("user", userId)
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void saveSubmission(PartnerReport report, UUID userId) {
		jdbc.sql("""
				update partner_report set narrative = :narrative, status = :status, submitted_by = :user, submitted_at = now(),
				       reviewed_by = null, reviewed_at = null, review_reason = null where id = :id""")
			.param("id", report.id())
			.param("narrative", report.narrative())
			.param("status", report.status().name())
			.param("user", userId)
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void saveReview(PartnerReport report, UUID reviewer) {
		jdbc.sql("update partner_report set status = :status, reviewed_by = :user, reviewed_at = now(), review_reason = :reason where id = :id")
			.param("id", report.id())
			.param("status", report.status().name())
			.param("user", reviewer)
			.param("reason", report.reason())
			.update();
	}

	private static PartnerReport report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PartnerReport(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
				rs.getObject("partner_organisation_id", UUID.class), ReportStatus.valueOf(rs.getString("status")));
	}
}
