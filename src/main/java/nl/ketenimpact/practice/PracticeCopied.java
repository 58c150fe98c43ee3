package nl.ketenimpact.practice;

import java.util.UUID;

/**
 * A corporation copied a practice of {@code publisherId} (a corporation) into its project {@code projectId}: the
 * publisher may be told its work is used; the copy's drafts are in that project's plan.
 */
public record PracticeCopied(UUID practiceId, UUID publisherId, UUID projectId, UUID copiedById) {
}
