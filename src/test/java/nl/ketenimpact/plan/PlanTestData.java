package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.util.UUID;

import nl.ketenimpact.project.ProjectAccess;

import org.springframework.context.ApplicationContext;

/** Test data of the plan module, made through its own API: commitments in the plan or proposed, and approved reports. */
public final class PlanTestData {

	private final CommitmentManagement commitments;

	private final ReportManagement reports;

	private PlanTestData(ApplicationContext context) {
		this.commitments = context.getBean(CommitmentManagement.class);
		this.reports = context.getBean(ReportManagement.class);
	}

	public static PlanTestData in(ApplicationContext context) {
		return new PlanTestData(context);
	}

	/** By the corporation (straight into the plan) or a partner lead (a proposal for its own organisation). */
	public UUID commitment(ProjectAccess by, UUID partnerId, Theme theme, Metric metric, int target, String description) {
		return commitments.create(by, new CommitmentInput(partnerId, theme, description, metric, BigDecimal.valueOf(target), null));
	}

	/** A partner's period report, submitted by its lead and approved by the coordinator. */
	public UUID approvedReport(ProjectAccess partner, ProjectAccess coordinator, String period, String narrative) {
		UUID id = reports.submit(partner, new ReportInput(period, narrative));
		reports.review(coordinator, id, true, null);
		return id;
	}
}
