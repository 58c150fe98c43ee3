package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.plan.Theme;

/** A practice with its results, score (null: no measured ratio), copies and the names of copiers who allow it. */
public record PracticeView(UUID id, UUID corporationId, String corporationName, UUID projectId, String municipality, String title, Set<Theme> themes,
		String summary, String steps, String partnersInvolved, BigDecimal hours, BigDecimal budgetEur, String contact, Visibility visibility,
		OffsetDateTime publishedAt, List<PracticeResult> results, BigDecimal score, long copies, List<String> copiedBy, List<Template> templates) {

	/** A commitment or opportunity the practice brings along when copied. */
	public record Template(String kind, String title, String description) {
	}
}
