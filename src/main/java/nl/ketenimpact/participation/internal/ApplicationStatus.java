package nl.ketenimpact.participation.internal;

public enum ApplicationStatus {
	SUBMITTED, ACCEPTED, DECLINED, WITHDRAWN
}
