package nl.ketenimpact.organisation;

/** What kind of party an organisation is (DESIGN §2). */
public enum OrganisationType {

	HOUSING_CORPORATION, MAIN_CONTRACTOR, SUBCONTRACTOR, SUPPLIER, ADVISOR, EDUCATION, WELFARE, CARE, MUNICIPALITY,
	SOCIAL_ENTERPRISE;

	public boolean isCorporation() {
		return this == HOUSING_CORPORATION;
	}

	/** Institutions receive referrals and candidates. */
	public boolean isInstitution() {
		return this == EDUCATION || this == WELFARE || this == CARE || this == MUNICIPALITY;
	}
}
