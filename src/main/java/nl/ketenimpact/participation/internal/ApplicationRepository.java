package nl.ketenimpact.participation.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The application table: reads for the pages and {@link Application} loaded locked and saved, the one writer of its states. */
@Repository
class ApplicationRepository {

	private static final String COLUMNS = "a.id, a.opportunity_id, a.applicant_id, a.candidate_ref, a.motivation, a.availability, a.status, "
			+ "a.decision_reason, a.created_at";

	private final JdbcClient jdbc;

	ApplicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An application as stored. */
	record Row(UUID id, UUID opportunityId, UUID applicantId, String candidateRef, String motivation, String availability,
			ApplicationStatus status, String decisionReason, OffsetDateTime createdAt) {
	}

	/** A new application; a second one of the same applicant to the same opportunity is a {@code DuplicateKeyException}. */
	@Transactional(propagation = Propagation.MANDATORY)
	void insert(UUID id, UUID opportunityId, UUID applicantId, String candidateRef, ApplicationInput input) {
		jdbc.sql("""
				insert into application (id, opportunity_id, applicant_id, candidate_ref, motivation, availability, status)
				values (:id, :o, :u, :ref, :m, :a, :status)""")
			.param("id", id).param("o", opportunityId).param("u", applicantId).param("ref", candidateRef)
			.param("m", input.motivation().strip()).param("a", input.availability().strip())
			.param("status", ApplicationStatus.SUBMITTED.name()).update();
	}

	List<Row> ofOpportunity(UUID opportunityId) {
		return jdbc.sql("select " + COLUMNS + " from application a where a.opportunity_id = :o order by a.created_at limit 500")
			.param("o", opportunityId).query(Row.class).list();
	}

	List<Row> ofApplicant(UUID userId) {
		return jdbc.sql("select " + COLUMNS + " from application a where a.applicant_id = :u order by a.created_at desc limit 200")
			.param("u", userId).query(Row.class).list();
	}

	Map<UUID, String> opportunityTitles(Collection<UUID> opportunityIds) {
		Map<UUID, String> titles = new HashMap<>();
		if (!opportunityIds.isEmpty()) {
			jdbc.sql("select id, title from opportunity where id in (:ids)").param("ids", opportunityIds)
				.query((rs, n) -> titles.put(rs.getObject("id", UUID.class), rs.getString("title"))).list();
		}
		return titles;
	}

	Map<UUID, UUID> placements(Collection<UUID> applicationIds) {
		Map<UUID, UUID> placements = new HashMap<>();
		if (!applicationIds.isEmpty()) {
			jdbc.sql("select application_id, id from placement where application_id in (:ids)").param("ids", applicationIds)
				.query((rs, n) -> placements.put(rs.getObject("application_id", UUID.class), rs.getObject("id", UUID.class))).list();
		}
		return placements;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Application> lockedForUpdate(UUID id) {
		return jdbc.sql("select id, opportunity_id, applicant_id, status from application where id = :id for update").param("id", id)
			.query((rs, n) -> new Application(rs.getObject("id", UUID.class), rs.getObject("opportunity_id", UUID.class),
					rs.getObject("applicant_id", UUID.class), ApplicationStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void saveDecision(Application application, UUID userId) {
		jdbc.sql("update application set status = :s, decision_reason = :r, decided_by = :u, decided_at = now() where id = :id")
			.param("s", application.status().name()).param("r", application.reason()).param("u", userId).param("id", application.id()).update();
	}
}
