package nl.ketenimpact.plan.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.EvidenceStore;
import nl.ketenimpact.plan.EvidenceView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of evidence files, for the owning partner and the corporation's staff only (others: 404). */
@RestController
@Tag(name = "Bewijsstukken")
class EvidenceController {

	private final EvidenceStore evidence;

	EvidenceController(EvidenceStore evidence) {
		this.evidence = evidence;
	}

	@GetMapping({ "/evidence/{id}", "/api/v1/evidence/{id}" })
	@Operation(summary = "Download an evidence file (owning partner and corporation staff only)")
	ResponseEntity<byte[]> download(CurrentUser user, @PathVariable UUID id) {
		EvidenceView view = evidence.view(user, id);
		byte[] content = evidence.content(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(view.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(view.filename()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}
}
