package nl.ketenimpact.participation;

public enum ContractType {
	PERMANENT, TEMPORARY, APPRENTICESHIP, ON_CALL
}
