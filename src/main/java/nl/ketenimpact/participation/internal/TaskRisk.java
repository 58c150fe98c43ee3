package nl.ketenimpact.participation.internal;

/** Work with serious risks (Arbobesluit art. 9.5a, DOMAIN_RULES §3): never self-work. */
public enum TaskRisk {
	WORK_AT_HEIGHT, HAZARDOUS_SUBSTANCES, ACTIVE_BUILDING_SITE, HEAVY_PHYSICAL_LOAD, NOISE_ABOVE_85_DB, ELECTRICAL_WORK
}
