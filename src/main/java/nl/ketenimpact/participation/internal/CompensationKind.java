package nl.ketenimpact.participation.internal;

public enum CompensationKind {
	VOLUNTEER_ALLOWANCE, EXPENSES, WAGE
}
