package nl.ketenimpact.project;

/** The part an organisation plays in a project's chain (VERA role codes in brackets where they exist). */
public enum PartnerRole {
	MAIN_CONTRACTOR, SUBCONTRACTOR, SUPPLIER, ADVISOR, EDUCATION, WELFARE, CARE, MUNICIPALITY, SOCIAL_ENTERPRISE
}
