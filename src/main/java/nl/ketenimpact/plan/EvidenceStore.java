package nl.ketenimpact.plan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.internal.FileTypes;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files (PDF, PNG, JPEG up to 10 MB). Only the owning organisation and the corporation's
 * staff of the project may download one; everyone else gets not found.
 */
@Service
public class EvidenceStore {

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final AuditLog audit;

	EvidenceStore(JdbcClient jdbc, ProjectManagement projects, AuditLog audit) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.audit = audit;
	}

	/** Checks size and real type; stores nothing on failure. Joins the caller's transaction. */
	@Transactional
	public UUID store(ProjectAccess access, UUID ownerOrganisationId, FileUpload upload) {
		if (upload == null || upload.content() == null || upload.content().length == 0) {
			throw new InvalidInput(upload == null ? "file" : upload.field(), "evidence.file.required");
		}
		if (upload.content().length > FileTypes.MAX_BYTES) {
			throw new InvalidInput(upload.field(), "evidence.file.tooLarge");
		}
		String type = FileTypes.detect(upload.content())
			.orElseThrow(() -> new InvalidInput(upload.field(), "evidence.file.type"));
		if (type.equals("application/pdf") && FileTypes.activePdf(upload.content())) {
			throw new InvalidInput(upload.field(), "evidence.file.activeContent");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into evidence (id, project_id, owner_organisation_id, filename, content_type, size_bytes, sha256, uploaded_by)
				values (:id, :project, :owner, :filename, :type, :size, :sha, :user)""")
			.param("id", id)
			.param("project", access.project().id())
			.param("owner", ownerOrganisationId)
			.param("filename", safeName(upload.filename(), type))
			.param("type", type)
			.param("size", upload.content().length)
			.param("sha", sha256(upload.content()))
			.param("user", access.user().id())
			.update();
		jdbc.sql("insert into evidence_content (evidence_id, content) values (:id, :content)")
			.param("id", id)
			.param("content", upload.content())
			.update();
		audit.record(access.user().id(), "EVIDENCE_UPLOADED", "evidence", id, null);
		return id;
	}

	@Transactional(readOnly = true)
	public EvidenceView view(CurrentUser user, UUID evidenceId) {
		EvidenceView evidence = jdbc.sql("""
				select id, project_id, owner_organisation_id, filename, content_type, size_bytes, uploaded_at from evidence where id = :id""")
			.param("id", evidenceId)
			.query(EvidenceView.class)
			.optional()
			.orElseThrow(() -> new NotFound("evidence"));
		ProjectAccess access;
		try {
			access = projects.access(user, evidence.projectId());
		}
		catch (NotFound ex) {
			throw new NotFound("evidence");
		}
		if (!access.maySee(evidence.ownerOrganisationId())) {
			throw new NotFound("evidence");
		}
		return evidence;
	}

	@Transactional(readOnly = true)
	public byte[] content(CurrentUser user, UUID evidenceId) {
		view(user, evidenceId);
		return jdbc.sql("select content from evidence_content where evidence_id = :id").param("id", evidenceId).query(byte[].class).single();
	}

	/** File names of evidence records, for lists of records the caller has already scoped. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> filenames(java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, filename from evidence where id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("filename")))
				.list();
		}
		return names;
	}

	/** Keeps a readable, harmless file name: letters, digits, dot, dash, underscore; extension from the real type. */
	public static String safeName(String filename, String type) {
		String extension = switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
		String base = filename == null ? "bewijs" : filename.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
		base = base.replaceAll("[^A-Za-z0-9._-]+", "_");
		if (base.isBlank() || base.chars().allMatch(c -> c == '_' || c == '.')) {
			base = "bewijs";
		}
		return (base.length() > 100 ? base.substring(0, 100) : base) + extension;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
