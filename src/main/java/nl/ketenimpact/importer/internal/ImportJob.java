package nl.ketenimpact.importer.internal;

import java.time.Duration;
import java.util.UUID;

/**
 * One import of a dwelling file: previewed (nothing written), then run in the background to done or failed. A run
 * without a heartbeat for {@link #HEARTBEAT} died with its instance and counts as interrupted; previewed, failed and
 * interrupted runs may start (again) — the upsert makes a re-run safe. Plain Java; {@link ImportJobRepository} loads it
 * with the state as seen (the heartbeat is judged by the database's clock, which wrote it) and saves it.
 */
final class ImportJob {

	// A run writes its heartbeat after every batch (well under a second each); a minute without one means its instance died.
	static final Duration HEARTBEAT = Duration.ofMinutes(1);

	private final UUID id;

	private final UUID projectId;

	private ImportStatus status;

	ImportJob(UUID id, UUID projectId, ImportStatus seen) {
		this.id = id;
		this.projectId = projectId;
		this.status = seen;
	}

	/** Whether the user may start it (again) now. */
	static boolean startable(ImportStatus seen) {
		return seen == ImportStatus.PREVIEWED || seen == ImportStatus.INTERRUPTED || seen == ImportStatus.FAILED;
	}

	/** Whether a run stopped without finishing (failed or interrupted) and can be run again. */
	static boolean rerunnable(ImportStatus seen) {
		return seen == ImportStatus.INTERRUPTED || seen == ImportStatus.FAILED;
	}

	/** Claims the run; false when it is already running or done (a second click changes nothing). */
	boolean start() {
		if (!startable(status)) {
			return false;
		}
		status = ImportStatus.RUNNING;
		return true;
	}

	UUID id() {
		return id;
	}

	UUID projectId() {
		return projectId;
	}

	ImportStatus status() {
		return status;
	}
}
