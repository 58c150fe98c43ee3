package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MVO plan of a project. Everyone on the project (corporation staff and chain partners) sees the
 * accepted plan; a partner also sees its own proposals. Coordinator and project lead draft commitments
 * straight into the plan; a partner lead proposes them for its own organisation and the coordinator
 * accepts or declines.
 */
@Service
public class CommitmentManagement {

	private static final String SELECT = """
			select id, project_id, partner_organisation_id, theme, description, metric, target, due_date, status, decision_reason,
			       created_at from commitment""";

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final List<ProgressSource> sources;

	private final EvidenceStore evidence;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	CommitmentManagement(JdbcClient jdbc, ProjectManagement projects, OrganisationManagement organisations, List<ProgressSource> sources,
			EvidenceStore evidence, AuditLog audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.projects = projects;
		this.organisations = organisations;
		this.sources = sources;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
	}

	private record Row(UUID id, UUID projectId, UUID partnerOrganisationId, Theme theme, String description, Metric metric,
			BigDecimal target, LocalDate dueDate, CommitmentStatus status, String decisionReason, OffsetDateTime createdAt) {
	}

	/** The plan as the user may see it, with progress computed from records (one query per source, not per commitment). */
	@Transactional(readOnly = true)
	public List<CommitmentView> plan(ProjectAccess access) {
		UUID projectId = access.project().id();
		List<Row> rows = jdbc.sql(SELECT + " where project_id = :p and status <> 'DECLINED' order by theme, created_at limit 1000")
			.param("p", projectId)
			.query(Row.class)
			.list()
			.stream()
			.filter(row -> row.status() == CommitmentStatus.ACCEPTED || access.maySee(row.partnerOrganisationId()))
			.toList();
		return views(access, rows);
	}

	@Transactional(readOnly = true)
	public CommitmentView get(ProjectAccess access, UUID commitmentId) {
		Row row = row(access, commitmentId);
		if (row.status() != CommitmentStatus.ACCEPTED && !access.maySee(row.partnerOrganisationId())) {
			throw new NotFound("commitment");
		}
		return views(access, List.of(row)).get(0);
	}

	private Row row(ProjectAccess access, UUID commitmentId) {
		return jdbc.sql(SELECT + " where id = :id and project_id = :p")
			.param("id", commitmentId)
			.param("p", access.project().id())
			.query(Row.class)
			.optional()
			.orElseThrow(() -> new NotFound("commitment"));
	}

	private List<CommitmentView> views(ProjectAccess access, List<Row> rows) {
		return views(access.project().id(), access.project().startDate(), rows);
	}

	private List<CommitmentView> views(UUID projectId, LocalDate projectStart, List<Row> rows) {
		Map<String, BigDecimal> computed = new HashMap<>();
		for (ProgressSource source : sources) {
			for (ProgressFigure figure : source.figures(projectId)) {
				computed.merge(key(figure.organisationId(), figure.metric()), figure.value(), BigDecimal::add);
			}
		}
		Map<UUID, BigDecimal> manual = new HashMap<>();
		jdbc.sql("""
				select e.commitment_id, sum(e.amount) as total from progress_entry e join commitment c on c.id = e.commitment_id
				where c.project_id = :p group by e.commitment_id""")
			.param("p", projectId)
			.query((rs, n) -> manual.put(rs.getObject("commitment_id", UUID.class), rs.getBigDecimal("total")))
			.list();
		Set<UUID> partnerIds = new HashSet<>();
		rows.stream().map(Row::partnerOrganisationId).filter(Objects::nonNull).forEach(partnerIds::add);
		Map<UUID, OrganisationView> names = organisations.byIds(partnerIds);
		LocalDate today = LocalDate.now(clock);
		List<CommitmentView> views = new ArrayList<>();
		for (Row row : rows) {
			BigDecimal fromRecords = computed.getOrDefault(key(row.partnerOrganisationId(), row.metric()), BigDecimal.ZERO);
			BigDecimal fromEntries = manual.getOrDefault(row.id(), BigDecimal.ZERO);
			BigDecimal actual = fromRecords.add(fromEntries);
			LocalDate start = projectStart != null ? projectStart : row.createdAt().toLocalDate();
			views.add(new CommitmentView(row.id(), row.projectId(), row.partnerOrganisationId(),
					row.partnerOrganisationId() == null ? null : names.containsKey(row.partnerOrganisationId()) ? names.get(row.partnerOrganisationId()).name() : "?",
					row.theme(), row.description(), row.metric(), row.target(), actual, fromRecords, fromEntries, row.dueDate(), row.status(),
					CommitmentProgress.assess(row.status(), row.target(), actual, start, row.dueDate(), today),
					CommitmentProgress.percentage(row.target(), actual), row.decisionReason()));
		}
		return views;
	}

	private static String key(UUID organisationId, Metric metric) {
		return organisationId + "/" + metric;
	}

	/**
	 * Target against actual of accepted commitments, per theme and metric (and per partner when asked),
	 * over projects the caller has scoped; {@code partnerId} limits it to that partner's commitments.
	 * A commitment is achieved when its actual reaches its target.
	 */
	public record Summary(UUID partnerId, String partnerName, Theme theme, Metric metric, long commitments, long achieved, BigDecimal target,
			BigDecimal actual) {
	}

	@Transactional(readOnly = true)
	public List<Summary> summary(Collection<UUID> projectIds, UUID partnerId, Theme theme, boolean byPartner) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		List<Row> rows = jdbc.sql(SELECT + " where project_id in (:ids) and status = 'ACCEPTED'"
				+ (partnerId == null ? "" : " and partner_organisation_id = :partner") + (theme == null ? "" : " and theme = :theme"))
			.param("ids", projectIds)
			.param("partner", partnerId)
			.param("theme", theme == null ? null : theme.name())
			.query(Row.class)
			.list();
		Map<String, BigDecimal> computed = new HashMap<>();
		for (ProgressSource source : sources) {
			source.figures(projectIds).forEach((project, figures) -> figures.forEach(figure -> computed
				.merge(project + "/" + key(figure.organisationId(), figure.metric()), figure.value(), BigDecimal::add)));
		}
		Map<UUID, BigDecimal> manual = new HashMap<>();
		jdbc.sql("""
				select e.commitment_id, sum(e.amount) as total from progress_entry e join commitment c on c.id = e.commitment_id
				where c.project_id in (:ids) group by e.commitment_id""")
			.param("ids", projectIds)
			.query((rs, n) -> manual.put(rs.getObject("commitment_id", UUID.class), rs.getBigDecimal("total")))
			.list();
		Map<UUID, OrganisationView> names = organisations.byIds(rows.stream().map(Row::partnerOrganisationId).filter(Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		record Group(Theme theme, UUID partner, Metric metric) {
		}
		Map<Group, Summary> summaries = new HashMap<>();
		for (Row row : rows) {
			BigDecimal actual = computed.getOrDefault(row.projectId() + "/" + key(row.partnerOrganisationId(), row.metric()), BigDecimal.ZERO)
				.add(manual.getOrDefault(row.id(), BigDecimal.ZERO));
			UUID partner = byPartner ? row.partnerOrganisationId() : null;
			String partnerName = partner == null ? null : names.containsKey(partner) ? names.get(partner).name() : "?";
			Group group = new Group(row.theme(), partner, row.metric());
			Summary previous = summaries.getOrDefault(group, new Summary(partner, partnerName, row.theme(), row.metric(), 0, 0, BigDecimal.ZERO,
					BigDecimal.ZERO));
			summaries.put(group, new Summary(partner, partnerName, row.theme(), row.metric(), previous.commitments() + 1,
					previous.achieved() + (actual.compareTo(row.target()) >= 0 ? 1 : 0), previous.target().add(row.target()),
					previous.actual().add(actual)));
		}
		return summaries.values().stream()
			.sorted(java.util.Comparator.comparing(Summary::theme)
				.thenComparing(summary -> summary.partnerName() == null ? "" : summary.partnerName())
				.thenComparing(Summary::metric))
			.toList();
	}

	/** An accepted commitment's wording, for the policy and target texts of an annual report. */
	public record Wording(Theme theme, String description, Metric metric, BigDecimal target, LocalDate dueDate) {
	}

	/** Accepted commitments of the scoped projects in the given themes, the most recent first. */
	@Transactional(readOnly = true)
	public List<Wording> wordings(Collection<UUID> projectIds, java.util.Set<Theme> themes, int limit) {
		if (projectIds.isEmpty() || themes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select theme, description, metric, target, due_date from commitment
				where project_id in (:ids) and status = 'ACCEPTED' and theme in (:themes) order by created_at desc limit :limit""")
			.param("ids", projectIds)
			.param("themes", themes.stream().map(Theme::name).toList())
			.param("limit", limit)
			.query(Wording.class)
			.list();
	}

	/** Accepted commitments of a project with their progress, for its residents' page (no proposals, no reasons). */
	@Transactional(readOnly = true)
	public List<CommitmentView> publicPlan(UUID projectId, LocalDate projectStart) {
		List<Row> rows = jdbc.sql(SELECT + " where project_id = :p and status = 'ACCEPTED' order by theme, created_at limit 1000")
			.param("p", projectId)
			.query(Row.class)
			.list();
		return views(projectId, projectStart, rows).stream()
			.map(v -> new CommitmentView(v.id(), v.projectId(), v.partnerId(), v.partnerName(), v.theme(), v.description(), v.metric(),
					v.target(), v.actual(), v.computedActual(), v.manualActual(), v.dueDate(), v.status(), v.progress(), v.percentage(), null))
			.toList();
	}

	/** The project a commitment belongs to, so API calls by commitment id can be scoped. */
	@Transactional(readOnly = true)
	public UUID projectOf(UUID commitmentId) {
		return jdbc.sql("select project_id from commitment where id = :id").param("id", commitmentId).query(UUID.class).optional()
			.orElseThrow(() -> new NotFound("commitment"));
	}

	/** A draft commitment of the corporation (e.g. copied from a practice), to adjust and then take into the plan. */
	@Transactional
	public UUID draft(ProjectAccess access, CommitmentInput input) {
		if (!access.plansForCorporation()) {
			throw new Refused("commitment.create.refused");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into commitment (id, project_id, partner_organisation_id, theme, description, metric, target, due_date, status, created_by)
				values (:id, :p, null, :theme, :description, :metric, :target, :due, 'DRAFT', :user)""")
			.param("id", id).param("p", access.project().id()).param("theme", input.theme().name()).param("description", input.description().strip())
			.param("metric", input.metric().name()).param("target", input.target()).param("due", input.dueDate()).param("user", access.user().id())
			.update();
		audit.record(access.user().id(), "COMMITMENT_DRAFTED", "commitment", id, null);
		return id;
	}

	/** Coordinator or project lead: straight into the plan. Partner lead: a proposal for its own organisation. */
	@Transactional
	public UUID create(ProjectAccess access, CommitmentInput input) {
		CommitmentStatus status;
		if (access.plansForCorporation()) {
			status = CommitmentStatus.ACCEPTED;
		}
		else if (access.leadsPartner()) {
			status = CommitmentStatus.PROPOSED;
			if (!access.partnerOrganisationId().equals(input.partnerId())) {
				throw new InvalidInput("partnerId", "commitment.partner.ownOnly");
			}
		}
		else {
			throw new Refused("commitment.create.refused");
		}
		List<FieldMessage> errors = new ArrayList<>();
		if (input.partnerId() != null && !projects.contractValues(access).containsKey(input.partnerId())) {
			errors.add(new FieldMessage("partnerId", "commitment.partner.notInProject"));
		}
		if (input.metric() == Metric.DELIVERABLE && input.target().compareTo(BigDecimal.ONE) != 0) {
			errors.add(new FieldMessage("target", "commitment.target.deliverable"));
		}
		InvalidInput.throwIfAny(errors);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into commitment (id, project_id, partner_organisation_id, theme, description, metric, target, due_date, status, created_by)
				values (:id, :p, :partner, :theme, :description, :metric, :target, :due, :status, :user)""")
			.param("id", id)
			.param("p", access.project().id())
			.param("partner", input.partnerId())
			.param("theme", input.theme().name())
			.param("description", input.description().strip())
			.param("metric", input.metric().name())
			.param("target", input.target())
			.param("due", input.dueDate())
			.param("status", status.name())
			.param("user", access.user().id())
			.update();
		audit.record(access.user().id(), status == CommitmentStatus.ACCEPTED ? "COMMITMENT_CREATED" : "COMMITMENT_PROPOSED", "commitment", id, null);
		return id;
	}

	/** The coordinator takes a proposal (or a draft) into the plan, or declines it with a reason the partner sees. */
	@Transactional
	public void decide(ProjectAccess access, UUID commitmentId, boolean accept, String reason) {
		if (!access.approves()) {
			throw new Refused("commitment.decide.refused");
		}
		Row row = jdbc.sql(SELECT + " where id = :id and project_id = :p for update").param("id", commitmentId).param("p", access.project().id())
			.query(Row.class).optional().orElseThrow(() -> new NotFound("commitment"));
		CommitmentProposal proposal = new CommitmentProposal(row.id(), row.projectId(), row.partnerOrganisationId(), row.status());
		proposal.decide(accept, reason);
		jdbc.sql("update commitment set status = :status, decided_by = :user, decided_at = now(), decision_reason = :reason where id = :id")
			.param("id", commitmentId)
			.param("status", proposal.status().name())
			.param("user", access.user().id())
			.param("reason", proposal.reason())
			.update();
		events.publishEvent(proposal.event());
		audit.record(access.user().id(), accept ? "COMMITMENT_ACCEPTED" : "COMMITMENT_DECLINED", "commitment", commitmentId, null);
	}

	/** Proposals waiting for the coordinator, own ones for a partner. */
	@Transactional(readOnly = true)
	public List<CommitmentView> proposals(ProjectAccess access) {
		return plan(access).stream().filter(c -> CommitmentProposal.open(c.status())).toList();
	}

	/** Declined proposals of the partner (or all, for staff), so the reason is seen. */
	@Transactional(readOnly = true)
	public List<CommitmentView> declined(ProjectAccess access) {
		List<Row> rows = jdbc.sql(SELECT + " where project_id = :p and status = 'DECLINED' order by created_at desc limit 100")
			.param("p", access.project().id())
			.query(Row.class)
			.list()
			.stream()
			.filter(row -> access.maySee(row.partnerOrganisationId()))
			.toList();
		return views(access, rows);
	}

	/**
	 * Manual progress with an optional evidence file, all in one transaction: an entry is never saved
	 * without its file, nor a file without its entry.
	 */
	@Transactional
	public UUID addProgress(ProjectAccess access, UUID commitmentId, ProgressInput input, FileUpload file) {
		CommitmentView commitment = get(access, commitmentId);
		boolean own = access.leadsPartner() && access.partnerOrganisationId().equals(commitment.partnerId());
		if (!access.plansForCorporation() && !own) {
			throw new Refused("progress.refused");
		}
		if (commitment.status() != CommitmentStatus.ACCEPTED) {
			throw new Conflict("progress.notInPlan");
		}
		if (input.occurredOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidInput("occurredOn", "progress.occurredOn.future");
		}
		UUID evidenceId = null;
		if (file != null && file.content() != null && file.content().length > 0) {
			UUID owner = commitment.partnerId() != null ? commitment.partnerId() : access.project().corporationId();
			evidenceId = evidence.store(access, owner, file);
		}
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
			.param("user", access.user().id())
			.update();
		audit.record(access.user().id(), "PROGRESS_RECORDED", "commitment", commitmentId, null);
		return id;
	}

	@Transactional(readOnly = true)
	public List<ProgressEntryView> entries(ProjectAccess access, UUID commitmentId) {
		get(access, commitmentId);
		return jdbc.sql("""
				select e.id, e.commitment_id, e.amount, e.occurred_on, e.note, e.evidence_id, v.filename as evidence_name
				from progress_entry e left join evidence v on v.id = e.evidence_id
				where e.commitment_id = :c order by e.occurred_on desc, e.entered_at desc limit 200""")
			.param("c", commitmentId)
			.query(ProgressEntryView.class)
			.list();
	}
}
