package nl.ketenimpact.importer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.ketenimpact.importer.internal.ImportManagement;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FormSubmission;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Upload → preview → background run with progress → result with the invalid rows to fix. */
@Controller
class ImportController {

	private final ImportManagement imports;

	private final ProjectManagement projects;

	ImportController(ImportManagement imports, ProjectManagement projects) {
		this.imports = imports;
		this.projects = projects;
	}

	@GetMapping("/projects/{projectId}/import")
	String form(CurrentUser user, @PathVariable UUID projectId, Model model) {
		model.addAttribute("project", projects.getManaged(user, projectId));
		model.addAttribute("recent", imports.recent(user, projectId, 10));
		return "importer/upload";
	}

	@PostMapping("/projects/{projectId}/import")
	String preview(CurrentUser user, @PathVariable UUID projectId, @RequestParam(required = false) MultipartFile file, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		model.addAttribute("project", projects.getManaged(user, projectId));
		return FormSubmission.orElse(() -> {
			model.addAttribute("job", imports.preview(user, projectId, file == null ? null : file.getOriginalFilename(), content(file)));
			return "importer/preview";
		}, invalid -> {
			response.setStatus(400);
			model.addAttribute("fileError", invalid.firstMessageKey());
			model.addAttribute("recent", imports.recent(user, projectId, 10));
			return "importer/upload";
		});
	}

	private static java.io.InputStream content(MultipartFile file) {
		try {
			return file == null ? java.io.InputStream.nullInputStream() : file.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/imports/{jobId}/start")
	String start(CurrentUser user, @PathVariable UUID jobId) {
		imports.start(user, jobId);
		return "redirect:/imports/" + jobId;
	}

	/** The progress page; htmx polls the same URL for the progress fragment until the run is done. */
	@GetMapping("/imports/{jobId}")
	String status(CurrentUser user, @PathVariable UUID jobId, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		ImportManagement.Summary job = imports.summary(user, jobId);
		model.addAttribute("job", job);
		model.addAttribute("project", projects.getManaged(user, job.projectId()));
		return htmx != null ? "importer/job :: progress" : "importer/job";
	}

	@GetMapping("/imports/{jobId}/invalid.csv")
	ResponseEntity<byte[]> invalidRows(CurrentUser user, @PathVariable UUID jobId, jakarta.servlet.http.HttpServletRequest request) {
		byte[] csv = imports.invalidRowsCsv(user, jobId, RequestContextUtils.getLocale(request));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("ongeldige-rijen.csv").build().toString())
			.body(csv);
	}
}
