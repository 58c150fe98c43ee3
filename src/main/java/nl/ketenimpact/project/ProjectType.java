package nl.ketenimpact.project;

/** VERA project types: renovation with tenants staying (REB) or moving out (REO). */
public enum ProjectType {
	REB, REO
}
