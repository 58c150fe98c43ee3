package nl.ketenimpact.project.internal;

/** VERA project types: renovation with tenants staying (REB) or moving out (REO). */
public enum ProjectType {
	REB, REO
}
