package nl.ketenimpact.importer.internal;

/** An import is previewed, then running in the background until done or failed; a run whose instance died is interrupted. */
public enum ImportStatus {
	PREVIEWED, RUNNING, DONE, FAILED, INTERRUPTED
}
