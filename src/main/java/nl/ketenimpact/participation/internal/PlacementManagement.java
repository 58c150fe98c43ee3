package nl.ketenimpact.participation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.participation.OpportunityManagement;
import nl.ketenimpact.participation.PlacementOutcome;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements made by accepted applications. The offering organisation logs their hours and their outcome; the
 * participant sees their own, the corporation's staff those of its projects. Job-guarantee fulfilment per project.
 */
@Service
public class PlacementManagement {

	private final PlacementRepository repository;

	private final ProjectManagement projects;

	private final UserManagement users;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	PlacementManagement(PlacementRepository repository, ProjectManagement projects, UserManagement users, ApplicationEventPublisher events,
			AuditLog audit, Clock clock) {
		this.repository = repository;
		this.projects = projects;
		this.users = users;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<PlacementView> placements(CurrentUser user, int page, int size) {
		long total = repository.countVisible(user);
		return new Page<>(views(repository.visible(user, Page.window(page, size))), page, size, total);
	}

	@Transactional(readOnly = true)
	public PlacementView placement(CurrentUser user, UUID placementId) {
		return views(repository.visible(user, placementId)).stream().findFirst().orElseThrow(() -> new NotFound("placement"));
	}

	private List<PlacementView> views(List<PlacementRepository.Row> rows) {
		Map<UUID, String> names = users.names(rows.stream().filter(r -> r.candidateRef() == null).map(PlacementRepository.Row::applicantId)
			.collect(Collectors.toSet()));
		return rows.stream().map(r -> new PlacementView(r.id(), r.opportunityId(), r.opportunityTitle(), r.type(), r.jobGuarantee(), r.projectId(),
				r.offeredBy(), r.candidateRef() != null ? r.candidateRef() : names.get(r.applicantId()), r.startDate(), r.endDate(), r.mentor(),
				r.block(), r.hoursPerWeek(), r.hoursLogged(), r.outcome(), r.outcomeReason(), r.contractType())).toList();
	}

	/** The placement locked for a change by the organisation that offers it; others are refused. */
	private Placement managed(CurrentUser user, UUID placementId) {
		PlacementView placement = placement(user, placementId);
		ProjectAccess access;
		try {
			access = projects.access(user, placement.projectId());
		}
		catch (NotFound ex) {
			throw new Refused("placement.manage.refused");
		}
		if (OpportunityManagement.publisherOrganisation(access).filter(placement.offeredBy()::equals).isEmpty()) {
			throw new Refused("placement.manage.refused");
		}
		return repository.lockedForUpdate(placementId);
	}

	/** Hours of one week (Monday), replacing an earlier entry for that week. */
	@Transactional
	public void logHours(CurrentUser user, UUID placementId, LocalDate weekStart, BigDecimal hours) {
		Placement placement = managed(user, placementId);
		repository.saveHours(placementId, placement.week(weekStart, hours, LocalDate.now(clock)), hours);
		audit.record(user.id(), "PLACEMENT_HOURS", "placement", placementId, null);
	}

	/** How the placement ended: a dropout needs a reason, a hire its contract type. */
	@Transactional
	public void outcome(CurrentUser user, UUID placementId, PlacementOutcome outcome, String reason, ContractType contractType) {
		Placement placement = managed(user, placementId);
		placement.end(outcome, reason, contractType);
		repository.saveOutcome(placement);
		events.publishEvent(placement.event());
		audit.record(user.id(), "PLACEMENT_OUTCOME", "placement", placementId, outcome.name());
	}

	/** Job-guarantee fulfilment of a project's internships and the guarantees at risk. */
	public record GuaranteeReport(Integer fulfilmentRate, long guaranteed, List<PlacementView> atRisk) {
	}

	@Transactional(readOnly = true)
	public GuaranteeReport jobGuarantees(CurrentUser user, UUID projectId) {
		projects.access(user, projectId);
		List<PlacementView> guaranteed = views(repository.guaranteed(projectId, null));
		LocalDate today = LocalDate.now(clock);
		Integer rate = JobGuarantee.fulfilmentRate(guaranteed.stream().map(p -> new JobGuarantee.Placement(p.endDate(), p.outcome())).toList());
		// The rate is for everyone in the project; the placements at risk (with the participant's name) only for those who may open them.
		List<PlacementView> mayOpen = views(repository.guaranteed(projectId, user));
		return new GuaranteeReport(rate, guaranteed.size(),
				mayOpen.stream().filter(p -> JobGuarantee.atRisk(new JobGuarantee.Placement(p.endDate(), p.outcome()), today)).toList());
	}
}
