package nl.ketenimpact.project;

import nl.ketenimpact.project.internal.ProjectScope;

/**
 * What the current user may do with one project; decided by {@code ProjectScope} and {@link ProjectAccess}, shown by
 * the views (a tab or button only when the page behind it will open). {@code handlesPayments} is known on the project
 * page only (it needs the partners); elsewhere it is false.
 */
public record ProjectPermissions(boolean manage, boolean seeResidents, boolean seeAllDwellings, boolean handlesPayments) {

	/** Staff and chain partners work with the plan and social return; residents do not. */
	public boolean seePlan() {
		return seeAllDwellings;
	}

	ProjectPermissions withAccess(ProjectAccess access) {
		return new ProjectPermissions(manage, seeResidents, seeAllDwellings, access.handlesPayments());
	}
}
