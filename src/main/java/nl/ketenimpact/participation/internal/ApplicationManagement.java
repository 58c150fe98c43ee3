package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.participation.ApplicationReceived;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.OpportunityView;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.Conflict;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications to opportunities. Residents apply once to an open opportunity of their own project; case workers of a
 * school or welfare organisation in the project propose pseudonymous candidates for work experience and internships;
 * the offering organisation sees and decides them (accepting makes the placement); applicants see their own.
 */
@Service
public class ApplicationManagement {

	private static final Set<String> BLOCKS = Set.of("PARTICIPATIEWET", "BANENAFSPRAAK", "PRAKTIJKONDERWIJS", "WIA_WAO", "WW", "BBL", "BOL",
			"NO_BENEFIT");

	private final ApplicationRepository repository;

	private final PlacementRepository placements;

	private final OpportunityManagement opportunities;

	private final ProjectManagement projects;

	private final UserManagement users;

	/** What follows a decision (mail) is done by listeners of the events published here. */
	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	ApplicationManagement(ApplicationRepository repository, PlacementRepository placements, OpportunityManagement opportunities,
			ProjectManagement projects, UserManagement users, ApplicationEventPublisher events, AuditLog audit) {
		this.repository = repository;
		this.placements = placements;
		this.opportunities = opportunities;
		this.projects = projects;
		this.users = users;
		this.events = events;
		this.audit = audit;
	}

	/** A resident applies (once) to an open opportunity of their own project; a case worker proposes a candidate. */
	@Transactional
	public UUID apply(CurrentUser user, UUID opportunityId, ApplicationInput input) {
		OpportunityView opportunity = opportunities.get(user, opportunityId);
		boolean resident = opportunities.isResidentOf(user, opportunity.projectId());
		boolean caseWorker = !resident && user.has(Role.CASE_WORKER);
		if (!resident && !caseWorker) {
			throw new Refused("application.refused");
		}
		if (caseWorker) {
			if (!opportunity.type().takesProposals()) {
				throw new InvalidInput("candidateRef", "application.proposal.type");
			}
			if (input.candidateRef() == null || !input.candidateRef().strip().matches("^[A-Za-z0-9._-]{2,40}$")) {
				throw new InvalidInput("candidateRef", "contribution.personRef.invalid");
			}
		}
		if (!opportunity.open()) {
			throw new Conflict("application.closed");
		}
		UUID id = UUID.randomUUID();
		try {
			repository.insert(id, opportunityId, user.id(), caseWorker ? input.candidateRef().strip() : null, input);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInput("motivation", "application.duplicate");
		}
		audit.record(user.id(), caseWorker ? "CANDIDATE_PROPOSED" : "APPLICATION_SUBMITTED", "opportunity", opportunityId, null);
		events.publishEvent(new ApplicationReceived(id, opportunityId, user.id()));
		return id;
	}

	/** Applications to an opportunity, for the organisation that offers it. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications(CurrentUser user, UUID opportunityId) {
		OpportunityView opportunity = opportunities.get(user, opportunityId);
		if (!opportunities.decides(user, opportunity)) {
			throw new Refused("application.list.refused");
		}
		return views(repository.ofOpportunity(opportunityId));
	}

	/** The user's own applications (resident) or proposals (case worker), newest first. */
	@Transactional(readOnly = true)
	public List<ApplicationView> mine(CurrentUser user) {
		return views(repository.ofApplicant(user.id()));
	}

	private List<ApplicationView> views(List<ApplicationRepository.Row> rows) {
		Map<UUID, String> titles = repository.opportunityTitles(rows.stream().map(ApplicationRepository.Row::opportunityId).collect(Collectors.toSet()));
		Map<UUID, UUID> placementIds = repository.placements(rows.stream().map(ApplicationRepository.Row::id).toList());
		Map<UUID, String> names = users.names(rows.stream().map(ApplicationRepository.Row::applicantId).collect(Collectors.toSet()));
		return rows.stream().map(r -> new ApplicationView(r.id(), r.opportunityId(), titles.get(r.opportunityId()),
				r.candidateRef() != null ? null : names.get(r.applicantId()), r.candidateRef(), r.motivation(), r.availability(), r.status(),
				r.decisionReason(), r.createdAt(), placementIds.get(r.id()))).toList();
	}

	/** The offering organisation accepts (creating the placement) or declines with a reason the applicant sees. */
	@Transactional
	public Optional<UUID> decide(CurrentUser user, UUID applicationId, boolean accept, String reason, PlacementInput placement) {
		Application application = repository.lockedForUpdate(applicationId).orElseThrow(() -> new NotFound("application"));
		OpportunityView opportunity;
		try {
			opportunity = opportunities.get(user, application.opportunityId());
		}
		catch (NotFound ex) {
			throw new NotFound("application");
		}
		if (!opportunities.decides(user, opportunity)) {
			throw new Refused("application.decide.refused");
		}
		application.mustBeOpen();
		UUID placementId = null;
		if (accept) {
			InvalidInput.throwIfAny(checkPlacement(placement));
			placementId = UUID.randomUUID();
			application.accept(opportunity.open(), placementId);
			placements.insert(placementId, applicationId, opportunity, projects.access(user, opportunity.projectId()).project().corporationId(),
					placement);
		}
		else {
			application.decline(reason);
		}
		repository.saveDecision(application, user.id());
		audit.record(user.id(), accept ? "APPLICATION_ACCEPTED" : "APPLICATION_DECLINED", "application", applicationId, null);
		events.publishEvent(application.event());
		return Optional.ofNullable(placementId);
	}

	private static List<FieldMessage> checkPlacement(PlacementInput placement) {
		List<FieldMessage> errors = new ArrayList<>();
		if (placement == null) {
			errors.add(new FieldMessage("startDate", "validation.required"));
			return errors;
		}
		if (placement.startDate() == null) {
			errors.add(new FieldMessage("startDate", "validation.required"));
		}
		if (placement.endDate() == null) {
			errors.add(new FieldMessage("endDate", "validation.required"));
		}
		else if (placement.startDate() != null && placement.endDate().isBefore(placement.startDate())) {
			errors.add(new FieldMessage("endDate", "project.endDate.beforeStart"));
		}
		if (placement.mentor() == null || placement.mentor().isBlank() || placement.mentor().length() > 120) {
			errors.add(new FieldMessage("mentor", "validation.required"));
		}
		if (placement.hoursPerWeek() == null || placement.hoursPerWeek().signum() <= 0 || placement.hoursPerWeek().compareTo(BigDecimal.valueOf(60)) > 0) {
			errors.add(new FieldMessage("hoursPerWeek", "contribution.hoursPerWeek.invalid"));
		}
		if (placement.block() != null && !placement.block().isBlank() && !BLOCKS.contains(placement.block())) {
			errors.add(new FieldMessage("block", "contribution.block.notInValueSet"));
		}
		return errors;
	}
}
