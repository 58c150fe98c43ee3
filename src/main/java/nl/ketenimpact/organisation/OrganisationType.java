package nl.ketenimpact.organisation;

/** What kind of party an organisation is (DESIGN §2). */
public enum OrganisationType {

	HOUSING_CORPORATION, MAIN_CONTRACTOR, SUBCONTRACTOR, SUPPLIER, ADVISOR, EDUCATION, WELFARE, CARE, MUNICIPALITY,
	SOCIAL_ENTERPRISE,
	/** The operator of the platform itself: its administrators belong to no corporation and to no chain. */
	PLATFORM;

	public boolean isCorporation() {
		return this == HOUSING_CORPORATION;
	}

	/** The platform's own organisation: never a chain partner, a payer or an institution. */
	public boolean isPlatform() {
		return this == PLATFORM;
	}

	/** Institutions receive referrals and candidates. */
	public boolean isInstitution() {
		return this == EDUCATION || this == WELFARE || this == CARE || this == MUNICIPALITY;
	}
}
