package nl.ketenimpact.signal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.signal.ContactResponse;
import nl.ketenimpact.signal.ReferralOutcome;
import nl.ketenimpact.signal.Urgency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading signals: the reporter's statuses, the social team's queue and details, a case worker's referrals, the
 * coordinator's access log, and the team's notices. Every read of details is in the access log.
 */
@Service
public class SignalReading {

	private final JdbcClient jdbc;

	private final SignalRepository repository;

	private final SignalAccessLog accessLog;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final Clock clock;

	SignalReading(JdbcClient jdbc, SignalRepository repository, SignalAccessLog accessLog, ProjectManagement projects, Dwellings dwellings,
			OrganisationManagement organisations, UserManagement users, Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.accessLog = accessLog;
		this.projects = projects;
		this.dwellings = dwellings;
		this.organisations = organisations;
		this.users = users;
		this.clock = clock;
	}

	public boolean isSocialWorker(CurrentUser user) {
		return SignalRoles.socialWorker(user);
	}

	public boolean readsAccessLog(CurrentUser user) {
		return SignalRoles.readsAccessLog(user);
	}

	/**
	 * Everything the signal overview page shows this user, in one transaction (the page is a social worker's
	 * start of the day: own reports, the team's queue with its notices, and a case worker's referrals).
	 */
	@Transactional(readOnly = true)
	public SignalViews.Overview overview(CurrentUser user, boolean open, int page, int size) {
		boolean socialWorker = SignalRoles.socialWorker(user);
		return new SignalViews.Overview(mine(user, page, size), socialWorker ? queue(user, open, page, size) : null,
				socialWorker ? notices(user) : null, user.has(Role.CASE_WORKER) ? referrals(user, page, size) : null);
	}

	/** The reporter's own signals, status only, newest first. */
	@Transactional(readOnly = true)
	public Page<SignalViews.ReporterView> mine(CurrentUser user, int page, int size) {
		long total = jdbc.sql("select count(*) from signal where reporter_id = :u").param("u", user.id()).query(Long.class).single();
		List<SignalViews.ReporterView> items = jdbc.sql("""
				select id, status, created_at from signal where reporter_id = :u order by created_at desc""" + Page.window(page, size))
			.param("u", user.id())
			.query((rs, n) -> new SignalViews.ReporterView(rs.getObject("id", UUID.class),
					SignalStatus.valueOf(rs.getString("status")).forReporter(), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
		return new Page<>(items, page, size, total);
	}

	/** The status of a signal the user reported (what a reporter reads back). */
	@Transactional(readOnly = true)
	public SignalViews.ReporterView statusOf(CurrentUser user, UUID signalId) {
		SignalRepository.Row row = repository.row(signalId);
		if (!row.reporterId().equals(user.id())) {
			throw new NotFound("signal");
		}
		return new SignalViews.ReporterView(row.id(), row.status().forReporter(), row.createdAt());
	}

	/** The social team's queue: open signals first, the earliest deadline on top. */
	@Transactional(readOnly = true)
	public Page<SignalViews.QueueItem> queue(CurrentUser user, boolean open, int page, int size) {
		if (!SignalRoles.socialWorker(user)) {
			throw new Refused("signal.queue.refused");
		}
		long total = repository.countQueue(user.organisationId(), open);
		List<SignalRepository.Row> rows = repository.queue(user.organisationId(), open, Page.window(page, size));
		Map<UUID, String> names = projects.namesOf(rows.stream().map(SignalRepository.Row::projectId).collect(Collectors.toSet()));
		OffsetDateTime now = OffsetDateTime.now(clock);
		return new Page<>(rows.stream()
			.map(r -> new SignalViews.QueueItem(r.id(), r.projectId(), names.get(r.projectId()), r.categories(), r.urgency(), r.status(), r.createdAt(),
					r.dueAt(), r.status() == SignalStatus.RECEIVED && r.dueAt().isBefore(now)))
			.toList(), page, size, total);
	}

	/** Referrals addressed to the case worker's institution that it may still see (consent not withdrawn). */
	@Transactional(readOnly = true)
	public Page<SignalViews.ReferralView> referrals(CurrentUser user, int page, int size) {
		if (!user.has(Role.CASE_WORKER)) {
			throw new Refused("signal.referrals.refused");
		}
		String filter = " from referral r join signal s on s.id = r.signal_id where r.organisation_id = :org and r.consent_withdrawn_at is null";
		long total = jdbc.sql("select count(*)" + filter).param("org", user.organisationId()).query(Long.class).single();
		record Line(UUID signalId, UUID referralId, UUID projectId, UUID dwellingId, String categories, Urgency urgency, String observation,
				LawfulBasis lawfulBasis, LocalDate consentDate, String justification, OffsetDateTime referredAt, ReferralOutcome outcome,
				String outcomeNote) {
		}
		List<Line> lines = jdbc.sql("""
				select s.id as signal_id, r.id as referral_id, s.project_id, s.dwelling_id, s.categories, s.urgency, s.observation, r.lawful_basis,
				       r.consent_date, r.justification, r.referred_at, r.outcome, r.outcome_note""" + filter
				+ " order by r.referred_at desc" + Page.window(page, size))
			.param("org", user.organisationId())
			.query(Line.class)
			.list();
		Map<UUID, String> names = projects.namesOf(lines.stream().map(Line::projectId).collect(Collectors.toSet()));
		Map<UUID, String> addresses = dwellings.addressesOf(lines.stream().map(Line::dwellingId).filter(Objects::nonNull).collect(Collectors.toSet()));
		List<SignalViews.ReferralView> items = lines.stream()
			.map(l -> new SignalViews.ReferralView(l.signalId(), l.referralId(), names.get(l.projectId()),
					l.dwellingId() == null ? null : addresses.get(l.dwellingId()), SignalRepository.categories(l.categories()), l.urgency(), l.observation(),
					l.lawfulBasis(), l.consentDate(), l.justification(), l.referredAt(), l.outcome(), l.outcomeNote()))
			.toList();
		return new Page<>(items, page, size, total);
	}

	/** What the user may read of one signal: the full detail, a referral, or only the status. Logs the read of details. */
	@Transactional
	public Object read(CurrentUser user, UUID signalId, String reason) {
		SignalRepository.Row row = repository.row(signalId);
		if (SignalRoles.socialTeam(user, row.corporationId())) {
			return detail(user, row, reason);
		}
		Optional<SignalViews.ReferralView> referral = referralView(user, signalId, true);
		if (referral.isPresent()) {
			return referral.get();
		}
		if (row.reporterId().equals(user.id())) {
			return new SignalViews.ReporterView(row.id(), row.status().forReporter(), row.createdAt());
		}
		if (SignalRoles.corporationStaff(user, row.corporationId())) {
			throw new Refused("signal.details.refused");
		}
		throw new NotFound("signal");
	}

	private SignalViews.Detail detail(CurrentUser user, SignalRepository.Row row, String reason) {
		if (row.status() == SignalStatus.CLOSED && (reason == null || reason.isBlank())) {
			// Looking into a closed case needs a stated reason; it goes into the access log.
			throw new InvalidInput("reason", "signal.reason.required");
		}
		accessLog.log(row.id(), row.corporationId(), user, "VIEWED", reason == null || reason.isBlank() ? null : reason.strip());
		List<SignalViews.Contact> contacts = jdbc.sql("""
				select recorded_at, recorded_by, response, note from signal_contact where signal_id = :s order by recorded_at limit 200""")
			.param("s", row.id())
			.query((rs, n) -> new SignalViews.Contact(rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("recorded_by", UUID.class).toString(),
					ContactResponse.valueOf(rs.getString("response")), rs.getString("note")))
			.list();
		List<SignalRepository.ReferralRow> referralRows = repository.referralRows(row.id());
		Set<UUID> people = new HashSet<>();
		contacts.forEach(c -> people.add(UUID.fromString(c.recordedBy())));
		if (row.pickedUpBy() != null) {
			people.add(row.pickedUpBy());
		}
		Map<UUID, String> names = users.names(people);
		Map<UUID, OrganisationView> institutions = organisations.byIds(referralRows.stream().map(SignalRepository.ReferralRow::organisationId).collect(Collectors.toSet()));
		String address = row.dwellingId() == null ? null : dwellings.addressesOf(List.of(row.dwellingId())).get(row.dwellingId());
		return new SignalViews.Detail(row.id(), row.projectId(), projects.namesOf(List.of(row.projectId())).get(row.projectId()), address,
				row.categories(), row.urgency(), row.observation(), row.status(), row.createdAt(), row.dueAt(),
				row.status() == SignalStatus.RECEIVED && row.dueAt().isBefore(OffsetDateTime.now(clock)),
				row.pickedUpBy() == null ? null : names.get(row.pickedUpBy()), row.outcome(), row.closedAt(), row.purgedAt() != null,
				contacts.stream().map(c -> new SignalViews.Contact(c.recordedAt(), names.getOrDefault(UUID.fromString(c.recordedBy()), "?"), c.response(), c.note()))
					.toList(),
				referralRows.stream().map(r -> new SignalViews.Referral(r.id(), r.organisationId(),
						institutions.containsKey(r.organisationId()) ? institutions.get(r.organisationId()).name() : "?", r.lawfulBasis(), r.explicitConsent(),
						r.consentDate(), r.justification(), r.referredAt(), r.consentWithdrawnAt(), r.outcome(), r.outcomeNote(), r.outcomeAt())).toList(),
				Signal.allowedActions(row.status()), row.retryOn());
	}

	/** The case worker's view of a referral to their institution, if it is addressed to them and consent stands. */
	private Optional<SignalViews.ReferralView> referralView(CurrentUser user, UUID signalId, boolean logRead) {
		if (!user.has(Role.CASE_WORKER)) {
			return Optional.empty();
		}
		Optional<SignalRepository.ReferralRow> referral = repository.referralRows(signalId).stream()
			.filter(r -> r.organisationId().equals(user.organisationId()) && r.consentWithdrawnAt() == null)
			.reduce((first, second) -> second);
		if (referral.isEmpty()) {
			return Optional.empty();
		}
		SignalRepository.Row row = repository.row(signalId);
		if (logRead) {
			accessLog.log(signalId, row.corporationId(), user, "VIEWED", null);
		}
		SignalRepository.ReferralRow r = referral.get();
		String address = row.dwellingId() == null ? null : dwellings.addressesOf(List.of(row.dwellingId())).get(row.dwellingId());
		return Optional.of(new SignalViews.ReferralView(signalId, r.id(), projects.namesOf(List.of(row.projectId())).get(row.projectId()), address,
				row.categories(), row.urgency(), row.observation(), r.lawfulBasis(), r.consentDate(), r.justification(), r.referredAt(), r.outcome(),
				r.outcomeNote()));
	}

	@Transactional(readOnly = true)
	public Page<SignalViews.AccessEntry> accessLog(CurrentUser user, int page, int size) {
		return accessLog.page(user, page, size);
	}

	@Transactional(readOnly = true)
	public List<SignalViews.Notice> notices(CurrentUser user) {
		record N(UUID signalId, UUID projectId, String kind, OffsetDateTime createdAt, OffsetDateTime readAt) {
		}
		List<N> rows = jdbc.sql("""
				select n.signal_id, s.project_id, n.kind, n.created_at, n.read_at from signal_notification n join signal s on s.id = n.signal_id
				where n.user_id = :u order by n.created_at desc limit 50""")
			.param("u", user.id()).query(N.class).list();
		Map<UUID, String> names = projects.namesOf(rows.stream().map(N::projectId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return rows.stream().map(n -> new SignalViews.Notice(n.signalId(), names.get(n.projectId()), n.kind(), n.createdAt(), n.readAt() != null)).toList();
	}

	@Transactional
	public void markNoticesRead(CurrentUser user) {
		jdbc.sql("update signal_notification set read_at = now() where user_id = :u and read_at is null").param("u", user.id()).update();
	}
}
