package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.impact.ContributionKind;
import nl.ketenimpact.impact.ContributionRegistered;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.plan.EvidenceStore;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.DutchDate;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social-return contributions. A partner lead registers them for its own organisation and sees only
 * its own; the corporation's coordinator sees all and approves or rejects them. A person counts only
 * with an evidence file, at most two years in total, and never twice for overlapping periods.
 */
@Service
public class ContributionManagement {

	private final ContributionRepository repository;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final ValueSetManagement valueSets;

	private final EvidenceStore evidence;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ContributionManagement(ContributionRepository repository, ProjectManagement projects, OrganisationManagement organisations,
			ValueSetManagement valueSets, EvidenceStore evidence, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.projects = projects;
		this.organisations = organisations;
		this.valueSets = valueSets;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<ContributionView> list(ProjectAccess access, int page, int size) {
		UUID project = access.project().id();
		long total = repository.count(project, access.corporationStaff(), access.partnerOrganisationId());
		List<ContributionView> items = repository.page(project, access.corporationStaff(), access.partnerOrganisationId(), Page.window(page, size));
		return new Page<>(withNames(items), page, size, total);
	}

	@Transactional(readOnly = true)
	public ContributionView get(ProjectAccess access, UUID id) {
		ContributionView view = repository.find(access.project().id(), id)
			.filter(c -> access.maySee(c.partnerId()))
			.orElseThrow(() -> new NotFound("contribution"));
		return withNames(List.of(view)).get(0);
	}

	/** The project a contribution belongs to, so API calls by contribution id can be scoped. */
	@Transactional(readOnly = true)
	public UUID projectOf(UUID contributionId) {
		return repository.projectOf(contributionId).orElseThrow(() -> new NotFound("contribution"));
	}

	@Transactional
	public UUID register(ProjectAccess access, ContributionInput input) {
		if (!access.leadsPartner()) {
			throw new Refused("contribution.register.refused");
		}
		LocalDate today = LocalDate.now(clock);
		InvalidInput.throwIfAny(ContributionRules.check(input, today));
		ValueSet set = valueSets.applicable(access.project().municipality(), input.startDate())
			.orElseThrow(() -> new InvalidInput("startDate", "contribution.valueSet.none"));
		if (input.kind() == ContributionKind.PERSON && !set.amounts().containsKey(input.block())) {
			throw new InvalidInput("block", "contribution.block.notInValueSet");
		}
		ContributionRepository.Valued valued = switch (input.kind()) {
			case PERSON -> valuePerson(access, input, set);
			case PURCHASE -> new ContributionRepository.Valued(null, null,
					Valuation.purchase(set, input.amountEur(), Boolean.TRUE.equals(input.register())), set.id());
			default -> new ContributionRepository.Valued(null, null, Valuation.activityHours(set, input.hours()), set.id());
		};
		UUID id = repository.insert(access.project().id(), access.partnerOrganisationId(), input, valued, access.user().id());
		events.publishEvent(new ContributionRegistered(id, access.project().id(), access.partnerOrganisationId(), input.kind()));
		audit.record(access.user().id(), "CONTRIBUTION_REGISTERED", "contribution", id, input.kind().name());
		return id;
	}

	/** A person counts at most two years in total and never twice for overlapping periods, anywhere on the platform. */
	private ContributionRepository.Valued valuePerson(ProjectAccess access, ContributionInput input, ValueSet set) {
		String personKey = ContributionRules.personKey(input.personRef(), input.birthYear());
		List<Valuation.PersonPeriod> earlier = repository.lockPerson(personKey).stream()
			.map(e -> new Valuation.PersonPeriod(e.start(), e.end(), e.countedMonths(), where(access, e.projectId())))
			.toList();
		var overlap = Valuation.overlap(input.startDate(), input.endDate(), earlier);
		if (overlap.isPresent()) {
			Valuation.PersonPeriod p = overlap.get();
			throw new InvalidInput("startDate", "contribution.person.overlap", DutchDate.format(p.start()),
					p.end() == null ? "…" : DutchDate.format(p.end()), p.where());
		}
		BigDecimal counted = Valuation.countableMonths(Valuation.months(input.startDate(), input.endDate()), earlier);
		if (counted.signum() == 0) {
			throw new InvalidInput("personRef", "contribution.person.maxTwoYears");
		}
		return new ContributionRepository.Valued(personKey, counted,
				Valuation.person(set, input.block(), input.bonusesOrNone(), input.hoursPerWeek(), counted), set.id());
	}

	/** Names the project of an overlap only when the user may see it; another corporation's project stays anonymous. */
	private String where(ProjectAccess access, UUID projectId) {
		if (projectId.equals(access.project().id())) {
			return access.project().name();
		}
		try {
			return projects.get(access.user(), projectId).name();
		}
		catch (NotFound ex) {
			return "een ander project";
		}
	}

	/** Attaches the evidence file to a contribution still waiting for approval (replacing an earlier one). */
	@Transactional
	public void attachEvidence(ProjectAccess access, UUID id, FileUpload file) {
		ContributionView view = get(access, id);
		if (!access.leadsPartner() || !access.partnerOrganisationId().equals(view.partnerId())) {
			throw new Refused("contribution.evidence.refused");
		}
		Contribution contribution = repository.lockedForUpdate(id);
		contribution.attachEvidence(() -> evidence.store(access, contribution.partnerId(), file));
		repository.saveEvidence(contribution);
		audit.record(access.user().id(), "CONTRIBUTION_EVIDENCE_ADDED", "contribution", id, null);
	}

	@Transactional
	public void review(ProjectAccess access, UUID id, boolean approve, String reason) {
		if (!access.approves()) {
			throw new Refused("contribution.review.refused");
		}
		get(access, id);
		Contribution contribution = repository.lockedForUpdate(id);
		if (approve) {
			contribution.approve();
		}
		else {
			contribution.reject(reason);
		}
		repository.saveReview(contribution, access.user().id());
		events.publishEvent(contribution.event());
		audit.record(access.user().id(), approve ? "CONTRIBUTION_APPROVED" : "CONTRIBUTION_REJECTED", "contribution", id, null);
	}

	private List<ContributionView> withNames(List<ContributionView> items) {
		Map<UUID, OrganisationView> names = organisations.byIds(items.stream().map(ContributionView::partnerId).collect(Collectors.toSet()));
		Map<UUID, String> files = evidence.filenames(items.stream().map(ContributionView::evidenceId).filter(java.util.Objects::nonNull).toList());
		return items.stream()
			.map(c -> new ContributionView(c.id(), c.projectId(), c.partnerId(), names.containsKey(c.partnerId()) ? names.get(c.partnerId()).name() : "?",
					c.kind(), c.personRef(), c.birthYear(), c.block(), c.hoursPerWeek(), c.startDate(), c.endDate(), c.bonuses(), c.supplier(),
					c.amountEur(), c.register(), c.hours(), c.countedMonths(), c.valueEur(),
					Valuation.realised(c.valueEur(), c.startDate(), c.endDate(), LocalDate.now(clock)), c.status(), c.reviewReason(), c.evidenceId(),
					c.evidenceId() == null ? null : files.get(c.evidenceId())))
			.toList();
	}
}
