package nl.ketenimpact.signal.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.WorkItems;
import nl.ketenimpact.project.ProjectManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signals' work, never with their content (a title names the project, the urgency or a date): the social team's
 * queue (overdue first, then by deadline) and its referrals an institution has not answered in 10 working days; a case
 * worker's referrals waiting for their outcome; a site worker's own reports of the last 30 days with their status.
 */
@Component
class SignalWorkItems implements WorkItems {

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	/** Working days an institution has to answer a referral. */
	static final int ANSWER_DAYS = 10;

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final java.time.Clock clock;

	SignalWorkItems(JdbcClient jdbc, ProjectManagement projects, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> partsFor(CurrentUser user) {
		List<Part> parts = new ArrayList<>();
		if (user.has(Role.SOCIAL_WORKER) && user.isCorporationStaff()) {
			parts.add(queue(user.organisationId()));
			parts.add(unanswered(user.organisationId()));
		}
		if (user.has(Role.CASE_WORKER)) {
			parts.add(referrals(user.organisationId()));
		}
		if (user.has(Role.FIELD_WORKER)) {
			parts.add(reported(user.id()));
		}
		return parts;
	}

	private Map<UUID, String> names(List<UUID> projectIds) {
		return projects.namesOf(projectIds.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
	}

	private Part queue(UUID corporation) {
		String where = " from signal where corporation_id = :c and status <> :closed";
		long count = jdbc.sql("select count(*)" + where).param("c", corporation).param("closed", SignalStatus.CLOSED.name()).query(Long.class).single();
		record Row(UUID id, UUID projectId, String urgency, String status, OffsetDateTime dueAt, LocalDate retryOn, OffsetDateTime createdAt) {
		}
		// Waiting to be picked up first (by deadline, so overdue on top), then those in hand by their next contact date.
		List<Row> rows = jdbc.sql("select id, project_id, urgency, status, due_at, retry_on, created_at" + where
				+ " order by (status = :received) desc, case when status = :received then due_at end, retry_on nulls last, created_at, id limit " + SHOWN)
			.param("c", corporation).param("closed", SignalStatus.CLOSED.name()).param("received", SignalStatus.RECEIVED.name()).query(Row.class).list();
		Map<UUID, String> names = names(rows.stream().map(Row::projectId).toList());
		return new Part("SIGNAL_QUEUE", count, rows.stream().map(r -> {
			boolean received = SignalStatus.RECEIVED.name().equals(r.status());
			OffsetDateTime due = received ? r.dueAt() : r.retryOn() == null ? null : r.retryOn().atStartOfDay(DUTCH).toOffsetDateTime();
			return new Item("SIGNAL_QUEUE", received ? "worklist.item.signalToPickUp." + r.urgency() : "worklist.item.signalInHand",
					List.of(names.getOrDefault(r.projectId(), "")), due, r.createdAt(), "/signals/" + r.id());
		}).toList());
	}

	private record Referral(UUID signalId, UUID projectId, OffsetDateTime referredAt) {
	}

	private OffsetDateTime answerDue(OffsetDateTime referredAt) {
		return WorkingDays.add(referredAt.atZoneSameInstant(DUTCH), ANSWER_DAYS).toOffsetDateTime();
	}

	/** Ten working days are at least two calendar weeks: the database narrows by that, the holidays are counted here. */
	private Part unanswered(UUID corporation) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Referral> late = jdbc.sql("""
				select r.signal_id, s.project_id, r.referred_at from referral r join signal s on s.id = r.signal_id
				where s.corporation_id = :c and r.outcome is null and r.consent_withdrawn_at is null and s.status <> :closed and r.referred_at < :before
				order by r.referred_at, r.id""")
			.param("c", corporation).param("closed", SignalStatus.CLOSED.name()).param("before", now.minusDays(14)).query(Referral.class).list()
			.stream().filter(r -> answerDue(r.referredAt()).isBefore(now)).toList();
		Map<UUID, String> names = names(late.stream().limit(SHOWN).map(Referral::projectId).toList());
		return new Part("REFERRAL_UNANSWERED", late.size(), late.stream().limit(SHOWN).map(r -> new Item("REFERRAL_UNANSWERED",
				"worklist.item.referralUnanswered", List.of(names.getOrDefault(r.projectId(), ""), r.referredAt().atZoneSameInstant(DUTCH).toLocalDate()),
				answerDue(r.referredAt()), r.referredAt(), "/signals/" + r.signalId())).toList());
	}

	private Part referrals(UUID institution) {
		String where = " from referral r join signal s on s.id = r.signal_id where r.organisation_id = :o and r.outcome is null and r.consent_withdrawn_at is null"
				+ " and s.status <> :closed";
		long count = jdbc.sql("select count(*)" + where).param("o", institution).param("closed", SignalStatus.CLOSED.name()).query(Long.class).single();
		List<Referral> rows = jdbc.sql("select r.signal_id, s.project_id, r.referred_at" + where + " order by r.referred_at, r.id limit " + SHOWN)
			.param("o", institution).param("closed", SignalStatus.CLOSED.name()).query(Referral.class).list();
		Map<UUID, String> names = names(rows.stream().map(Referral::projectId).toList());
		return new Part("REFERRAL_AWAITING_OUTCOME", count, rows.stream().map(r -> new Item("REFERRAL_AWAITING_OUTCOME", "worklist.item.referralAwaiting",
				List.of(names.getOrDefault(r.projectId(), "")), answerDue(r.referredAt()), r.referredAt(), "/signals/" + r.signalId())).toList());
	}

	private Part reported(UUID reporter) {
		String where = " from signal where reporter_id = :u and created_at > :since";
		OffsetDateTime since = OffsetDateTime.now(clock).minusDays(30);
		long count = jdbc.sql("select count(*)" + where).param("u", reporter).param("since", since).query(Long.class).single();
		record Row(UUID projectId, String status, OffsetDateTime createdAt) {
		}
		List<Row> rows = jdbc.sql("select project_id, status, created_at" + where + " order by created_at desc, id limit " + SHOWN)
			.param("u", reporter).param("since", since).query(Row.class).list();
		Map<UUID, String> names = names(rows.stream().map(Row::projectId).toList());
		return new Part("SIGNAL_REPORTED", count, rows.stream().map(r -> new Item("SIGNAL_REPORTED",
				"worklist.item.signalReported." + SignalStatus.valueOf(r.status()).forReporter().name(),
				List.of(names.getOrDefault(r.projectId(), ""), r.createdAt().atZoneSameInstant(DUTCH).toLocalDate()), null, r.createdAt(),
				"/signals")).toList());
	}
}
