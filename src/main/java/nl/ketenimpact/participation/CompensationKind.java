package nl.ketenimpact.participation;

public enum CompensationKind {
	VOLUNTEER_ALLOWANCE, EXPENSES, WAGE
}
