package nl.ketenimpact.impact.internal;

import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.project.ProjectAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The impact figures of a project, as the user may see them. */
@Service
public class ImpactManagement {

	private final SocialReturn socialReturn;

	private final CommitmentManagement commitments;

	private final Dashboards dashboards;

	ImpactManagement(SocialReturn socialReturn, CommitmentManagement commitments, Dashboards dashboards) {
		this.socialReturn = socialReturn;
		this.commitments = commitments;
		this.dashboards = dashboards;
	}

	@Transactional(readOnly = true)
	public ProjectImpact project(ProjectAccess access) {
		return project(access, null);
	}

	/** With the key figures of one year (records dated in it) or of all years. */
	@Transactional(readOnly = true)
	public ProjectImpact project(ProjectAccess access, Integer year) {
		Dashboard dashboard = dashboards.project(access, new Dashboard.Filters(year, null, null, null));
		return new ProjectImpact(socialReturn.summary(access), commitments.plan(access), year, json(dashboard.totals()));
	}

	/** Key figures by their JSON names, in the order of {@link Kpi}. */
	public static java.util.Map<String, Number> json(java.util.Map<Kpi, Number> kpis) {
		java.util.Map<String, Number> json = new java.util.LinkedHashMap<>();
		kpis.forEach((kpi, value) -> json.put(kpi.jsonName(), value));
		return json;
	}
}
