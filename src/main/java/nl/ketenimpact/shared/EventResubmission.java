package nl.ketenimpact.shared;

import java.time.Duration;
import java.time.format.DateTimeFormatter;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the event publication registry moving: a listener that failed (a mail server down, a crash) is tried again
 * after five minutes, and completed publications are deleted after a week. Once per five minutes across all instances
 * ({@link ClusterJobs}); at start the registry resubmits what is outstanding by itself.
 */
@Component
public class EventResubmission {

	static final Duration RETRY_AFTER = Duration.ofMinutes(5);

	static final Duration KEEP_COMPLETED = Duration.ofDays(7);

	private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final ClusterJobs jobs;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	EventResubmission(IncompleteEventPublications incomplete, CompletedEventPublications completed, ClusterJobs jobs,
			TransactionTemplate transactions, java.time.Clock clock) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.jobs = jobs;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	public void run() {
		java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
		String slot = now.withMinute(now.getMinute() / 5 * 5).format(SLOT);
		Boolean mine = transactions.execute(status -> jobs.claim("event-resubmission", slot));
		if (Boolean.TRUE.equals(mine)) {
			resubmit();
		}
	}

	/** Outside the claim's transaction: each resubmitted listener runs in a transaction of its own. */
	public void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
		completed.deletePublicationsOlderThan(KEEP_COMPLETED);
	}
}
