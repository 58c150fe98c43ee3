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
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activities of a project, recorded by the corporation or a partner lead; everyone on the project sees them. */
@Service
public class ActivityManagement {

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final AuditLog audit;

	private final Clock clock;

	ActivityManagement(JdbcClient jdbc, ProjectManagement projects, OrganisationManagement organisations, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public UUID record(CurrentUser user, UUID projectId, ActivityInput input) {
		ProjectAccess access = projects.access(user, projectId);
		UUID organiser = OpportunityManagement.publisherOrganisation(access).orElseThrow(() -> new Refused("activity.refused"));
		Set<UUID> partners = checked(access, input);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into activity (id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents,
				                      staff_volunteer_hours, parental_consents, created_by, status)
				values (:id, :p, :o, :type, :title, :on, :partners, :c, :a, :r, :h, :pc, :u, 'HELD')""")
			.param("id", id).param("p", projectId).param("o", organiser).param("type", input.type().name()).param("title", input.title().strip())
			.param("on", input.heldOn()).param("partners", joined(partners))
			.param("c", input.children()).param("a", input.adults()).param("r", input.residents()).param("h", input.staffVolunteerHours())
			.param("pc", input.parentalConsents()).param("u", user.id()).update();
		audit.record(user.id(), "ACTIVITY_RECORDED", "project", projectId, input.type().name());
		return id;
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
		jdbc.sql("""
				insert into activity (id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents,
				                      staff_volunteer_hours, parental_consents, created_by, status)
				values (:id, :p, :o, :type, :title, :on, '', 0, 0, 0, 0, 0, :u, 'PLANNED')""")
			.param("id", id).param("p", projectId).param("o", organiser).param("type", type.name())
			.param("title", title.length() > 120 ? title.substring(0, 120) : title).param("on", on).param("u", user.id()).update();
		audit.record(user.id(), "ACTIVITY_PLANNED", "project", projectId, type.name());
		return id;
	}

	/** Records a planned activity as held, with its attendance: the same rules as {@link #record}; once held it cannot be held again. */
	@Transactional
	public void hold(CurrentUser user, UUID activityId, ActivityInput input) {
		UUID projectId = jdbc.sql("select project_id from activity where id = :id").param("id", activityId).query(UUID.class).optional()
			.orElseThrow(() -> new NotFound("activity"));
		ProjectAccess access = projects.access(user, projectId);
		OpportunityManagement.publisherOrganisation(access).orElseThrow(() -> new Refused("activity.refused"));
		Set<UUID> partners = checked(access, input);
		int held = jdbc.sql("""
				update activity set type = :type, title = :title, held_on = :on, partner_ids = :partners, children = :c, adults = :a, residents = :r,
				       staff_volunteer_hours = :h, parental_consents = :pc, status = 'HELD'
				where id = :id and status = 'PLANNED'""")
			.param("id", activityId).param("type", input.type().name()).param("title", input.title().strip()).param("on", input.heldOn())
			.param("partners", joined(partners)).param("c", input.children()).param("a", input.adults()).param("r", input.residents())
			.param("h", input.staffVolunteerHours()).param("pc", input.parentalConsents()).update();
		if (held == 0) {
			throw new Conflict("activity.alreadyHeld");
		}
		audit.record(user.id(), "ACTIVITY_RECORDED", "project", projectId, input.type().name());
	}

	/** A planned activity of the project, to record it as held; not found when it is another project's or held already. */
	@Transactional(readOnly = true)
	public ActivityView planned(CurrentUser user, UUID projectId, UUID activityId) {
		projects.access(user, projectId);
		record Row(UUID id, ActivityType type, String title, LocalDate heldOn, String partnerIds) {
		}
		Row row = jdbc.sql("select id, type, title, held_on, partner_ids from activity where id = :id and project_id = :p and status = 'PLANNED'")
			.param("id", activityId).param("p", projectId).query(Row.class).optional().orElseThrow(() -> new NotFound("activity"));
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

	private static String joined(Set<UUID> partners) {
		return partners.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
	}

	@Transactional(readOnly = true)
	public Page<ActivityView> list(CurrentUser user, UUID projectId, int page, int size) {
		projects.access(user, projectId);
		long total = jdbc.sql("select count(*) from activity where project_id = :p").param("p", projectId).query(Long.class).single();
		record Row(UUID id, UUID projectId, UUID organiserId, ActivityType type, String title, LocalDate heldOn, String partnerIds, int children,
				int adults, int residents, BigDecimal staffVolunteerHours, int parentalConsents, ActivityStatus status) {
		}
		// Planned ones first (soonest first), then those held, newest first.
		List<Row> rows = jdbc.sql("""
				select id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents, staff_volunteer_hours,
				       parental_consents, status from activity where project_id = :p
				order by status desc, case when status = 'PLANNED' then held_on end, held_on desc, id""" + Page.window(page, size))
			.param("p", projectId).query(Row.class).list();
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
