package nl.ketenimpact.impact.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.CommitmentView;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What we promised, what we did: a project's accepted commitments with their progress and its
 * results, for the residents of the project (and everyone else who may see the project). No personal
 * data and no signal figures: those are not for a public page.
 */
@Service
public class ResidentResults {

	/** The figures residents see. */
	public static final List<Kpi> SHOWN = List.of(Kpi.RESIDENTS_ACTIVATED, Kpi.WORK_EXPERIENCE_PLACES, Kpi.INTERNSHIPS, Kpi.JOBS,
			Kpi.CHILDREN_REACHED, Kpi.ACTIVITIES, Kpi.PARTICIPANTS, Kpi.SOCIAL_RETURN_VALUE);

	public record Results(ProjectView project, List<CommitmentView> promises, Map<Kpi, Number> figures) {

		public List<Kpi> shown() {
			return SHOWN;
		}
	}

	private final ProjectManagement projects;

	private final CommitmentManagement commitments;

	private final Dashboards dashboards;

	ResidentResults(ProjectManagement projects, CommitmentManagement commitments, Dashboards dashboards) {
		this.projects = projects;
		this.commitments = commitments;
		this.dashboards = dashboards;
	}

	/** Not found for anyone who may not see the project, such as a resident of another project. */
	@Transactional(readOnly = true)
	public Results of(CurrentUser user, UUID projectId) {
		ProjectView project = projects.get(user, projectId);
		return new Results(project, commitments.publicPlan(projectId, project.startDate()), dashboards.publicTotals(projectId, project.dwellingCount()));
	}
}
