package nl.ketenimpact.signal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.Idempotency;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.signal.internal.SignalAccessLog;
import nl.ketenimpact.signal.internal.SignalRepository;
import nl.ketenimpact.signal.internal.SignalRoles;
import nl.ketenimpact.signal.internal.WorkingDays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking in zorgsignalen: field workers and the social team register one in a project they work in, with a deadline
 * in working days from the settings ({@link SignalRoles} says who may do what).
 */
@Service
public class SignalIntake {

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final SignalRepository repository;

	private final SignalAccessLog accessLog;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Idempotency idempotency;

	SignalIntake(JdbcClient jdbc, SignalRepository repository, SignalAccessLog accessLog, ProjectManagement projects, Dwellings dwellings,
			ApplicationEventPublisher events, Clock clock, Idempotency idempotency) {
		this.idempotency = idempotency;
		this.jdbc = jdbc;
		this.repository = repository;
		this.accessLog = accessLog;
		this.projects = projects;
		this.dwellings = dwellings;
		this.events = events;
		this.clock = clock;
	}

	/** Field workers (of the corporation or a chain partner) and the social team register signals. */
	public boolean canRegister(CurrentUser user) {
		return SignalRoles.registers(user);
	}

	@Transactional
	public UUID register(CurrentUser user, UUID projectId, SignalInput input) {
		return register(user, projectId, input, null).id();
	}

	/**
	 * As {@link #register(CurrentUser, UUID, SignalInput)}, once per {@code idempotencyKey} (null: none): a phone that
	 * sends a queued signal again gets the signal it made the first time, and no second one.
	 */
	@Transactional
	public Idempotency.Outcome register(CurrentUser user, UUID projectId, SignalInput input, String idempotencyKey) {
		ProjectAccess access = projects.access(user, projectId);
		if (!SignalRoles.registers(user)) {
			throw new Refused("signal.register.refused");
		}
		record Request(UUID projectId, SignalInput input) {
		}
		return idempotency.once(user.id(), idempotencyKey, "register-signal", new Request(projectId, input), () -> create(user, access, input));
	}

	private UUID create(CurrentUser user, ProjectAccess access, SignalInput input) {
		UUID projectId = access.project().id();
		if (input.dwellingId() != null) {
			try {
				dwellings.get(user, projectId, input.dwellingId());
			}
			catch (NotFound ex) {
				throw new InvalidInput("dwellingId", "signal.dwelling.unknown");
			}
		}
		SignalSettings settings = settings();
		ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(DUTCH);
		int days = input.urgency().isUrgent() ? settings.urgentDays() : settings.triageDays();
		UUID id = UUID.randomUUID();
		repository.insert(id, projectId, access.project().corporationId(), new SignalRepository.CurrentUserRef(user.id(), user.organisationId()), input,
				now.toOffsetDateTime(), WorkingDays.add(now, days).toOffsetDateTime());
		events.publishEvent(new SignalReceived(id, projectId, access.project().corporationId(), input.urgency()));
		accessLog.log(id, access.project().corporationId(), user, "REGISTERED", null);
		return id;
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
}
