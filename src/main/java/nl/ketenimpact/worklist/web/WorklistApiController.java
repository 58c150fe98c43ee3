package nl.ketenimpact.worklist.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.worklist.Worklist;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Worklist")
class WorklistApiController {

	private final Worklist worklist;

	WorklistApiController(Worklist worklist) {
		this.worklist = worklist;
	}

	/** One thing waiting for the caller: {@code url} is the page where it is done; {@code dueAt} its deadline, {@code since} its age. */
	record Item(String kind, String title, OffsetDateTime dueAt, OffsetDateTime since, boolean overdue, String url) {
	}

	record WorklistBody(List<Item> items, Map<String, Long> counts, long total) {
	}

	@GetMapping("/worklist")
	@Operation(summary = "What waits for the caller, by their roles and scoped to their organisation: items (most urgent first, at most 10 per kind) "
			+ "{kind, title, dueAt, since, overdue, url} and counts per kind (all of them, also 0)")
	WorklistBody worklist(CurrentUser user) {
		Worklist.Overview overview = worklist.of(user, LocaleContextHolder.getLocale());
		return new WorklistBody(overview.entries().stream().map(e -> new Item(e.kind(), e.title(), e.dueAt(), e.since(), e.overdue(), e.url())).toList(),
				overview.counts(), overview.total());
	}
}
