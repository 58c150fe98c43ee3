package nl.ketenimpact.impact;

import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.project.ProjectAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The impact figures of a project, as the user may see them. */
@Service
public class ImpactManagement {

	private final SocialReturn socialReturn;

	private final CommitmentManagement commitments;

	ImpactManagement(SocialReturn socialReturn, CommitmentManagement commitments) {
		this.socialReturn = socialReturn;
		this.commitments = commitments;
	}

	@Transactional(readOnly = true)
	public ProjectImpact project(ProjectAccess access) {
		return new ProjectImpact(socialReturn.summary(access), commitments.plan(access));
	}
}
