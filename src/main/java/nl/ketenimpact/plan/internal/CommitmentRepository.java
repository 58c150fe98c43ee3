package nl.ketenimpact.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.plan.CommitmentInput;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.CommitmentStatus;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.ProgressEntryView;
import nl.ketenimpact.plan.ProgressInput;
import nl.ketenimpact.plan.Theme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitment and progress_entry tables: the plan's rows, manual progress, and {@link CommitmentProposal} loaded
 * locked and saved — the one writer of a commitment's states.
 */
@Repository
public class CommitmentRepository {

	private static final String SELECT = """
			select id, project_id, partner_organisation_id, theme, description, metric, target, due_date, status, decision_reason,
			       created_at from commitment""";

	private final JdbcClient jdbc;

	CommitmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A commitment as stored. */
	public record Row(UUID id, UUID projectId, UUID partnerOrganisationId, Theme theme, String description, Metric metric, BigDecimal target,
			LocalDate dueDate, CommitmentStatus status, String decisionReason, OffsetDateTime createdAt) {
	}

	/** Everything of a project except what was declined. */
	public List<Row> notDeclined(UUID projectId) {
		return jdbc.sql(SELECT + " where project_id = :p and status <> :declined order by theme, created_at limit 1000").param("p", projectId)
			.param("declined", CommitmentStatus.DECLINED.name()).query(Row.class).list();
	}

	public List<Row> declined(UUID projectId) {
		return jdbc.sql(SELECT + " where project_id = :p and status = :declined order by created_at desc limit 100").param("p", projectId)
			.param("declined", CommitmentStatus.DECLINED.name()).query(Row.class).list();
	}

	public List<Row> accepted(UUID projectId) {
		return jdbc.sql(SELECT + " where project_id = :p and status = :accepted order by theme, created_at limit 1000").param("p", projectId)
			.param("accepted", CommitmentStatus.ACCEPTED.name()).query(Row.class).list();
	}

	public List<Row> accepted(Collection<UUID> projectIds, UUID partnerId, Theme theme) {
		return jdbc.sql(SELECT + " where project_id in (:ids) and status = :accepted"
				+ (partnerId == null ? "" : " and partner_organisation_id = :partner") + (theme == null ? "" : " and theme = :theme"))
			.param("ids", projectIds)
			.param("accepted", CommitmentStatus.ACCEPTED.name())
			.param("partner", partnerId)
			.param("theme", theme == null ? null : theme.name())
			.query(Row.class)
			.list();
	}

	public List<CommitmentManagement.Wording> acceptedWordings(Collection<UUID> projectIds, Set<Theme> themes, int limit) {
		return jdbc.sql("""
				select theme, description, metric, target, due_date from commitment
				where project_id in (:ids) and status = :accepted and theme in (:themes) order by created_at desc limit :limit""")
			.param("ids", projectIds)
			.param("accepted", CommitmentStatus.ACCEPTED.name())
			.param("themes", themes.stream().map(Theme::name).toList())
			.param("limit", limit)
			.query(CommitmentManagement.Wording.class)
			.list();
	}

	public Optional<Row> find(UUID projectId, UUID id) {
		return jdbc.sql(SELECT + " where id = :id and project_id = :p").param("id", id).param("p", projectId).query(Row.class).optional();
	}

	public Optional<UUID> projectOf(UUID id) {
		return jdbc.sql("select project_id from commitment where id = :id").param("id", id).query(UUID.class).optional();
	}

	/** Manual progress per commitment of the projects. */
	public Map<UUID, BigDecimal> manualTotals(Collection<UUID> projectIds) {
		Map<UUID, BigDecimal> manual = new HashMap<>();
		jdbc.sql("""
				select e.commitment_id, sum(e.amount) as total from progress_entry e join commitment c on c.id = e.commitment_id
				where c.project_id in (:ids) group by e.commitment_id""")
			.param("ids", projectIds)
			.query((rs, n) -> manual.put(rs.getObject("commitment_id", UUID.class), rs.getBigDecimal("total")))
			.list();
		return manual;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(UUID id, UUID projectId, CommitmentInput input, UUID partnerId, CommitmentStatus status, UUID userId) {
		jdbc.sql("""
				insert into commitment (id, project_id, partner_organisation_id, theme, description, metric, target, due_date, status, created_by)
				values (:id, :p, :partner, :theme, :description, :metric, :target, :due, :status, :user)""")
			.param("id", id)
			.param("p", projectId)
			.param("partner", partnerId)
			.param("theme", input.theme().name())
			.param("description", input.description().strip())
			.param("metric", input.metric().name())
			.param("target", input.target())
			.param("due", input.dueDate())
			.param("status", status.name())
			.param("user", userId)
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<CommitmentProposal> lockedProposal(UUID projectId, UUID id) {
		return jdbc.sql("select id, project_id, partner_organisation_id, status from commitment where id = :id and project_id = :p for update")
			.param("id", id)
			.param("p", projectId)
			.query((rs, n) -> new CommitmentProposal(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getObject("partner_organisation_id", UUID.class), CommitmentStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void saveDecision(CommitmentProposal proposal, UUID userId) {
		jdbc.sql("update commitment set status = :status, decided_by = :user, decided_at = now(), decision_reason = :reason where id = :id")
			.param("id", proposal.id())
			.param("status", proposal.status().name())
			.param("user", userId)
			.param("reason", proposal.reason())
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public UUID insertProgress(UUID commitmentId, ProgressInput input, UUID evidenceId, UUID userId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into progress_entry (id, commitment_id, amount, occurred_on, note, evidence_id, entered_by)
				values (:id, :c, :amount, :on, :note, :evidence, :user)""")
			.param("id", id)
			.param("c", commitmentId)
			.param("amount", input.amount())
			.param("on", input.occurredOn())
			.param("note", input.note().strip())
			.param("evidence", evidenceId)
			.param("user", userId)
			.update();
		return id;
	}

	public List<ProgressEntryView> entries(UUID commitmentId) {
		return jdbc.sql("""
				select e.id, e.commitment_id, e.amount, e.occurred_on, e.note, e.evidence_id, v.filename as evidence_name
				from progress_entry e left join evidence v on v.id = e.evidence_id
				where e.commitment_id = :c order by e.occurred_on desc, e.entered_at desc limit 200""")
			.param("c", commitmentId)
			.query(ProgressEntryView.class)
			.list();
	}
}
