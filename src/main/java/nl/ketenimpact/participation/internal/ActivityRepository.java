package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.participation.ActivityInput;
import nl.ketenimpact.participation.ActivityStatus;
import nl.ketenimpact.participation.ActivityType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The activity table: planned and held activities, and {@link Activity} loaded locked — the one writer of their states. */
@Repository
public class ActivityRepository {

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An activity as stored; {@code partnerIds} comma-separated. */
	public record Row(UUID id, UUID projectId, UUID organiserId, ActivityType type, String title, LocalDate heldOn, String partnerIds, int children,
			int adults, int residents, BigDecimal staffVolunteerHours, int parentalConsents, ActivityStatus status) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void insertHeld(UUID id, UUID projectId, UUID organiser, ActivityInput input, Set<UUID> partners, UUID userId) {
		jdbc.sql("""
				insert into activity (id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents,
				                      staff_volunteer_hours, parental_consents, created_by, status)
				values (:id, :p, :o, :type, :title, :on, :partners, :c, :a, :r, :h, :pc, :u, :status)""")
			.param("id", id).param("p", projectId).param("o", organiser).param("type", input.type().name()).param("title", input.title().strip())
			.param("on", input.heldOn()).param("partners", joined(partners))
			.param("c", input.children()).param("a", input.adults()).param("r", input.residents()).param("h", input.staffVolunteerHours())
			.param("pc", input.parentalConsents()).param("u", userId).param("status", ActivityStatus.HELD.name()).update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void insertPlanned(UUID id, UUID projectId, UUID organiser, ActivityType type, String title, LocalDate on, UUID userId) {
		jdbc.sql("""
				insert into activity (id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents,
				                      staff_volunteer_hours, parental_consents, created_by, status)
				values (:id, :p, :o, :type, :title, :on, '', 0, 0, 0, 0, 0, :u, :status)""")
			.param("id", id).param("p", projectId).param("o", organiser).param("type", type.name()).param("title", title).param("on", on)
			.param("u", userId).param("status", ActivityStatus.PLANNED.name()).update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Activity> lockedForUpdate(UUID id) {
		return jdbc.sql("select id, project_id, status from activity where id = :id for update").param("id", id)
			.query((rs, n) -> new Activity(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					ActivityStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	/** What was held, with its attendance. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void saveHeld(Activity activity, ActivityInput input, Set<UUID> partners) {
		jdbc.sql("""
				update activity set type = :type, title = :title, held_on = :on, partner_ids = :partners, children = :c, adults = :a, residents = :r,
				       staff_volunteer_hours = :h, parental_consents = :pc, status = :status
				where id = :id""")
			.param("id", activity.id()).param("type", input.type().name()).param("title", input.title().strip()).param("on", input.heldOn())
			.param("partners", joined(partners)).param("c", input.children()).param("a", input.adults()).param("r", input.residents())
			.param("h", input.staffVolunteerHours()).param("pc", input.parentalConsents()).param("status", ActivityStatus.HELD.name()).update();
	}

	public Optional<Row> planned(UUID projectId, UUID id) {
		return jdbc.sql("select * from activity where id = :id and project_id = :p and status = :planned").param("id", id).param("p", projectId)
			.param("planned", ActivityStatus.PLANNED.name()).query(Row.class).optional();
	}

	public long count(UUID projectId) {
		return jdbc.sql("select count(*) from activity where project_id = :p").param("p", projectId).query(Long.class).single();
	}

	/** Planned ones first (soonest first), then those held, newest first. */
	public List<Row> page(UUID projectId, String window) {
		return jdbc.sql("""
				select id, project_id, organiser_id, type, title, held_on, partner_ids, children, adults, residents, staff_volunteer_hours,
				       parental_consents, status from activity where project_id = :p
				order by status = :planned desc, case when status = :planned then held_on end, held_on desc, id""" + window)
			.param("p", projectId).param("planned", ActivityStatus.PLANNED.name()).query(Row.class).list();
	}

	private static String joined(Set<UUID> partners) {
		return partners.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
	}
}
