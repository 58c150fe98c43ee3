package nl.ketenimpact.importer.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ketenimpact.importer.internal.ImportManagement;
import nl.ketenimpact.organisation.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dwelling import over the API: the request body is the file (CSV or VERA JSON). */
@RestController
@Tag(name = "Import", description = "Woningen importeren uit CSV (VERA-kolomnamen) of VERA JSON")
class ImportApiController {

	private final ImportManagement imports;

	private final org.springframework.context.MessageSource messages;

	ImportApiController(ImportManagement imports, org.springframework.context.MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** A fault in an invalid row; {@code value} is the file's text for the field (absent when the file had none). */
	record Invalid(long line, String field, String message, String value) {
	}

	record Result(UUID id, String status, int totalRows, int processedRows, int newRows, int changedRows, int unchangedRows, int invalidCount,
			java.util.List<Invalid> invalidRows) {
	}

	private Result result(ImportManagement.Summary s) {
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return new Result(s.id(), s.status(), s.totalRows(), s.processedRows(), s.newRows(), s.changedRows(), s.unchangedRows(), s.invalidCount(),
				s.invalidRows().stream().map(p -> new Invalid(p.line(), p.field(), messages.getMessage(p.messageKey(), null, p.messageKey(), locale), p.value())).toList());
	}

	@PostMapping(path = "/api/v1/projects/{id}/dwellings/import", consumes = { "text/csv", "application/json", "text/plain",
			"application/octet-stream" })
	@Operation(summary = "With dryRun=true: the preview {newRows, changedRows, unchangedRows, invalidRows:[{line, field, message}]}, nothing written. "
			+ "Without: 202 {statusUrl}; poll it until status is DONE.")
	ResponseEntity<?> importDwellings(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean dryRun,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The CSV (VERA column names) or VERA JSON file, at most 60 MB",
					required = true) java.io.InputStream body) throws java.io.IOException {
		// Streamed into storage piece by piece; an oversized body is refused one piece past the limit.
		ImportManagement.Summary preview = imports.preview(user, id, "api", body);
		if (dryRun) {
			return ResponseEntity.ok(result(preview));
		}
		imports.start(user, preview.id());
		return ResponseEntity.accepted().body(Map.of("id", preview.id(), "statusUrl", "/api/v1/imports/" + preview.id()));
	}

	@PostMapping("/api/v1/imports/{id}/start")
	@Operation(summary = "Starts a previewed import, or again one that was interrupted (its instance died) or failed: 202 {id, statusUrl}; "
			+ "409 when it runs or is done. The upsert makes a second run safe.")
	ResponseEntity<?> start(CurrentUser user, @PathVariable UUID id) {
		ImportManagement.Summary job = imports.summary(user, id);
		if (!job.startable()) {
			throw new nl.ketenimpact.shared.Conflict("import.notStartable");
		}
		imports.start(user, id);
		return ResponseEntity.accepted().body(Map.of("id", id, "statusUrl", "/api/v1/imports/" + id));
	}

	@GetMapping("/api/v1/imports/{id}")
	Result status(CurrentUser user, @PathVariable UUID id) {
		return result(imports.summary(user, id));
	}
}
