package nl.ketenimpact.importer.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.shared.Spreadsheets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dwelling imports. A file is stored with its preview (nothing written to the project); confirming
 * runs it in the background in batches of {@link #BATCH} rows, each its own transaction, with the
 * progress in {@code import_job}. Rows are matched on code, else BAG id, so a re-run changes nothing.
 */
@Service
public class ImportManagement {

	public static final int BATCH = 5000;

	public static final int MAX_BYTES = 60 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ImportManagement.class);

	private final ImportJobRepository repository;

	private final ProjectManagement projects;

	private final ImportProcessing processing;

	private final UserManagement users;

	private final TaskExecutor executor;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	/** Called after each committed batch of a run; tests use it to kill a run halfway. */
	public static volatile java.util.function.LongConsumer afterBatch = rows -> {
	};

	ImportManagement(ImportJobRepository repository, ProjectManagement projects, ImportProcessing processing, UserManagement users,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
			TransactionTemplate transactions, MessageSource messages) {
		this.repository = repository;
		this.projects = projects;
		this.processing = processing;
		this.users = users;
		this.executor = executor;
		this.transactions = transactions;
		this.messages = messages;
	}

	/** What is wrong in an invalid row: its line, the field, the message key and the file's text for that field (null when absent). */
	public record Problem(long line, String field, String messageKey, String value) {
	}

	/**
	 * The API's preview/summary shape: {newRows, changedRows, unchangedRows, invalidRows:[{line, field, message}]};
	 * {@code invalidCount} counts rows (a row with two faults is one invalid row), {@code invalidRows} lists the faults.
	 */
	public record Summary(UUID id, UUID projectId, String filename, String status, int totalRows, int processedRows, int newRows, int changedRows, int unchangedRows,
			int invalidCount, List<Problem> invalidRows) {

		public int percentage() {
			return totalRows == 0 ? 100 : Math.min(100, processedRows * 100 / totalRows);
		}

		public boolean finished() {
			return !ImportStatus.RUNNING.name().equals(status);
		}

		/** Whether it may be started now: previewed, or stopped without finishing. */
		public boolean startable() {
			return ImportJob.startable(ImportStatus.valueOf(status));
		}

		/** Whether a run stopped without finishing and the user can run it again. */
		public boolean rerunnable() {
			return ImportJob.rerunnable(ImportStatus.valueOf(status));
		}
	}

	private ProjectAccess requireManager(CurrentUser user, UUID projectId) {
		ProjectAccess access = projects.access(user, projectId);
		if (!projects.permissions(user, projectId).manage()) {
			throw new Refused("project.manage.refused");
		}
		return access;
	}

	@Transactional
	public Summary preview(CurrentUser user, UUID projectId, String filename, byte[] content) {
		return preview(user, projectId, filename, new ByteArrayInputStream(content == null ? new byte[0] : content));
	}

	/**
	 * Stores the file in pieces as it arrives and classifies every row without writing to the project.
	 * A file that is empty, too large or unreadable leaves nothing behind (one transaction).
	 */
	@Transactional
	public Summary preview(CurrentUser user, UUID projectId, String filename, InputStream content) {
		ProjectAccess access = requireManager(user, projectId);
		UUID id = UUID.randomUUID();
		repository.insertPreviewed(id, projectId, user.id(), nl.ketenimpact.shared.Text.fileName(filename, "bestand", 200));
		long size = store(id, content);
		if (size == 0) {
			throw new InvalidInput("file", "import.empty");
		}
		if (size > MAX_BYTES) {
			throw new InvalidInput("file", "import.tooLarge");
		}
		ImportProcessing.Tally tally = processing.process(access, repository.chunks(id), true, rows -> {
		});
		repository.savePreview(id, tally.stored());
		return summary(user, id);
	}

	private static final int CHUNK = 1 << 20;

	/** Copies the stream into 1 MB pieces; stops one piece past the limit. Returns the bytes read. */
	private long store(UUID jobId, InputStream content) {
		try {
			long size = 0;
			for (int seq = 0; size <= MAX_BYTES; seq++) {
				byte[] piece = content.readNBytes(CHUNK);
				if (piece.length == 0) {
					break;
				}
				size += piece.length;
				repository.insertChunk(jobId, seq, piece);
			}
			return size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the background run of a previewed file. */
	@Transactional
	public Summary start(CurrentUser user, UUID jobId) {
		Summary job = summary(user, jobId);
		ImportJob claimed = repository.lockedForUpdate(jobId);
		if (!claimed.start()) {
			return job;
		}
		repository.saveStarted(claimed);
		UUID userId = user.id();
		org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
				new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						executor.execute(() -> run(jobId, userId));
					}
				});
		return summary(user, jobId);
	}

	/** The background run: batches in their own transactions, progress after each. */
	void run(UUID jobId, UUID userId) {
		try {
			CurrentUser user = users.currentUser(userId).orElseThrow(() -> new NotFound("user"));
			ProjectAccess access = requireManager(user, repository.projectOf(jobId));
			ImportProcessing.Tally tally = processing.process(access, repository.chunks(jobId), false, rows -> {
				repository.progress(jobId, rows);
				afterBatch.accept(rows);
			});
			transactions.executeWithoutResult(status -> repository.saveDone(jobId, tally.stored()));
			log.info("Import {} done: {} rows, {} new, {} changed, {} invalid", jobId, tally.total, tally.created, tally.changed, tally.invalid.size());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed: {}", jobId, ex.getClass().getSimpleName());
			repository.saveFailed(jobId);
		}
	}

	@Transactional(readOnly = true)
	public Summary summary(CurrentUser user, UUID jobId) {
		ImportJobRepository.Row row = repository.find(jobId).orElseThrow(() -> new NotFound("import"));
		try {
			requireManager(user, row.projectId());
		}
		catch (NotFound ex) {
			throw new NotFound("import");
		}
		return new Summary(row.id(), row.projectId(), row.filename(), row.status(), row.totalRows(), row.processedRows(), row.newRows(), row.changedRows(), row.unchangedRows(),
				row.invalidRows(), ImportFiles.parse(row.problems(), 200));
	}

	/** One earlier import of a project, to come back to its progress or result. */
	public record Recent(UUID id, String filename, String status, int totalRows, OffsetDateTime createdAt) {
	}

	/** The latest imports of a project, newest first. */
	@Transactional(readOnly = true)
	public List<Recent> recent(CurrentUser user, UUID projectId, int limit) {
		requireManager(user, projectId);
		return repository.recent(projectId, limit);
	}

	/**
	 * The invalid rows as the file had them, each with the reasons in a last column ("melding"), as CSV for Excel:
	 * the user corrects this file and uploads it again. Rows the preview refused are given back too.
	 */
	@Transactional(readOnly = true)
	public byte[] invalidRowsCsv(CurrentUser user, UUID jobId, Locale locale) {
		summary(user, jobId);
		ImportJobRepository.Stored stored = repository.stored(jobId);
		Map<Long, List<String>> reasons = new java.util.HashMap<>();
		for (Problem p : ImportFiles.parse(stored.problems(), Integer.MAX_VALUE)) {
			reasons.computeIfAbsent(p.line(), l -> new ArrayList<>())
				.add(p.field() + ": " + messages.getMessage(p.messageKey(), null, p.messageKey(), locale));
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (CSVPrinter printer = Spreadsheets.csv(out);
				org.apache.commons.csv.CSVParser rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(stored.invalidFile() == null ? "" : stored.invalidFile()))) {
			boolean header = true;
			for (org.apache.commons.csv.CSVRecord row : rows) {
				List<String> cells = new ArrayList<>(row.toList());
				// The stored file holds the line number last; the user's file gets the reasons there instead.
				String line = cells.remove(cells.size() - 1);
				cells.add(header ? messages.getMessage("import.reasonColumn", null, locale) : String.join("; ", reasons.getOrDefault(Long.parseLong(line), List.of())));
				printer.printRecord(cells.stream().map(Spreadsheets::text).toList());
				header = false;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A run without progress for a minute was stopped with its instance: marked interrupted, so the
	 * user can start it again (the upsert makes a re-run safe).
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void markInterrupted() {
		repository.markInterrupted();
	}

}
