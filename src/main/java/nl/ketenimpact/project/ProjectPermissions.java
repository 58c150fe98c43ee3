package nl.ketenimpact.project;

/** What the current user may do with one project; decided by {@code ProjectScope}, shown by the views. */
public record ProjectPermissions(boolean manage, boolean seeResidents, boolean seeAllDwellings) {

	/** Staff and chain partners work with the plan and social return; residents do not. */
	public boolean seePlan() {
		return seeAllDwellings;
	}
}
