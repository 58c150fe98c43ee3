package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.plan.internal.CommitmentProgress;
import nl.ketenimpact.plan.internal.CommitmentProposal;
import nl.ketenimpact.plan.internal.CommitmentRepository;
import nl.ketenimpact.plan.internal.CommitmentRepository.Row;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

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

	private final CommitmentRepository repository;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final List<ProgressSource> sources;

	private final EvidenceStore evidence;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	CommitmentManagement(CommitmentRepository repository, ProjectManagement projects, OrganisationManagement organisations,
			List<ProgressSource> sources, EvidenceStore evidence, AuditLog audit, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.projects = projects;
		this.organisations = organisations;
		this.sources = sources;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
	}

	/** The plan as the user may see it, with progress computed from records (one query per source, not per commitment). */
	@Transactional(readOnly = true)
	public List<CommitmentView> plan(ProjectAccess access) {
		UUID projectId = access.project().id();
		List<Row> rows = repository.notDeclined(projectId)
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
		return repository.find(access.project().id(), commitmentId)
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
		Map<UUID, BigDecimal> manual = repository.manualTotals(List.of(projectId));
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
		List<Row> rows = repository.accepted(projectIds, partnerId, theme);
		// Keyed by a record, not a string: at a large corporation's hundreds of projects, building strings of ids
		// was a third of this dashboard's own CPU.
		record Figure(UUID project, UUID organisation, Metric metric) {
		}
		Map<Figure, BigDecimal> computed = new HashMap<>();
		for (ProgressSource source : sources) {
			source.figures(projectIds).forEach((project, figures) -> figures.forEach(figure -> computed
				.merge(new Figure(project, figure.organisationId(), figure.metric()), figure.value(), BigDecimal::add)));
		}
		Map<UUID, BigDecimal> manual = repository.manualTotals(projectIds);
		Map<UUID, OrganisationView> names = organisations.byIds(rows.stream().map(Row::partnerOrganisationId).filter(Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		record Group(Theme theme, UUID partner, Metric metric) {
		}
		Map<Group, Summary> summaries = new HashMap<>();
		for (Row row : rows) {
			BigDecimal actual = computed.getOrDefault(new Figure(row.projectId(), row.partnerOrganisationId(), row.metric()), BigDecimal.ZERO)
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
		return repository.acceptedWordings(projectIds, themes, limit);
	}

	/** Accepted commitments of a project with their progress, for its residents' page (no proposals, no reasons). */
	@Transactional(readOnly = true)
	public List<CommitmentView> publicPlan(UUID projectId, LocalDate projectStart) {
		List<Row> rows = repository.accepted(projectId);
		return views(projectId, projectStart, rows).stream()
			.map(v -> new CommitmentView(v.id(), v.projectId(), v.partnerId(), v.partnerName(), v.theme(), v.description(), v.metric(),
					v.target(), v.actual(), v.computedActual(), v.manualActual(), v.dueDate(), v.status(), v.progress(), v.percentage(), null))
			.toList();
	}

	/** The project a commitment belongs to, so API calls by commitment id can be scoped. */
	@Transactional(readOnly = true)
	public UUID projectOf(UUID commitmentId) {
		return repository.projectOf(commitmentId)
			.orElseThrow(() -> new NotFound("commitment"));
	}

	/** A draft commitment of the corporation (e.g. copied from a practice), to adjust and then take into the plan. */
	@Transactional
	public UUID draft(ProjectAccess access, CommitmentInput input) {
		if (!access.plansForCorporation()) {
			throw new Refused("commitment.create.refused");
		}
		UUID id = UUID.randomUUID();
		repository.insert(id, access.project().id(), input, null, CommitmentStatus.DRAFT, access.user().id());
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
		repository.insert(id, access.project().id(), input, input.partnerId(), status, access.user().id());
		audit.record(access.user().id(), status == CommitmentStatus.ACCEPTED ? "COMMITMENT_CREATED" : "COMMITMENT_PROPOSED", "commitment", id, null);
		return id;
	}

	/** The coordinator takes a proposal (or a draft) into the plan, or declines it with a reason the partner sees. */
	@Transactional
	public void decide(ProjectAccess access, UUID commitmentId, boolean accept, String reason) {
		if (!access.approves()) {
			throw new Refused("commitment.decide.refused");
		}
		CommitmentProposal proposal = repository.lockedProposal(access.project().id(), commitmentId)
			.orElseThrow(() -> new NotFound("commitment"));
		proposal.decide(accept, reason);
		repository.saveDecision(proposal, access.user().id());
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
		List<Row> rows = repository.declined(access.project().id())
			.stream()
			.filter(row -> access.maySee(row.partnerOrganisationId()))
			.toList();
		return views(access, rows);
	}
}
