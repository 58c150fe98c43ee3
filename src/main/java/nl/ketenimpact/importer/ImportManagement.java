package nl.ketenimpact.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.DwellingInput;
import nl.ketenimpact.project.DwellingUpserts;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.shared.Spreadsheets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	public static final int BATCH = 1000;

	public static final int MAX_BYTES = 60 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ImportManagement.class);

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final DwellingUpserts upserts;

	private final UserManagement users;

	private final TaskExecutor executor;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	/** Called after each committed batch of a run; tests use it to kill a run halfway. */
	static volatile java.util.function.LongConsumer afterBatch = rows -> {
	};

	ImportManagement(JdbcClient jdbc, ProjectManagement projects, DwellingUpserts upserts, UserManagement users,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
			TransactionTemplate transactions, MessageSource messages) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.upserts = upserts;
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
			return !"RUNNING".equals(status);
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
		jdbc.sql("insert into import_job (id, project_id, user_id, filename, status) values (:id, :p, :u, :f, 'PREVIEWED')")
			.param("id", id).param("p", projectId).param("u", user.id()).param("f", nl.ketenimpact.shared.Text.fileName(filename, "bestand", 200)).update();
		long size = store(id, content);
		if (size == 0) {
			throw new InvalidInput("file", "import.empty");
		}
		if (size > MAX_BYTES) {
			throw new InvalidInput("file", "import.tooLarge");
		}
		Tally tally = process(access, chunks(id), true, rows -> {
		});
		jdbc.sql("""
				update import_job set total_rows = :total, new_rows = :new, changed_rows = :changed, unchanged_rows = :unchanged,
				       invalid_rows = :invalid, problems = :problems, invalid_file = :file
				where id = :id""")
			.param("id", id).param("total", tally.total).param("new", tally.created).param("changed", tally.changed)
			.param("unchanged", tally.unchanged).param("invalid", tally.invalid.size()).param("problems", csv(tally.problems))
			.param("file", invalidFile(tally)).update();
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
				jdbc.sql("insert into import_chunk (job_id, seq, data) values (:j, :s, :d)").param("j", jobId).param("s", seq).param("d", piece).update();
			}
			return size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stored file as a stream that fetches one piece at a time. */
	private InputStream chunks(UUID jobId) {
		int count = jdbc.sql("select count(*) from import_chunk where job_id = :j").param("j", jobId).query(Integer.class).single();
		Iterator<InputStream> pieces = IntStream.range(0, count)
			.mapToObj(seq -> (InputStream) new ByteArrayInputStream(jdbc.sql("select data from import_chunk where job_id = :j and seq = :s")
				.param("j", jobId).param("s", seq).query(byte[].class).single()))
			.iterator();
		return new SequenceInputStream(new java.util.Enumeration<InputStream>() {
			@Override
			public boolean hasMoreElements() {
				return pieces.hasNext();
			}

			@Override
			public InputStream nextElement() {
				return pieces.next();
			}
		});
	}

	/** Starts the background run of a previewed file. */
	@Transactional
	public Summary start(CurrentUser user, UUID jobId) {
		Summary job = summary(user, jobId);
		int claimed = jdbc.sql("""
				update import_job set status = 'RUNNING', processed_rows = 0, updated_at = now()
				where id = :id and (status in ('PREVIEWED', 'INTERRUPTED', 'FAILED') or status = 'RUNNING' and updated_at < now() - interval '10 minutes')""")
			.param("id", jobId).update();
		if (claimed == 0) {
			return job;
		}
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
			UUID projectId = jdbc.sql("select project_id from import_job where id = :id").param("id", jobId).query(UUID.class).single();
			ProjectAccess access = requireManager(user, projectId);
			Tally tally = process(access, chunks(jobId), false, rows -> {
				progress(jobId, rows);
				afterBatch.accept(rows);
			});
			transactions.executeWithoutResult(status -> {
				jdbc.sql("""
						update import_job set status = 'DONE', total_rows = :total, processed_rows = :total, new_rows = :new, changed_rows = :changed,
						       unchanged_rows = :unchanged, invalid_rows = :invalid, problems = :problems, invalid_file = :file, finished_at = now()
						where id = :id""")
					.param("id", jobId).param("total", tally.total).param("new", tally.created).param("changed", tally.changed)
					.param("unchanged", tally.unchanged).param("invalid", tally.invalid.size()).param("problems", csv(tally.problems))
					.param("file", invalidFile(tally)).update();
				jdbc.sql("delete from import_chunk where job_id = :id").param("id", jobId).update();
			});
			log.info("Import {} done: {} rows, {} new, {} changed, {} invalid", jobId, tally.total, tally.created, tally.changed, tally.invalid.size());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed: {}", jobId, ex.getClass().getSimpleName());
			jdbc.sql("update import_job set status = 'FAILED', finished_at = now() where id = :id").param("id", jobId).update();
		}
	}

	private void progress(UUID jobId, long rows) {
		jdbc.sql("update import_job set processed_rows = :n, updated_at = now() where id = :id").param("n", rows).param("id", jobId).update();
	}

	private static final class Tally {
		long total;
		int created;
		int changed;
		int unchanged;
		final List<Problem> problems = new ArrayList<>();
		/** The invalid rows as the file had them, by line. */
		final java.util.SortedMap<Long, Map<String, String>> invalid = new java.util.TreeMap<>();

		void refuse(DwellingFileReader.Row row, String field, String messageKey) {
			problems.add(new Problem(row.line(), field, messageKey, row.originalValue(field)));
			invalid.put(row.line(), row.original());
		}
	}

	/** Reads the file and upserts (or in a dry run classifies) it batch by batch; {@code afterBatch} gets the rows read so far. */
	private Tally process(ProjectAccess access, InputStream content, boolean dryRun, java.util.function.LongConsumer afterBatch) {
		Tally tally = new Tally();
		Set<String> seen = new HashSet<>();
		List<DwellingFileReader.Row> pending = new ArrayList<>();
		try {
			DwellingFileReader.read(content, row -> {
				tally.total++;
				collect(row, seen, pending, tally);
				if (pending.size() >= BATCH) {
					flush(access, pending, tally, dryRun);
					afterBatch.accept(tally.total);
				}
			});
		}
		catch (DwellingFileReader.Unreadable unreadable) {
			throw new InvalidInput("file", unreadable.messageKey());
		}
		flush(access, pending, tally, dryRun);
		return tally;
	}

	/** Invalid rows and a second occurrence of a code or BAG id in the same file become problems; the rest waits for the next batch. */
	private static void collect(DwellingFileReader.Row row, Set<String> seen, List<DwellingFileReader.Row> pending, Tally tally) {
		if (!row.valid()) {
			row.errors().forEach(e -> tally.refuse(row, e.field(), e.messageKey()));
			return;
		}
		DwellingInput d = row.dwelling();
		boolean duplicate = (d.code() != null && !seen.add("c:" + d.code().toLowerCase(Locale.ROOT))) | !seen.add("b:" + d.bagIdentificatie());
		if (duplicate) {
			tally.refuse(row, d.code() != null ? "code" : "bagIdentificatie", "import.duplicateInFile");
			return;
		}
		pending.add(row);
	}

	/** Writes (or in a dry run only classifies) the pending rows; in a dry run nothing is committed. */
	private void flush(ProjectAccess access, List<DwellingFileReader.Row> pending, Tally tally, boolean dryRun) {
		if (pending.isEmpty()) {
			return;
		}
		List<DwellingInput> inputs = pending.stream().map(DwellingFileReader.Row::dwelling).toList();
		DwellingUpserts.Result result = upserts.upsert(access, inputs, dryRun);
		tally.created += result.created();
		tally.changed += result.changed();
		tally.unchanged += result.unchanged();
		for (DwellingUpserts.Problem problem : result.problems()) {
			FieldMessage message = problem.message();
			tally.refuse(pending.get(problem.index()), message.field(), message.messageKey());
		}
		pending.clear();
	}

	@Transactional(readOnly = true)
	public Summary summary(CurrentUser user, UUID jobId) {
		record Row(UUID id, UUID projectId, String filename, String status, int totalRows, int processedRows, int newRows, int changedRows, int unchangedRows,
				int invalidRows, String problems) {
		}
		Row row = jdbc.sql("""
				select id, project_id, filename,
				       -- a run without a heartbeat for ten minutes died with its instance: show it as interrupted, restartable
				       case when status = 'RUNNING' and updated_at < now() - interval '10 minutes' then 'INTERRUPTED' else status end as status,
				       total_rows, processed_rows, new_rows, changed_rows, unchanged_rows, invalid_rows, problems
				from import_job where id = :id""")
			.param("id", jobId).query(Row.class).optional().orElseThrow(() -> new NotFound("import"));
		try {
			requireManager(user, row.projectId());
		}
		catch (NotFound ex) {
			throw new NotFound("import");
		}
		return new Summary(row.id(), row.projectId(), row.filename(), row.status(), row.totalRows(), row.processedRows(), row.newRows(), row.changedRows(), row.unchangedRows(),
				row.invalidRows(), parse(row.problems(), 200));
	}

	/** One earlier import of a project, to come back to its progress or result. */
	public record Recent(UUID id, String filename, String status, int totalRows, OffsetDateTime createdAt) {
	}

	/** The latest imports of a project, newest first. */
	@Transactional(readOnly = true)
	public List<Recent> recent(CurrentUser user, UUID projectId, int limit) {
		requireManager(user, projectId);
		return jdbc.sql("""
				select id, filename, case when status = 'RUNNING' and updated_at < now() - interval '10 minutes' then 'INTERRUPTED' else status end as status,
				       total_rows, created_at
				from import_job where project_id = :p order by created_at desc limit :limit""")
			.param("p", projectId).param("limit", limit).query(Recent.class).list();
	}

	/**
	 * The invalid rows as the file had them, each with the reasons in a last column ("melding"), as CSV for Excel:
	 * the user corrects this file and uploads it again. Rows the preview refused are given back too.
	 */
	@Transactional(readOnly = true)
	public byte[] invalidRowsCsv(CurrentUser user, UUID jobId, Locale locale) {
		summary(user, jobId);
		record Stored(String problems, String invalidFile) {
		}
		Stored stored = jdbc.sql("select problems, invalid_file from import_job where id = :id").param("id", jobId).query(Stored.class).single();
		Map<Long, List<String>> reasons = new java.util.HashMap<>();
		for (Problem p : parse(stored.problems(), Integer.MAX_VALUE)) {
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

	/** The invalid rows, stored as CSV: the file's own header and values, the line number in a last column. */
	private static String invalidFile(Tally tally) {
		if (tally.invalid.isEmpty()) {
			return null;
		}
		List<String> header = new ArrayList<>(tally.invalid.values().iterator().next().keySet());
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			List<String> first = new ArrayList<>(header);
			first.add("line");
			printer.printRecord(first);
			for (Map.Entry<Long, Map<String, String>> row : tally.invalid.entrySet()) {
				List<String> cells = new ArrayList<>(row.getValue().values());
				while (cells.size() < header.size()) {
					cells.add("");
				}
				cells.add(String.valueOf(row.getKey()));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * A run without progress for ten minutes was stopped with its instance: marked interrupted, so the
	 * user can start it again (the upsert makes a re-run safe).
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void markInterrupted() {
		jdbc.sql("update import_job set status = 'INTERRUPTED' where status = 'RUNNING' and updated_at < :t")
			.param("t", OffsetDateTime.now().minusMinutes(10)).update();
	}

	private static String csv(List<Problem> problems) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			for (Problem p : problems) {
				printer.printRecord(p.line(), p.field(), p.messageKey(), p.value());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<Problem> parse(String problems, int max) {
		List<Problem> list = new ArrayList<>();
		if (problems == null) {
			return list;
		}
		try (org.apache.commons.csv.CSVParser rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(problems))) {
			for (org.apache.commons.csv.CSVRecord row : rows) {
				if (list.size() >= max) {
					break;
				}
				String value = row.size() > 3 && !row.get(3).isEmpty() ? row.get(3) : null;
				list.add(new Problem(Long.parseLong(row.get(0)), row.get(1), row.get(2), value));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return list;
	}
}
