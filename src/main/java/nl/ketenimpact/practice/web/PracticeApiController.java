package nl.ketenimpact.practice.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.practice.internal.PracticeCopies;
import nl.ketenimpact.practice.internal.PracticeManagement;
import nl.ketenimpact.practice.internal.PracticeView;
import nl.ketenimpact.practice.internal.ResultKind;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The practice library over the API. */
@RestController
@RequestMapping("/api/v1/practices")
@Tag(name = "Praktijkvoorbeelden")
class PracticeApiController {

	private final PracticeManagement practices;

	private final PracticeCopies copies;

	PracticeApiController(PracticeManagement practices, PracticeCopies copies) {
		this.practices = practices;
		this.copies = copies;
	}

	/** {@code again}: copy even though this practice was copied into the project before (its plan items come twice). */
	record CopyRequest(UUID projectId, Boolean showName, Boolean again) {
	}

	@GetMapping
	@Operation(summary = "Practices the caller may see, by theme, keyword (full text), municipality and result; ranked by score, unscored last")
	List<PracticeView> search(CurrentUser user, @RequestParam(required = false) Theme theme, @RequestParam(required = false) String q,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) ResultKind result) {
		return practices.search(user, theme, q, municipality, result);
	}

	@GetMapping("/{id}")
	PracticeView get(CurrentUser user, @PathVariable UUID id) {
		return practices.get(user, id);
	}

	@PostMapping("/{id}/copy")
	@Operation(summary = "Copy into one of the caller's projects {projectId, showName?, again?}: its commitments, opportunities and activities "
			+ "become drafts. 409 when the practice has nothing to copy, the project is completed, or it was copied into that project before "
			+ "(send again: true to copy it once more)")
	ResponseEntity<PracticeCopies.CopyResult> copy(CurrentUser user, @PathVariable UUID id, @RequestBody CopyRequest request) {
		return ResponseEntity.status(201).body(copies.copy(user, id, request.projectId(), request.showName() == null || request.showName(),
				Boolean.TRUE.equals(request.again())));
	}
}
