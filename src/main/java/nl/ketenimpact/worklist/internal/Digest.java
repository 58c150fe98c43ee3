package nl.ketenimpact.worklist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.ClusterJobs;
import nl.ketenimpact.shared.Outbox;
import nl.ketenimpact.worklist.Delivery;
import nl.ketenimpact.worklist.NotificationKind;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest at 07:00 Dutch time: one mail per user with the count per kind of what waited for it since the last
 * one, and the link to the bell. Checked every five minutes, so an instance that was down at seven sends it when it is
 * back; claimed per day in the database ({@link ClusterJobs}), so with any number of instances it goes out once.
 */
@Component
public class Digest {

	private static final Logger log = LoggerFactory.getLogger(Digest.class);

	static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	static final LocalTime AT = LocalTime.of(7, 0);

	private final JdbcClient jdbc;

	private final ClusterJobs jobs;

	private final Notifications notifications;

	private final UserManagement users;

	private final Outbox outbox;

	private final java.time.Clock clock;

	Digest(JdbcClient jdbc, ClusterJobs jobs, Notifications notifications, UserManagement users, Outbox outbox, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.notifications = notifications;
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
	}

	// Through the proxy, so that the transaction starts here.
	@Scheduled(cron = "${ketenimpact.notifications.digest-check:0 */5 * * * *}")
	@Transactional
	public void scheduled() {
		send(clock.instant());
	}

	/**
	 * Sends today's digests when it is 07:00 or later in the Netherlands and no instance sent them yet: how many mails,
	 * or -1 when it is too early or they were sent. Everything told before 07:00 today goes in; later, tomorrow's.
	 */
	@Transactional
	public int send(Instant now) {
		ZonedDateTime local = now.atZone(DUTCH);
		if (local.toLocalTime().isBefore(AT)) {
			return -1;
		}
		LocalDate day = local.toLocalDate();
		if (!jobs.claim("notification-digest", day.toString())) {
			return -1;
		}
		OffsetDateTime cutoff = day.atTime(AT).atZone(DUTCH).toOffsetDateTime();
		record Pending(UUID userId, NotificationKind kind, long count) {
		}
		Map<UUID, List<Pending>> perUser = new LinkedHashMap<>();
		jdbc.sql("""
				select user_id, kind, count(*) from notification where digest_pending and created_at < :cutoff
				group by user_id, kind order by user_id, kind""")
			.param("cutoff", cutoff).query(Pending.class).list()
			.forEach(p -> perUser.computeIfAbsent(p.userId(), u -> new ArrayList<>()).add(p));
		int mails = 0;
		for (Map.Entry<UUID, List<Pending>> user : perUser.entrySet()) {
			// The choice now counts: a kind switched off since waits for no one.
			List<Pending> wanted = user.getValue().stream().filter(p -> notifications.deliveryOf(user.getKey(), p.kind()) != Delivery.OFF).toList();
			String to = users.usernameOf(user.getKey()).orElse(null);
			if (wanted.isEmpty() || to == null) {
				continue;
			}
			Locale locale = users.localeOf(user.getKey());
			StringBuilder lines = new StringBuilder();
			for (Pending p : wanted) {
				lines.append("- ").append(p.count()).append(" × ").append(notifications.kindText(p.kind(), locale)).append('\n')
					.append("  ").append(notifications.unsubscribeLink(user.getKey(), p.kind())).append('\n');
			}
			outbox.send(to, locale, "digest", false, lines.toString().stripTrailing(), outbox.link("/berichten"), outbox.link("/berichten/instellingen"));
			mails++;
		}
		int cleared = jdbc.sql("update notification set digest_pending = false where digest_pending and created_at < :cutoff").param("cutoff", cutoff)
			.update();
		jobs.finish("notification-digest", day.toString(), mails + " digests, " + cleared + " notifications");
		log.info("Daily digest: {} mails for {} notifications", mails, cleared);
		return mails;
	}
}
