package nl.ketenimpact.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
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
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zorgsignalen. Who sees what is decided here and only here:
 * <ul>
 * <li>the reporter sees only the status of their own signals;</li>
 * <li>the corporation's SOCIAL_WORKERs see the queue and everything of their corporation's signals, and do the follow-up;</li>
 * <li>the CASE_WORKER of an institution sees a referral addressed to it while the tenant's consent stands;</li>
 * <li>the corporation's COORDINATOR reads the access log and statistics, not the signals;</li>
 * <li>everyone else gets not found.</li>
 * </ul>
 * Every read of a signal's details and every step writes an access-log row in the same transaction.
 */
@Service
public class SignalManagement {

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	private static final String SELECT = """
			select id, project_id, corporation_id, dwelling_id, reporter_id, categories, urgency, observation, status, created_at, due_at,
			       picked_up_by, escalated_at, closed_at, outcome, purged_at, retry_on from signal""";

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final Clock clock;

	private final SignalRepository repository;

	private final org.springframework.context.ApplicationEventPublisher events;

	SignalManagement(JdbcClient jdbc, ProjectManagement projects, OrganisationManagement organisations, UserManagement users, Clock clock,
			SignalRepository repository, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.organisations = organisations;
		this.users = users;
		this.clock = clock;
		this.repository = repository;
		this.events = events;
	}

	record Row(UUID id, UUID projectId, UUID corporationId, UUID dwellingId, UUID reporterId, Set<SignalCategory> categories, Urgency urgency,
			String observation, SignalStatus status, OffsetDateTime createdAt, OffsetDateTime dueAt, UUID pickedUpBy, OffsetDateTime escalatedAt,
			OffsetDateTime closedAt, Outcome outcome, OffsetDateTime purgedAt, LocalDate retryOn) {
	}

	static Row map(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class), rs.getObject("corporation_id", UUID.class),
				rs.getObject("dwelling_id", UUID.class), rs.getObject("reporter_id", UUID.class), categories(rs.getString("categories")),
				Urgency.valueOf(rs.getString("urgency")), rs.getString("observation"), SignalStatus.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class), rs.getObject("picked_up_by", UUID.class),
				rs.getObject("escalated_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
				outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("purged_at", OffsetDateTime.class), rs.getObject("retry_on", LocalDate.class));
	}

	static Set<SignalCategory> categories(String csv) {
		return Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(SignalCategory::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalCategory.class)));
	}

	// --- who may do what ----------------------------------------------------------------------

	/** Field workers (of the corporation or a chain partner) and the social team register signals. */
	public boolean canRegister(CurrentUser user) {
		return user.has(Role.FIELD_WORKER) || user.has(Role.SOCIAL_WORKER);
	}

	static boolean socialTeam(CurrentUser user, UUID corporationId) {
		return user.has(Role.SOCIAL_WORKER) && user.organisationType() == OrganisationType.HOUSING_CORPORATION
				&& user.organisationId().equals(corporationId);
	}

	static boolean corporationStaff(CurrentUser user, UUID corporationId) {
		return user.isCorporationStaff() && user.organisationId().equals(corporationId);
	}

	public boolean isSocialWorker(CurrentUser user) {
		return user.has(Role.SOCIAL_WORKER) && user.organisationType() == OrganisationType.HOUSING_CORPORATION;
	}

	public boolean readsAccessLog(CurrentUser user) {
		return user.has(Role.COORDINATOR) && user.organisationType() == OrganisationType.HOUSING_CORPORATION;
	}

	// --- registering -----------------------------------------------------------------------------

	@Transactional
	public UUID register(CurrentUser user, UUID projectId, SignalInput input) {
		ProjectAccess access = projects.access(user, projectId);
		if (!canRegister(user)) {
			throw new Refused("signal.register.refused");
		}
		if (input.dwellingId() != null) {
			try {
				projects.dwelling(user, projectId, input.dwellingId());
			}
			catch (NotFound ex) {
				throw new InvalidInput("dwellingId", "signal.dwelling.unknown");
			}
		}
		SignalSettings settings = settings();
		ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(DUTCH);
		int days = input.urgency().isUrgent() ? settings.urgentDays() : settings.triageDays();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into signal (id, project_id, corporation_id, dwelling_id, reporter_id, reporter_organisation_id, categories, urgency,
				                    observation, status, created_at, due_at)
				values (:id, :p, :corp, :dwelling, :reporter, :org, :categories, :urgency, :observation, :received, :now, :due)""")
			.param("received", SignalStatus.RECEIVED.name())
			.param("id", id)
			.param("p", projectId)
			.param("corp", access.project().corporationId())
			.param("dwelling", input.dwellingId())
			.param("reporter", user.id())
			.param("org", user.organisationId())
			.param("categories", csv(input.categories()))
			.param("urgency", input.urgency().name())
			.param("observation", input.observation().strip())
			.param("now", now.toOffsetDateTime())
			.param("due", WorkingDays.add(now, days).toOffsetDateTime())
			.update();
		log(id, access.project().corporationId(), user, "REGISTERED", null);
		return id;
	}

	private static String csv(Set<SignalCategory> categories) {
		return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	// --- reading -----------------------------------------------------------------------------

	/**
	 * Everything the signal overview page shows this user, in one transaction (the page is a social worker's
	 * start of the day: own reports, the team's queue with its notices, and a case worker's referrals).
	 */
	@Transactional(readOnly = true)
	public SignalViews.Overview overview(CurrentUser user, boolean open, int page, int size) {
		boolean socialWorker = isSocialWorker(user);
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
		Row row = row(signalId);
		if (!row.reporterId().equals(user.id())) {
			throw new NotFound("signal");
		}
		return new SignalViews.ReporterView(row.id(), row.status().forReporter(), row.createdAt());
	}

	/** The social team's queue: open signals first, the earliest deadline on top. */
	@Transactional(readOnly = true)
	public Page<SignalViews.QueueItem> queue(CurrentUser user, boolean open, int page, int size) {
		if (!isSocialWorker(user)) {
			throw new Refused("signal.queue.refused");
		}
		String filter = " where corporation_id = :corp and " + (open ? "status <> :closed" : "status = :closed");
		long total = jdbc.sql("select count(*) from signal" + filter).param("corp", user.organisationId()).param("closed", SignalStatus.CLOSED.name())
			.query(Long.class).single();
		List<Row> rows = jdbc.sql(SELECT + filter + (open ? " order by due_at, id" : " order by closed_at desc, id") + Page.window(page, size))
			.param("corp", user.organisationId())
			.param("closed", SignalStatus.CLOSED.name())
			.query(SignalManagement::map)
			.list();
		Map<UUID, String> names = projects.namesOf(rows.stream().map(Row::projectId).collect(Collectors.toSet()));
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
		Map<UUID, String> addresses = projects.addressesOf(lines.stream().map(Line::dwellingId).filter(Objects::nonNull).collect(Collectors.toSet()));
		List<SignalViews.ReferralView> items = lines.stream()
			.map(l -> new SignalViews.ReferralView(l.signalId(), l.referralId(), names.get(l.projectId()),
					l.dwellingId() == null ? null : addresses.get(l.dwellingId()), categories(l.categories()), l.urgency(), l.observation(),
					l.lawfulBasis(), l.consentDate(), l.justification(), l.referredAt(), l.outcome(), l.outcomeNote()))
			.toList();
		return new Page<>(items, page, size, total);
	}

	/** What the user may read of one signal: the full detail, a referral, or only the status. Logs the read of details. */
	@Transactional
	public Object read(CurrentUser user, UUID signalId, String reason) {
		Row row = row(signalId);
		if (socialTeam(user, row.corporationId())) {
			return detail(user, row, reason);
		}
		Optional<SignalViews.ReferralView> referral = referralView(user, signalId, true);
		if (referral.isPresent()) {
			return referral.get();
		}
		if (row.reporterId().equals(user.id())) {
			return new SignalViews.ReporterView(row.id(), row.status().forReporter(), row.createdAt());
		}
		if (corporationStaff(user, row.corporationId())) {
			throw new Refused("signal.details.refused");
		}
		throw new NotFound("signal");
	}

	private SignalViews.Detail detail(CurrentUser user, Row row, String reason) {
		if (row.status() == SignalStatus.CLOSED && (reason == null || reason.isBlank())) {
			// Looking into a closed case needs a stated reason; it goes into the access log.
			throw new InvalidInput("reason", "signal.reason.required");
		}
		log(row.id(), row.corporationId(), user, "VIEWED", reason == null || reason.isBlank() ? null : reason.strip());
		List<SignalViews.Contact> contacts = jdbc.sql("""
				select recorded_at, recorded_by, response, note from signal_contact where signal_id = :s order by recorded_at limit 200""")
			.param("s", row.id())
			.query((rs, n) -> new SignalViews.Contact(rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("recorded_by", UUID.class).toString(),
					ContactResponse.valueOf(rs.getString("response")), rs.getString("note")))
			.list();
		List<ReferralRow> referralRows = referralRows(row.id());
		Set<UUID> people = new HashSet<>();
		contacts.forEach(c -> people.add(UUID.fromString(c.recordedBy())));
		if (row.pickedUpBy() != null) {
			people.add(row.pickedUpBy());
		}
		Map<UUID, String> names = users.names(people);
		Map<UUID, OrganisationView> institutions = organisations.byIds(referralRows.stream().map(ReferralRow::organisationId).collect(Collectors.toSet()));
		String address = row.dwellingId() == null ? null : projects.addressesOf(List.of(row.dwellingId())).get(row.dwellingId());
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

	record ReferralRow(UUID id, UUID organisationId, LawfulBasis lawfulBasis, boolean explicitConsent, LocalDate consentDate, String justification,
			OffsetDateTime referredAt, OffsetDateTime consentWithdrawnAt, ReferralOutcome outcome, String outcomeNote, OffsetDateTime outcomeAt) {
	}

	private List<ReferralRow> referralRows(UUID signalId) {
		return jdbc.sql("""
				select id, organisation_id, lawful_basis, explicit_consent, consent_date, justification, referred_at, consent_withdrawn_at, outcome,
				       outcome_note, outcome_at from referral where signal_id = :s order by referred_at""")
			.param("s", signalId)
			.query(ReferralRow.class)
			.list();
	}

	/** The case worker's view of a referral to their institution, if it is addressed to them and consent stands. */
	private Optional<SignalViews.ReferralView> referralView(CurrentUser user, UUID signalId, boolean logRead) {
		if (!user.has(Role.CASE_WORKER)) {
			return Optional.empty();
		}
		Optional<ReferralRow> referral = referralRows(signalId).stream()
			.filter(r -> r.organisationId().equals(user.organisationId()) && r.consentWithdrawnAt() == null)
			.reduce((first, second) -> second);
		if (referral.isEmpty()) {
			return Optional.empty();
		}
		Row row = row(signalId);
		if (logRead) {
			log(signalId, row.corporationId(), user, "VIEWED", null);
		}
		ReferralRow r = referral.get();
		String address = row.dwellingId() == null ? null : projects.addressesOf(List.of(row.dwellingId())).get(row.dwellingId());
		return Optional.of(new SignalViews.ReferralView(signalId, r.id(), projects.namesOf(List.of(row.projectId())).get(row.projectId()), address,
				row.categories(), row.urgency(), row.observation(), r.lawfulBasis(), r.consentDate(), r.justification(), r.referredAt(), r.outcome(),
				r.outcomeNote()));
	}

	private Row row(UUID signalId) {
		return jdbc.sql(SELECT + " where id = :id").param("id", signalId).query(SignalManagement::map).optional()
			.orElseThrow(() -> new NotFound("signal"));
	}

	// --- follow-up ---------------------------------------------------------------------------

	/**
	 * One step of the follow-up. Who may act is decided here; whether the step may follow, what it needs and what
	 * it changes is the {@link Signal}'s. Its events are published in this transaction (the registry keeps them for
	 * the listeners), and the step is in the access log.
	 */
	@Transactional
	public void transition(CurrentUser user, UUID signalId, TransitionInput input) {
		Row row = jdbc.sql(SELECT + " where id = :id").param("id", signalId).query(SignalManagement::map).optional()
			.orElseThrow(() -> new NotFound("signal"));
		boolean team = socialTeam(user, row.corporationId());
		boolean recipient = user.has(Role.CASE_WORKER) && referralRows(signalId).stream()
			.anyMatch(r -> r.organisationId().equals(user.organisationId()) && r.consentWithdrawnAt() == null);
		boolean mayAct = switch (input.action()) {
			case REPORT_BACK -> recipient;
			case WITHDRAW_CONSENT -> team || recipient;
			default -> team;
		};
		if (!mayAct) {
			if (team || recipient || row.reporterId().equals(user.id()) || corporationStaff(user, row.corporationId())) {
				throw new Refused("signal.transition.refused");
			}
			throw new NotFound("signal");
		}
		Signal signal = repository.lockedForUpdate(signalId);
		boolean receivesReferrals = input.organisationId() != null && organisations.find(input.organisationId())
			.filter(OrganisationView::active).filter(o -> receivesReferrals(o.type())).isPresent();
		signal.apply(input, user.id(), OffsetDateTime.now(clock), LocalDate.now(clock), receivesReferrals, team, user.organisationId());
		repository.save(signal);
		signal.events().forEach(events::publishEvent);
		log(signalId, row.corporationId(), user, input.action().name(), null);
	}

	/** Welfare, care and the municipality receive referrals; schools and companies do not. */
	public static boolean receivesReferrals(OrganisationType type) {
		return type == OrganisationType.WELFARE || type == OrganisationType.CARE || type == OrganisationType.MUNICIPALITY;
	}

	/** Institutions a social worker can refer to. */
	@Transactional(readOnly = true)
	public List<OrganisationView> institutions(CurrentUser user) {
		if (!isSocialWorker(user)) {
			throw new Refused("signal.queue.refused");
		}
		return organisations.activeForPicking(user).stream().filter(o -> receivesReferrals(o.type())).toList();
	}

	// --- access log, settings, notices ----------------------------------------------------------

	private void log(UUID signalId, UUID corporationId, CurrentUser user, String action, String reason) {
		jdbc.sql("insert into signal_access (signal_id, corporation_id, user_id, action, reason, at) values (:s, :c, :u, :a, :r, :at)")
			.param("s", signalId).param("c", corporationId).param("u", user.id()).param("a", action).param("r", reason)
			.param("at", OffsetDateTime.now(clock)).update();
	}

	@Transactional(readOnly = true)
	public Page<SignalViews.AccessEntry> accessLog(CurrentUser user, int page, int size) {
		if (!readsAccessLog(user)) {
			throw new Refused("signal.log.refused");
		}
		long total = jdbc.sql("select count(*) from signal_access where corporation_id = :c").param("c", user.organisationId()).query(Long.class).single();
		record Line(OffsetDateTime at, UUID userId, String action, UUID signalId, String reason) {
		}
		List<Line> lines = jdbc.sql("""
				select at, user_id, action, signal_id, reason from signal_access where corporation_id = :c order by at desc, id desc""" + Page.window(page, size))
			.param("c", user.organisationId())
			.query(Line.class).list();
		Map<UUID, String> names = users.names(lines.stream().map(Line::userId).collect(Collectors.toSet()));
		return new Page<>(lines.stream().map(l -> new SignalViews.AccessEntry(l.at(), names.getOrDefault(l.userId(), "?"), l.action(), l.signalId(),
				l.reason())).toList(), page, size, total);
	}

	@Transactional(readOnly = true)
	public SignalSettings settings() {
		return jdbc.sql("select triage_days, urgent_days, retention_months from signal_settings where id = 1").query(SignalSettings.class).single();
	}

	@Transactional
	public void updateSettings(CurrentUser admin, SignalSettings settings) {
		if (!admin.has(Role.ADMIN)) {
			throw new Refused("access.adminOnly");
		}
		jdbc.sql("update signal_settings set triage_days = :t, urgent_days = :u, retention_months = :r, updated_at = now() where id = 1")
			.param("t", settings.triageDays()).param("u", settings.urgentDays()).param("r", settings.retentionMonths()).update();
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

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
