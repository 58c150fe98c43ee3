package nl.ketenimpact.participation.internal;

public enum ContractType {
	PERMANENT, TEMPORARY, APPRENTICESHIP, ON_CALL
}
