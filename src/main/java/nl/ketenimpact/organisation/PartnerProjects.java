package nl.ketenimpact.organisation;

import java.util.List;
import java.util.UUID;

/**
 * What invitations need of projects, implemented by the project module (which knows projects and their chain):
 * whether the inviter manages a project, and making the invited organisation a chain partner of it.
 */
public interface PartnerProjects {

	record ProjectChoice(UUID id, String name) {
	}

	/** Refuses ({@code Refused}/{@code NotFound}) unless the user manages the project. */
	void requireManage(CurrentUser user, UUID projectId);

	/** Makes the organisation a chain partner of the project (in the role its type says) when it is not one yet. */
	void ensurePartner(CurrentUser user, UUID projectId, UUID organisationId);

	/** Projects the user manages, for the invitation form (at most 200, by name). */
	List<ProjectChoice> managed(CurrentUser user);
}
