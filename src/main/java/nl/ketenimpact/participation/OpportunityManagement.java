package nl.ketenimpact.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.participation.internal.ApplicationManagement;
import nl.ketenimpact.participation.internal.Opportunity;
import nl.ketenimpact.participation.internal.OpportunityRepository;
import nl.ketenimpact.participation.internal.OpportunityStatus;
import nl.ketenimpact.participation.internal.PlacementManagement;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.Residents;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities of a project. A partner lead publishes for its own organisation, the coordinator or project lead for the
 * corporation; residents see the open opportunities of their own project only. Applications are
 * {@link ApplicationManagement}'s, placements {@link PlacementManagement}'s.
 */
@Service
public class OpportunityManagement {

	private final OpportunityRepository repository;

	private final ProjectManagement projects;

	private final Residents residents;

	private final OrganisationManagement organisations;

	private final PlacementManagement placements;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	OpportunityManagement(OpportunityRepository repository, ProjectManagement projects, Residents residents, OrganisationManagement organisations,
			PlacementManagement placements, ApplicationEventPublisher events, AuditLog audit) {
		this.repository = repository;
		this.projects = projects;
		this.residents = residents;
		this.organisations = organisations;
		this.placements = placements;
		this.events = events;
		this.audit = audit;
	}

	/** The organisation the user publishes for in this project, or empty when they may not publish. */
	public static Optional<UUID> publisherOrganisation(ProjectAccess access) {
		if (access.plansForCorporation()) {
			return Optional.of(access.project().corporationId());
		}
		return access.leadsPartner() ? Optional.of(access.partnerOrganisationId()) : Optional.empty();
	}

	@Transactional
	public UUID publish(CurrentUser user, UUID projectId, OpportunityInput input) {
		return create(user, projectId, input, OpportunityStatus.OPEN);
	}

	/** An opportunity to adjust before it opens (e.g. copied from a practice); residents do not see it yet. */
	@Transactional
	public UUID draft(CurrentUser user, UUID projectId, OpportunityInput input) {
		return create(user, projectId, input, OpportunityStatus.DRAFT);
	}

	/** Opens a draft for applications. */
	@Transactional
	public void open(CurrentUser user, UUID opportunityId) {
		OpportunityView view = get(user, opportunityId);
		if (!decides(user, view)) {
			throw new Refused("opportunity.publish.refused");
		}
		Opportunity opportunity = repository.lockedForUpdate(opportunityId);
		opportunity.open();
		repository.save(opportunity);
		events.publishEvent(new OpportunityOpened(opportunityId, view.projectId(), view.offeredBy()));
		audit.record(user.id(), "OPPORTUNITY_OPENED", "opportunity", opportunityId, null);
	}

	private UUID create(CurrentUser user, UUID projectId, OpportunityInput input, OpportunityStatus status) {
		ProjectAccess access = projects.access(user, projectId);
		UUID offeredBy = publisherOrganisation(access).orElseThrow(() -> new Refused("opportunity.publish.refused"));
		List<FieldMessage> errors = new ArrayList<>();
		if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
			errors.add(new FieldMessage("endDate", "project.endDate.beforeStart"));
		}
		if (input.guaranteed() && input.type() != OpportunityType.INTERNSHIP) {
			errors.add(new FieldMessage("jobGuarantee", "opportunity.jobGuarantee.internshipOnly"));
		}
		if (input.guaranteed() && (input.jobGuaranteeCondition() == null || input.jobGuaranteeCondition().isBlank())) {
			errors.add(new FieldMessage("jobGuaranteeCondition", "opportunity.jobGuarantee.condition"));
		}
		InvalidInput.throwIfAny(errors);
		UUID id = UUID.randomUUID();
		repository.insert(id, projectId, offeredBy, input, status, user.id());
		if (status == OpportunityStatus.OPEN) {
			events.publishEvent(new OpportunityOpened(id, projectId, offeredBy));
		}
		audit.record(user.id(), "OPPORTUNITY_PUBLISHED", "opportunity", id, input.type().name());
		return id;
	}

	/** Opportunities of a project: all for its staff and partners, the open ones for its residents. */
	@Transactional(readOnly = true)
	public Page<OpportunityView> list(CurrentUser user, UUID projectId, int page, int size) {
		boolean residentOnly = isResidentOf(user, projectId);
		if (!residentOnly) {
			projects.access(user, projectId);
		}
		long total = repository.count(projectId, residentOnly);
		return new Page<>(withNames(repository.page(projectId, residentOnly, Page.window(page, size))), page, size, total);
	}

	/** Where an opportunity is and who offers it, for those who tell people of it (no user scope: ids only). */
	public record Reference(UUID projectId, UUID offeredBy) {
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Reference> reference(UUID opportunityId) {
		return repository.find(opportunityId).map(o -> new Reference(o.projectId(), o.offeredBy()));
	}

	@Transactional(readOnly = true)
	public OpportunityView get(CurrentUser user, UUID opportunityId) {
		OpportunityView view = repository.find(opportunityId).orElseThrow(() -> new NotFound("opportunity"));
		if (!isResidentOf(user, view.projectId())) {
			projects.access(user, view.projectId());
		}
		return withNames(List.of(view)).get(0);
	}

	/** Whether the user is a resident (only) of this project: they see its open opportunities through the portal. */
	public boolean isResidentOf(CurrentUser user, UUID projectId) {
		return user.has(Role.RESIDENT) && !user.isCorporationStaff() && residents.projectOf(user).filter(projectId::equals).isPresent();
	}

	private List<OpportunityView> withNames(List<OpportunityView> items) {
		Map<UUID, OrganisationView> names = organisations.byIds(items.stream().map(OpportunityView::offeredBy).collect(Collectors.toSet()));
		return items.stream().map(o -> new OpportunityView(o.id(), o.projectId(), o.offeredBy(),
				names.containsKey(o.offeredBy()) ? names.get(o.offeredBy()).name() : "?", o.type(), o.title(), o.description(), o.places(),
				o.startDate(), o.endDate(), o.requirements(), o.compensation(), o.jobGuarantee(), o.jobGuaranteeCondition(), o.status(),
				o.placesTaken())).toList();
	}

	/** Whether the user decides the applications of this opportunity (the offering organisation). */
	public boolean decides(CurrentUser user, OpportunityView opportunity) {
		if (user.has(Role.RESIDENT) && !user.isCorporationStaff()) {
			return false;
		}
		ProjectAccess access = projects.access(user, opportunity.projectId());
		return publisherOrganisation(access).filter(opportunity.offeredBy()::equals).isPresent();
	}

	/** What a project's records show about participation, for publishing a practice; counts only. */
	public record Figures(long internshipPlaces, long internships, long internshipsHired, Integer jobGuaranteeRate, long workExperience,
			long workExperienceSuccessful, long selfWorkTasks, long selfWorkResidentsPaid, java.math.BigDecimal selfWorkPaidEur, long activities,
			long activityParticipants, long childrenReached) {

		Figures withRate(Integer rate) {
			return new Figures(internshipPlaces, internships, internshipsHired, rate, workExperience, workExperienceSuccessful, selfWorkTasks,
					selfWorkResidentsPaid, selfWorkPaidEur, activities, activityParticipants, childrenReached);
		}
	}

	@Transactional(readOnly = true)
	public Figures figures(CurrentUser user, UUID projectId) {
		projects.access(user, projectId);
		return repository.figures(projectId).withRate(placements.jobGuarantees(user, projectId).fulfilmentRate());
	}
}
