package nl.ketenimpact.importer.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import nl.ketenimpact.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import_job and import_chunk tables: the stored file in pieces, the tallies, and {@link ImportJob} — the one
 * writer of an import's states. "Seen" states judge the heartbeat by the database clock that wrote it.
 */
@Repository
class ImportJobRepository {

	/** The stored state, or INTERRUPTED for a run without a heartbeat: its instance died. */
	private static final String SEEN = "case when status = :running and updated_at < now() - make_interval(mins => :heartbeat) then :interrupted "
			+ "else status end";

	private final JdbcClient jdbc;

	ImportJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private JdbcClient.StatementSpec seen(String sql) {
		return jdbc.sql(sql).param("running", ImportStatus.RUNNING.name()).param("interrupted", ImportStatus.INTERRUPTED.name())
			.param("heartbeat", (int) ImportJob.HEARTBEAT.toMinutes());
	}

	/** The figures of one import as stored (problems as CSV). */
	record Row(UUID id, UUID projectId, String filename, String status, int totalRows, int processedRows, int newRows, int changedRows,
			int unchangedRows, int invalidRows, String problems) {
	}

	/** What a preview or run counted; problems and invalid rows as CSV. */
	record Tallied(long total, int created, int changed, int unchanged, int invalid, String problems, String invalidFile) {
	}

	void insertPreviewed(UUID id, UUID projectId, UUID userId, String filename) {
		jdbc.sql("insert into import_job (id, project_id, user_id, filename, status) values (:id, :p, :u, :f, :s)")
			.param("id", id).param("p", projectId).param("u", userId).param("f", filename).param("s", ImportStatus.PREVIEWED.name()).update();
	}

	void insertChunk(UUID jobId, int seq, byte[] piece) {
		jdbc.sql("insert into import_chunk (job_id, seq, data) values (:j, :s, :d)").param("j", jobId).param("s", seq).param("d", piece).update();
	}

	/** The stored file as a stream that fetches one piece at a time. */
	InputStream chunks(UUID jobId) {
		int count = jdbc.sql("select count(*) from import_chunk where job_id = :j").param("j", jobId).query(Integer.class).single();
		Iterator<InputStream> pieces = IntStream.range(0, count)
			.mapToObj(seq -> (InputStream) new ByteArrayInputStream(jdbc.sql("select data from import_chunk where job_id = :j and seq = :s")
				.param("j", jobId).param("s", seq).query(byte[].class).single()))
			.iterator();
		return new SequenceInputStream(new Enumeration<InputStream>() {
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

	void savePreview(UUID id, Tallied t) {
		jdbc.sql("""
				update import_job set total_rows = :total, new_rows = :new, changed_rows = :changed, unchanged_rows = :unchanged,
				       invalid_rows = :invalid, problems = :problems, invalid_file = :file
				where id = :id""")
			.param("id", id).param("total", t.total()).param("new", t.created()).param("changed", t.changed()).param("unchanged", t.unchanged())
			.param("invalid", t.invalid()).param("problems", t.problems()).param("file", t.invalidFile()).update();
	}

	/** The job locked, with its state as seen. */
	ImportJob lockedForUpdate(UUID id) {
		return seen("select id, project_id, " + SEEN + " as status from import_job where id = :id for update").param("id", id)
			.query((rs, n) -> new ImportJob(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					ImportStatus.valueOf(rs.getString("status"))))
			.optional().orElseThrow(() -> new NotFound("import"));
	}

	/** A claimed run starts from row 0 with a fresh heartbeat. */
	void saveStarted(ImportJob job) {
		jdbc.sql("update import_job set status = :s, processed_rows = 0, updated_at = now() where id = :id").param("s", job.status().name())
			.param("id", job.id()).update();
	}

	/** The heartbeat: rows read so far. */
	void progress(UUID jobId, long rows) {
		jdbc.sql("update import_job set processed_rows = :n, updated_at = now() where id = :id").param("n", rows).param("id", jobId).update();
	}

	/** The run's result; the stored file is no longer needed. */
	void saveDone(UUID jobId, Tallied t) {
		jdbc.sql("""
				update import_job set status = :s, total_rows = :total, processed_rows = :total, new_rows = :new, changed_rows = :changed,
				       unchanged_rows = :unchanged, invalid_rows = :invalid, problems = :problems, invalid_file = :file, finished_at = now()
				where id = :id""")
			.param("s", ImportStatus.DONE.name()).param("id", jobId).param("total", t.total()).param("new", t.created())
			.param("changed", t.changed()).param("unchanged", t.unchanged()).param("invalid", t.invalid()).param("problems", t.problems())
			.param("file", t.invalidFile()).update();
		jdbc.sql("delete from import_chunk where job_id = :id").param("id", jobId).update();
	}

	void saveFailed(UUID jobId) {
		jdbc.sql("update import_job set status = :s, finished_at = now() where id = :id").param("s", ImportStatus.FAILED.name())
			.param("id", jobId).update();
	}

	UUID projectOf(UUID jobId) {
		return jdbc.sql("select project_id from import_job where id = :id").param("id", jobId).query(UUID.class).single();
	}

	Optional<Row> find(UUID jobId) {
		return seen("""
				select id, project_id, filename, %s as status,
				       total_rows, processed_rows, new_rows, changed_rows, unchanged_rows, invalid_rows, problems
				from import_job where id = :id""".formatted(SEEN))
			.param("id", jobId).query(Row.class).optional();
	}

	List<ImportManagement.Recent> recent(UUID projectId, int limit) {
		return seen("select id, filename, " + SEEN + " as status, total_rows, created_at from import_job where project_id = :p "
				+ "order by created_at desc limit :limit")
			.param("p", projectId).param("limit", limit).query(ImportManagement.Recent.class).list();
	}

	/** The problems and the invalid rows (CSV) of an import. */
	record Stored(String problems, String invalidFile) {
	}

	Stored stored(UUID jobId) {
		return jdbc.sql("select problems, invalid_file from import_job where id = :id").param("id", jobId).query(Stored.class).single();
	}

	/** Marks runs of a dead instance interrupted, so their users can start them again. */
	int markInterrupted() {
		return seen("update import_job set status = :interrupted where status = :running and updated_at < now() - make_interval(mins => :heartbeat)")
			.update();
	}
}
