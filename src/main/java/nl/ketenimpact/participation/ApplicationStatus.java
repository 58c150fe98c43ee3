package nl.ketenimpact.participation;

public enum ApplicationStatus {
	SUBMITTED, ACCEPTED, DECLINED, WITHDRAWN
}
