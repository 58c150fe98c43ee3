package nl.ketenimpact.participation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.participation.internal.Activity;
import nl.ketenimpact.participation.internal.ActivityRepository;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;

import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.Idempotency;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activities of a project, recorded by the corporation or a partner lead; everyone on the project sees them. */
@Service
public class ActivityManagement {

	private final ActivityRepository repository;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Idempotency idempotency;

	ActivityManagement(ActivityRepository repository, ProjectManagement projects, OrganisationManagement organisations, AuditLog audit, Clock clock,
			ApplicationEventPublisher events, Idempotency idempotency) {
		this.idempotency = idempotency;
		this.repository = repository;
		this.events = events;
		this.projects = projects;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public UUID record(CurrentUser user, UUID projectId, ActivityInput input) {
		return record(user, projectId, input, null).id();
	}

	/**
	 * Records a held activity, once per {@code idempotencyKey} (null: none): a phone that sends a queued activity again
	 * gets the one it made the first time.
	 */
	@Transactional
	public Idempotency.Outcome record(CurrentUser user, UUID projectId, ActivityInput input, String idempotencyKey) {
		ProjectAccess access = projects.access(user, projectId);
		UUID organiser = recorder(access).orElseThrow(() -> new Refused("activity.refused"));
		Set<UUID> partners = checked(access, input);
		record Request(UUID projectId, ActivityInput input) {
		}
		return idempotency.once(user.id(), idempotencyKey, "record-activity", new Request(projectId, input), () -> {
			UUID id = UUID.randomUUID();
			repository.insertHeld(id, projectId, organiser, input, partners, user.id());
			events.publishEvent(new ActivityHeld(id, projectId, input.type()));
			audit.record(user.id(), "ACTIVITY_RECORDED", "project", projectId, input.type().name());
			return id;
		});
	}

	/**
	 * Who records that an activity was held, and for which organisation: those who publish in the project, and a site
	 * worker of the corporation or of a partner in it (the excursion they just led), for their own organisation.
	 */
	public static java.util.Optional<UUID> recorder(ProjectAccess access) {
		java.util.Optional<UUID> publisher = OpportunityManagement.publisherOrganisation(access);
		if (publisher.isPresent() || !access.user().has(nl.ketenimpact.organisation.Role.FIELD_WORKER)) {
			return publisher;
		}
		if (access.corporationStaff()) {
			return java.util.Optional.of(access.project().corporationId());
		}
		return java.util.Optional.ofNullable(access.partnerOrganisationId());
	}

	/**
	 * Plans an activity (from a copied practice): its type, name and date, no attendance; it counts nowhere until
	 * {@link #hold} records it. The date is {@code plannedOn}, or a month from today when that lies in the past.
	 */
	@Transactional
	public UUID plan(CurrentUser user, UUID projectId, ActivityType type, String title, LocalDate plannedOn) {
		ProjectAccess access = projects.access(user, projectId);
		UUID organiser = OpportunityManagement.publisherOrganisation(access).orElseThrow(() -> new Refused("activity.refused"));
		LocalDate today = LocalDate.now(clock);
		LocalDate on = plannedOn == null || plannedOn.isBefore(today) ? today.plusMonths(1) : plannedOn;
		UUID id = UUID.randomUUID();
		repository.insertPlanned(id, projectId, organiser, type, title.length() > 120 ? title.substring(0, 120) : title, on, user.id());
		audit.record(user.id(), "ACTIVITY_PLANNED", "project", projectId, type.name());
		return id;
	}

	/** Records a planned activity as held, with its attendance: the same rules as {@link #record}; once held it cannot be held again. */
	@Transactional
	public void hold(CurrentUser user, UUID activityId, ActivityInput input) {
		Activity activity = repository.lockedForUpdate(activityId).orElseThrow(() -> new NotFound("activity"));
		UUID projectId = activity.projectId();
		ProjectAccess access = projects.access(user, projectId);
		recorder(access).orElseThrow(() -> new Refused("activity.refused"));
		Set<UUID> partners = checked(access, input);
		ActivityHeld held = activity.hold(input);
		repository.saveHeld(activity, input, partners);
		events.publishEvent(held);
		audit.record(user.id(), "ACTIVITY_RECORDED", "project", projectId, input.type().name());
	}

	/** A planned activity of the project, to record it as held; not found when it is another project's or held already. */
	@Transactional(readOnly = true)
	public ActivityView planned(CurrentUser user, UUID projectId, UUID activityId) {
		projects.access(user, projectId);
		ActivityRepository.Row row = repository.planned(projectId, activityId).orElseThrow(() -> new NotFound("activity"));
		return new ActivityView(row.id(), projectId, null, row.type(), row.title(), row.heldOn(), List.of(), 0, 0, 0, BigDecimal.ZERO, 0,
				ActivityStatus.PLANNED, split(row.partnerIds()));
	}

	/** The rules for an activity that was held: partners of the project, consents for children on site, not in the future. */
	private Set<UUID> checked(ProjectAccess access, ActivityInput input) {
		Set<UUID> partners = input.partnerIds() == null ? Set.of() : input.partnerIds();
		List<FieldMessage> errors = new ArrayList<>();
		if (!projects.contractValues(access).keySet().containsAll(partners)) {
			errors.add(new FieldMessage("partnerIds", "commitment.partner.notInProject"));
		}
		if (input.parentalConsents() > input.children()) {
			errors.add(new FieldMessage("parentalConsents", "activity.consents.moreThanChildren"));
		}
		if (input.type() == ActivityType.SITE_EXCURSION && input.children() > 0 && input.parentalConsents() < input.children()) {
			errors.add(new FieldMessage("parentalConsents", "activity.consents.required"));
		}
		if (input.heldOn().isAfter(LocalDate.now(clock))) {
			errors.add(new FieldMessage("heldOn", "progress.occurredOn.future"));
		}
		InvalidInput.throwIfAny(errors);
		return partners;
	}

	@Transactional(readOnly = true)
	public Page<ActivityView> list(CurrentUser user, UUID projectId, int page, int size) {
		projects.access(user, projectId);
		long total = repository.count(projectId);
		List<ActivityRepository.Row> rows = repository.page(projectId, Page.window(page, size));
		Set<UUID> ids = new HashSet<>();
		rows.forEach(r -> {
			ids.add(r.organiserId());
			ids.addAll(split(r.partnerIds()));
		});
		Map<UUID, OrganisationView> names = organisations.byIds(ids);
		return new Page<>(rows.stream().map(r -> new ActivityView(r.id(), r.projectId(), name(names, r.organiserId()), r.type(), r.title(), r.heldOn(),
				split(r.partnerIds()).stream().map(id -> name(names, id)).toList(), r.children(), r.adults(), r.residents(), r.staffVolunteerHours(),
				r.parentalConsents(), r.status(), split(r.partnerIds()))).toList(), page, size, total);
	}

	private static List<UUID> split(String ids) {
		return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
	}

	private static String name(Map<UUID, OrganisationView> names, UUID id) {
		return names.containsKey(id) ? names.get(id).name() : "?";
	}
}
