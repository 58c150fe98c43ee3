package nl.ketenimpact.signal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.shared.ClusterJobs;
import nl.ketenimpact.signal.SignalIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheduled jobs of the signal module. Escalation and purge claim their period in {@code job_run} first, so on
 * several app instances each runs exactly once per period; the rollup fold is guarded by the rollup's own lock in the
 * database. Logs counts only, never content.
 */
@Component
public class SignalJobs {

	private static final Logger log = LoggerFactory.getLogger(SignalJobs.class);

	private final JdbcClient jdbc;

	private final ClusterJobs jobs;

	private final UserManagement users;

	private final SignalIntake intake;

	private final Clock clock;

	private final Duration escalationPeriod;

	private final org.springframework.context.ApplicationEventPublisher events;

	SignalJobs(JdbcClient jdbc, ClusterJobs jobs, UserManagement users, SignalIntake intake, Clock clock,
			@Value("${ketenimpact.signals.escalation-period:PT15M}") Duration escalationPeriod,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.users = users;
		this.intake = intake;
		this.clock = clock;
		this.escalationPeriod = escalationPeriod;
	}

	// The scheduler calls through the proxy; the transaction must start here, since a call to escalate() from inside the bean bypasses it.
	@Scheduled(fixedDelayString = "${ketenimpact.signals.escalation-period:PT15M}", initialDelayString = "${ketenimpact.signals.escalation-initial-delay:PT1M}")
	@Transactional
	public void scheduledEscalation() {
		escalate(clock.instant());
	}

	@Scheduled(cron = "${ketenimpact.signals.purge-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
	@Transactional
	public void scheduledPurge() {
		purge(clock.instant());
	}

	/**
	 * Folds the deltas that new signals leave (V27) into the signal rollup, so the dashboards' sum stays short. The
	 * figures are the same before and after; only the rows that hold them change. Returns how many deltas were
	 * folded, or -1 when a recompute or another instance held the rollup (the next run folds them).
	 */
	@Scheduled(fixedDelayString = "${ketenimpact.signals.rollup-fold-period:PT1M}", initialDelayString = "${ketenimpact.signals.rollup-fold-period:PT1M}")
	@Transactional
	public int foldRollup() {
		int folded = jdbc.sql("select signal_rollup_fold()").query(Integer.class).single();
		if (folded > 0) {
			log.debug("Folded {} signal rollup deltas", folded);
		}
		return folded;
	}

	/**
	 * Marks signals not picked up by their deadline as overdue and notifies the corporation's social
	 * workers and coordinators (once per signal). Returns how many were escalated, or -1 when another
	 * instance already ran this period.
	 */
	@Transactional
	public int escalate(Instant now) {
		String period = "escalate:" + now.getEpochSecond() / Math.max(1, escalationPeriod.toSeconds());
		if (!jobs.claim("signal-escalation", period)) {
			return -1;
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		record Overdue(UUID id, UUID projectId, UUID corporationId) {
		}
		List<Overdue> overdue = jdbc.sql("""
				update signal set escalated_at = :now where status = :received and due_at < :now and escalated_at is null
				returning id, project_id, corporation_id""")
			.param("now", at)
			.param("received", SignalStatus.RECEIVED.name())
			.query(Overdue.class)
			.list();
		for (Overdue signal : overdue) {
			events.publishEvent(new nl.ketenimpact.signal.SignalOverdue(signal.id(), signal.projectId(), signal.corporationId()));
			for (UUID user : users.activeWithRoles(signal.corporationId(), EnumSet.of(Role.SOCIAL_WORKER, Role.COORDINATOR))) {
				jdbc.sql("""
						insert into signal_notification (id, user_id, signal_id, kind, created_at) values (:id, :u, :s, 'OVERDUE', :now)
						on conflict do nothing""")
					.param("id", UUID.randomUUID()).param("u", user).param("s", signal.id()).param("now", at).update();
			}
		}
		jobs.finish("signal-escalation", period, overdue.size() + " escalated");
		if (!overdue.isEmpty()) {
			log.info("Escalated {} overdue zorgsignalen", overdue.size());
		}
		return overdue.size();
	}

	/**
	 * Removes the content of signals closed longer ago than the retention period: observation,
	 * dwelling link, contact notes and referral texts. Project, categories, dates and outcomes stay for
	 * statistics. Returns the number of signals purged, or -1 when this day was already done.
	 */
	@Transactional
	public int purge(Instant now) {
		String period = "purge:" + now.atOffset(ZoneOffset.UTC).toLocalDate();
		if (!jobs.claim("signal-purge", period)) {
			return -1;
		}
		int months = intake.settings().retentionMonths();
		OffsetDateTime cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months);
		List<UUID> purged = jdbc.sql("""
				update signal set observation = null, dwelling_id = null, purged_at = :now
				where status = :closed and closed_at < :cutoff and purged_at is null returning id""")
			.param("closed", SignalStatus.CLOSED.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("cutoff", cutoff)
			.query(UUID.class)
			.list();
		if (!purged.isEmpty()) {
			jdbc.sql("update signal_contact set note = null where signal_id in (:ids)").param("ids", purged).update();
			jdbc.sql("update referral set justification = null, outcome_note = null where signal_id in (:ids)").param("ids", purged).update();
		}
		jobs.finish("signal-purge", period, purged.size() + " purged");
		log.info("Retention purge: content of {} closed zorgsignalen removed", purged.size());
		return purged.size();
	}
}
