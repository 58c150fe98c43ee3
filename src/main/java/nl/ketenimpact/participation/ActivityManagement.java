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
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
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
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into activity (id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents,
				                      staff_volunteer_hours, parental_consents, created_by)
				values (:id, :p, :o, :type, :title, :on, :partners, :c, :a, :r, :h, :pc, :u)""")
			.param("id", id).param("p", projectId).param("o", organiser).param("type", input.type().name()).param("title", input.title().strip())
			.param("on", input.heldOn()).param("partners", partners.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")))
			.param("c", input.children()).param("a", input.adults()).param("r", input.residents()).param("h", input.staffVolunteerHours())
			.param("pc", input.parentalConsents()).param("u", user.id()).update();
		audit.record(user.id(), "ACTIVITY_RECORDED", "project", projectId, input.type().name());
		return id;
	}

	@Transactional(readOnly = true)
	public Page<ActivityView> list(CurrentUser user, UUID projectId, int page, int size) {
		projects.access(user, projectId);
		long total = jdbc.sql("select count(*) from activity where project_id = :p").param("p", projectId).query(Long.class).single();
		record Row(UUID id, UUID projectId, UUID organiserId, ActivityType type, String title, LocalDate heldOn, String partnerIds, int children,
				int adults, int residents, BigDecimal staffVolunteerHours, int parentalConsents) {
		}
		List<Row> rows = jdbc.sql("""
				select id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents, staff_volunteer_hours,
				       parental_consents from activity where project_id = :p order by held_on desc, id""" + Page.window(page, size))
			.param("p", projectId).query(Row.class).list();
		Set<UUID> ids = new HashSet<>();
		rows.forEach(r -> {
			ids.add(r.organiserId());
			ids.addAll(split(r.partnerIds()));
		});
		Map<UUID, OrganisationView> names = organisations.byIds(ids);
		return new Page<>(rows.stream().map(r -> new ActivityView(r.id(), r.projectId(), name(names, r.organiserId()), r.type(), r.title(), r.heldOn(),
				split(r.partnerIds()).stream().map(id -> name(names, id)).toList(), r.children(), r.adults(), r.residents(), r.staffVolunteerHours(),
				r.parentalConsents())).toList(), page, size, total);
	}

	private static List<UUID> split(String ids) {
		return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
	}

	private static String name(Map<UUID, OrganisationView> names, UUID id) {
		return names.containsKey(id) ? names.get(id).name() : "?";
	}
}
