package nl.ketenimpact.vote.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.project.DwellingView;
import nl.ketenimpact.project.Dwellings;
import nl.ketenimpact.project.PartnerView;
import nl.ketenimpact.project.Partners;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.Refused;
import nl.ketenimpact.vote.ProposalStatus;
import nl.ketenimpact.vote.internal.ProposalRepository.Content;
import nl.ketenimpact.vote.internal.ProposalScope.Reader;
import nl.ketenimpact.vote.internal.ProposalScope.Seen;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renovation proposals: written and changed by the corporation's coordinator or project lead, opened, counted and
 * closed; read by each reader as {@link ProposalScope} allows. At a close with 70% the notices start each non-agreeing
 * tenancy's 8 weeks.
 */
@Service
public class Proposals {

	/** The 8 weeks a tenant who did not agree has to ask the court, from the notice (BW 7:220 lid 3). */
	public static final int OBJECTION_WEEKS = 8;

	/** A complex is a structural unit of a project; this many dwellings is far beyond one. */
	static final int MAX_DWELLINGS = 20_000;

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	public record Created(UUID id, int version, ProposalStatus status) {
	}

	/** A proposal in a list: its numbers now or at the close ({@code agreedPct} null for a tenant until then). */
	public record Summary(UUID id, UUID projectId, String title, int version, ProposalStatus status, LocalDate votingOpensOn, LocalDate votingClosesOn,
			int tenancies, int voted, BigDecimal turnoutPct, BigDecimal agreedPct, Boolean presumedReasonable) {
	}

	/** Turnout and agreement per day of the vote, for the chart. */
	public record Day(LocalDate day, BigDecimal turnoutPct, BigDecimal agreedPct) {
	}

	private final ProposalRepository repository;

	private final ProposalScope scope;

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Partners partners;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final RelocationAllowance allowance;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	Proposals(ProposalRepository repository, ProposalScope scope, ProjectManagement projects, Dwellings dwellings, Partners partners,
			OrganisationManagement organisations, UserManagement users, RelocationAllowance allowance, AuditLog audit, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.scope = scope;
		this.projects = projects;
		this.dwellings = dwellings;
		this.partners = partners;
		this.organisations = organisations;
		this.users = users;
		this.allowance = allowance;
		this.audit = audit;
		this.clock = clock;
	}

	// Writing, opening and closing.

	@Transactional
	public Created create(CurrentUser user, UUID projectId, ProposalInput input) {
		ProjectAccess access = projects.access(user, projectId);
		if (!access.plansForCorporation()) {
			throw new Refused("proposal.refused");
		}
		List<UUID> complex = checked(user, access, input);
		Proposal proposal = Proposal.draft(projectId, access.project().corporationId(), input);
		repository.insert(proposal, input, complex, user.id());
		audit.record(user.id(), user.organisationId(), "PROPOSAL_CREATED", "proposal", proposal.id(), "dwellings=" + complex.size());
		return new Created(proposal.id(), proposal.version(), proposal.status());
	}

	/** Changes a draft in place; an open proposal gets a new version (a draft) and stops taking votes. */
	@Transactional
	public Created revise(CurrentUser user, UUID proposalId, ProposalInput input) {
		Proposal proposal = repository.lock(proposalId).orElseThrow(() -> new NotFound("proposal"));
		Seen seen = requireManager(user, proposal);
		List<UUID> complex = checked(user, seen.access(), input);
		Proposal next = proposal.revise(input);
		if (next == proposal) {
			repository.update(proposal, input, complex);
		}
		else {
			repository.saveStatus(proposal, now());
			repository.insert(next, input, complex, user.id());
		}
		audit.record(user.id(), user.organisationId(), "PROPOSAL_CHANGED", "proposal", next.id(), "version=" + next.version());
		return new Created(next.id(), next.version(), next.status());
	}

	@Transactional
	public void open(CurrentUser user, UUID proposalId) {
		Proposal proposal = repository.lock(proposalId).orElseThrow(() -> new NotFound("proposal"));
		requireManager(user, proposal);
		proposal.open(today());
		// The legal minimum may have been raised since the draft was written.
		Content content = repository.content(proposalId).orElseThrow();
		if (!content.inhabited()) {
			LocalDate day = content.moveOutOn() != null ? content.moveOutOn() : content.votingClosesOn().plusDays(1);
			allowance.minimumOn(day).filter(minimum -> content.relocationAllowanceEur().compareTo(minimum) < 0)
				.ifPresent(minimum -> {
					throw new InvalidInput("relocationAllowanceEur", "proposal.relocationAllowance.belowMinimum", minimum.stripTrailingZeros().toPlainString(), nl.ketenimpact.shared.DutchDate.format(day));
				});
		}
		repository.saveStatus(proposal, now());
		audit.record(user.id(), user.organisationId(), "PROPOSAL_OPENED", "proposal", proposalId, null);
		events.publishEvent(new nl.ketenimpact.vote.ProposalOpened(proposalId, proposal.projectId(),
				repository.complex(proposalId).stream().map(ProposalRepository.ComplexDwelling::dwellingId).toList()));
	}

	/**
	 * Closes the vote and keeps its count. With 70% of a complex of 10 or more, each tenancy that did not agree gets its
	 * notice dated today, and its 8 weeks start.
	 */
	@Transactional
	public Tally.Result close(CurrentUser user, UUID proposalId) {
		Proposal proposal = repository.lock(proposalId).orElseThrow(() -> new NotFound("proposal"));
		requireManager(user, proposal);
		LocalDate today = today();
		proposal.close(today);
		Map<UUID, DwellingView> complex = complexDwellings(proposal);
		Set<UUID> occupied = complex.values().stream().filter(DwellingView::hasResident).map(DwellingView::id).collect(Collectors.toSet());
		List<Tally.Vote> votes = votes(repository.votes(proposalId));
		Tally.Result result = Tally.count(tallyDwellings(complex.keySet(), occupied), votes, true);
		repository.saveStatus(proposal, now());
		repository.saveResult(proposalId, result, occupied, result.presumedReasonable() ? today : null);
		if (result.presumedReasonable()) {
			Map<UUID, Tally.Choice> counted = counted(votes);
			for (UUID tenancy : occupied) {
				if (counted.get(tenancy) != Tally.Choice.AGREE) {
					repository.insertNotice(proposalId, tenancy, today, today.plusWeeks(OBJECTION_WEEKS));
				}
			}
		}
		audit.record(user.id(), user.organisationId(), "PROPOSAL_CLOSED", "proposal", proposalId,
				"tenancies=" + result.tenancies() + " presumed=" + result.presumedReasonable());
		return result;
	}

	private Seen requireManager(CurrentUser user, Proposal proposal) {
		Seen seen = scope.see(user, proposal);
		if (!seen.manages()) {
			throw new Refused("proposal.refused");
		}
		return seen;
	}

	private List<UUID> checked(CurrentUser user, ProjectAccess access, ProposalInput input) {
		List<UUID> projectDwellings = dwellings.inProject(access.project().id(), MAX_DWELLINGS).stream().map(DwellingView::id).toList();
		Set<UUID> partnerIds = partners.list(user, access.project().id()).stream().map(PartnerView::organisationId).collect(Collectors.toSet());
		InvalidInput.throwIfAny(ProposalRules.check(input, today(), projectDwellings, partnerIds, allowance::minimumOn));
		return ProposalRules.complex(input, projectDwellings, new ArrayList<>());
	}

	// Reading.

	@Transactional(readOnly = true)
	public ProposalView view(CurrentUser user, UUID proposalId) {
		Seen seen = scope.see(user, proposalId);
		Content c = repository.content(proposalId).orElseThrow(() -> new NotFound("proposal"));
		Map<UUID, DwellingView> complex = complexDwellings(seen.proposal());
		List<ProposalRepository.RentChangeRow> rents = repository.rentChanges(proposalId);
		String liaison = c.liaisonOrganisationId() == null ? null
				: organisations.byIds(Set.of(c.liaisonOrganisationId())).values().stream().map(OrganisationView::name).findFirst().orElse(null);
		String projectName = projects.namesOf(Set.of(c.projectId())).get(c.projectId());
		List<UUID> dwellingIds = null;
		List<ProposalView.RentChangeView> rentChanges;
		ProposalView.RentChangeView own = null;
		Tally.Choice ownVote = null;
		String ownAddress = null;
		if (seen.staff()) {
			dwellingIds = List.copyOf(complex.keySet());
			rentChanges = rents.stream().map(r -> rentChange(r, complex)).toList();
		}
		else {
			// Nothing per dwelling for a partner; a tenant reads their own.
			rentChanges = rents.stream().filter(r -> r.dwellingId() == null).map(r -> rentChange(r, complex)).toList();
		}
		if (seen.reader() == Reader.TENANT) {
			UUID mine = seen.ownDwelling();
			own = rents.stream().filter(r -> mine.equals(r.dwellingId())).findFirst()
				.or(() -> rents.stream().filter(r -> r.dwellingId() == null).findFirst()).map(r -> rentChange(r, complex)).orElse(null);
			ownVote = Tally.counting(votes(repository.votesOf(proposalId, mine))).map(Tally.Vote::choice).orElse(null);
			ownAddress = complex.containsKey(mine) ? complex.get(mine).streetAddress() : null;
		}
		return new ProposalView(c.id(), c.projectId(), projectName, c.seriesId(), c.version(), ProposalStatus.valueOf(c.status()), c.title(),
				c.worksRenovation(), c.worksMaintenance(), c.durationWeeks(), c.inhabited(), c.temporaryDwelling(), c.relocationAllowanceEur(),
				c.moveOutOn(), c.socialPlanUrl(), c.tenantsAssociation(), c.liaisonOrganisationId(), liaison, c.votingOpensOn(), c.votingClosesOn(),
				seen.proposal().voting(today()), complex.size(), dwellingIds, rentChanges, own, ownVote, ownAddress);
	}

	/** What the reader may do with the proposal on its page. */
	public record Capabilities(boolean manages, boolean recordsPaper, boolean seesVotes, boolean tenant) {
	}

	@Transactional(readOnly = true)
	public Capabilities capabilities(CurrentUser user, UUID proposalId) {
		Seen seen = scope.see(user, proposalId);
		return new Capabilities(seen.manages(), seen.recordsPaper(), seen.staff(), seen.reader() == Reader.TENANT);
	}

	/** A tenancy of the complex a paper form can be recorded for: its dwelling and address. */
	public record Tenancy(UUID dwellingId, String address) {
	}

	/** The tenancies of the complex, by address, for whoever records paper forms (no choices); empty for others. */
	@Transactional(readOnly = true)
	public List<Tenancy> paperTargets(CurrentUser user, UUID proposalId) {
		Seen seen = scope.see(user, proposalId);
		if (!seen.recordsPaper() || !seen.proposal().voting(today())) {
			return List.of();
		}
		return complexDwellings(seen.proposal()).values().stream().filter(DwellingView::hasResident)
			.map(d -> new Tenancy(d.id(), d.streetAddress())).toList();
	}

	/** The proposals of a project the reader may see, newest first. */
	@Transactional(readOnly = true)
	public List<Summary> list(CurrentUser user, UUID projectId) {
		Reader reader;
		UUID covering = null;
		if (user.has(nl.ketenimpact.organisation.Role.RESIDENT)) {
			projects.get(user, projectId);
			reader = Reader.TENANT;
			covering = scope.ownDwelling(user).orElse(new UUID(0, 0));
		}
		else {
			reader = projects.access(user, projectId).corporationStaff() ? Reader.STAFF : Reader.PARTNER;
		}
		List<String> statuses = switch (reader) {
			case STAFF -> List.of("DRAFT", "OPEN", "CLOSED", "SUPERSEDED");
			case PARTNER -> List.of("OPEN", "CLOSED", "SUPERSEDED");
			case TENANT -> List.of("OPEN", "CLOSED");
		};
		return repository.ofProject(projectId, statuses, covering).stream().map(c -> summary(c, reader)).toList();
	}

	/**
	 * For the project page: the vote of the project that is open (else the last one closed), for its staff and chain
	 * partners ({@code staffOrPartner}), or for a tenant the open one of their complex. Called by the project page, so
	 * no more than a query when there is none.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Summary> current(CurrentUser user, UUID projectId, boolean staffOrPartner) {
		Reader reader;
		UUID covering = null;
		List<String> statuses = List.of("OPEN", "CLOSED");
		if (staffOrPartner) {
			reader = user.isCorporationStaff() ? Reader.STAFF : Reader.PARTNER;
		}
		else if (user.has(nl.ketenimpact.organisation.Role.RESIDENT)) {
			reader = Reader.TENANT;
			covering = scope.ownDwelling(user).orElse(null);
			statuses = List.of("OPEN");
			if (covering == null) {
				return java.util.Optional.empty();
			}
		}
		else {
			return java.util.Optional.empty();
		}
		List<Content> found = repository.ofProject(projectId, statuses, covering);
		Reader as = reader;
		return found.stream().filter(c -> c.status().equals("OPEN")).findFirst().or(() -> found.stream().findFirst()).map(c -> summary(c, as));
	}

	private Summary summary(Content c, Reader reader) {
		Proposal proposal = repository.find(c.id()).orElseThrow();
		Tally.Result result = currentResult(proposal, c);
		boolean hidden = reader == Reader.TENANT && proposal.status() != ProposalStatus.CLOSED;
		return new Summary(c.id(), c.projectId(), c.title(), c.version(), proposal.status(), c.votingOpensOn(), c.votingClosesOn(),
				result.tenancies(), result.agreed() + result.disagreed(), pct(result.agreed() + result.disagreed(), result.tenancies()),
				hidden ? null : result.agreedPct(), proposal.status() == ProposalStatus.CLOSED ? result.presumedReasonable() : null);
	}

	/**
	 * The count for the reader. Reading how each tenancy voted is logged (the corporation's staff only see it).
	 */
	@Transactional
	public ResultView result(CurrentUser user, UUID proposalId) {
		Seen seen = scope.see(user, proposalId);
		Proposal proposal = seen.proposal();
		Content c = repository.content(proposalId).orElseThrow(() -> new NotFound("proposal"));
		Map<UUID, DwellingView> complex = complexDwellings(proposal);
		Set<UUID> occupied = occupied(proposal, complex);
		List<ProposalRepository.VoteRow> rows = repository.votes(proposalId);
		List<Tally.Vote> votes = votes(rows);
		Tally.Result result = currentResult(proposal, c);
		boolean closed = proposal.status() == ProposalStatus.CLOSED;
		int voted = result.agreed() + result.disagreed();
		List<ResultView.Entrance> entrances = seen.reader() == Reader.TENANT ? null : entrances(complex, occupied, votes);
		List<ResultView.TenancyVote> perTenancy = null;
		List<ResultView.Notice> notices = null;
		if (seen.staff()) {
			perTenancy = tenancyVotes(complex, occupied, rows);
			notices = repository.notices(proposalId).stream()
				.map(n -> new ResultView.Notice(n.dwellingId(), address(complex, n.dwellingId()), n.noticeDate(), n.periodEndsOn()))
				.sorted(Comparator.comparing(ResultView.Notice::address)).toList();
			audit.record(user.id(), user.organisationId(), "PROPOSAL_VOTES_READ", "proposal", proposalId, null);
		}
		boolean hideChoices = seen.reader() == Reader.TENANT && !closed;
		return new ResultView(proposalId, proposal.status(), result.complexSize(), result.tenancies(), hideChoices ? null : result.agreed(),
				hideChoices ? null : result.disagreed(), voted, result.notVoted(), hideChoices ? null : result.agreedPct(), pct(voted, result.tenancies()),
				Tally.THRESHOLD_PCT, result.presumptionApplies(), closed ? result.presumedReasonable() : null, c.noticeDate(), entrances, perTenancy,
				notices);
	}

	/** Turnout and agreement at the end of each day of the vote so far; for staff and chain partners. */
	@Transactional(readOnly = true)
	public List<Day> history(CurrentUser user, UUID proposalId) {
		Seen seen = scope.see(user, proposalId);
		Proposal proposal = seen.proposal();
		if (seen.reader() == Reader.TENANT || proposal.status() == ProposalStatus.DRAFT) {
			return List.of();
		}
		Map<UUID, DwellingView> complex = complexDwellings(proposal);
		List<Tally.Dwelling> tally = tallyDwellings(complex.keySet(), occupied(proposal, complex));
		List<Tally.Vote> votes = votes(repository.votes(proposalId));
		LocalDate last = proposal.votingClosesOn().isBefore(today()) ? proposal.votingClosesOn() : today();
		List<Day> days = new ArrayList<>();
		for (LocalDate day = proposal.votingOpensOn(); !day.isAfter(last); day = day.plusDays(1)) {
			java.time.Instant end = day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
			Tally.Result r = Tally.count(tally, votes.stream().filter(v -> v.castAt().isBefore(end)).toList(), false);
			days.add(new Day(day, pct(r.agreed() + r.disagreed(), r.tenancies()), r.agreedPct()));
		}
		return days;
	}

	// The count.

	/** The count now, or the one kept at the close. */
	Tally.Result currentResult(Proposal proposal, Content c) {
		if (proposal.status() == ProposalStatus.CLOSED && c.resultTenancies() != null) {
			int tenancies = c.resultTenancies();
			return new Tally.Result(c.resultComplexSize(), tenancies, c.resultAgreed(), c.resultDisagreed(),
					tenancies - c.resultAgreed() - c.resultDisagreed(), tenancies == 0 ? BigDecimal.ZERO.setScale(1)
							: BigDecimal.valueOf(c.resultAgreed() * 100L).divide(BigDecimal.valueOf(tenancies), 1, RoundingMode.DOWN),
					Tally.THRESHOLD_PCT, c.resultComplexSize() >= Tally.MINIMUM_COMPLEX, Boolean.TRUE.equals(c.resultPresumed()));
		}
		Map<UUID, DwellingView> complex = complexDwellings(proposal);
		return Tally.count(tallyDwellings(complex.keySet(), occupied(proposal, complex)), votes(repository.votes(proposal.id())), false);
	}

	/** The complex's dwellings by address (the project module's, read through its API). */
	Map<UUID, DwellingView> complexDwellings(Proposal proposal) {
		Set<UUID> ids = repository.complex(proposal.id()).stream().map(ProposalRepository.ComplexDwelling::dwellingId).collect(Collectors.toSet());
		Map<UUID, DwellingView> complex = new LinkedHashMap<>();
		for (DwellingView d : dwellings.inProject(proposal.projectId(), MAX_DWELLINGS)) {
			if (ids.contains(d.id())) {
				complex.put(d.id(), d);
			}
		}
		return complex;
	}

	/** Tenancies: as kept at the close, else the dwellings that have a household now. */
	Set<UUID> occupied(Proposal proposal, Map<UUID, DwellingView> complex) {
		if (proposal.status() == ProposalStatus.CLOSED) {
			return repository.complex(proposal.id()).stream().filter(d -> Boolean.TRUE.equals(d.occupied()))
				.map(ProposalRepository.ComplexDwelling::dwellingId).collect(Collectors.toSet());
		}
		return complex.values().stream().filter(DwellingView::hasResident).map(DwellingView::id).collect(Collectors.toSet());
	}

	static List<Tally.Dwelling> tallyDwellings(Set<UUID> complex, Set<UUID> occupied) {
		return complex.stream().map(id -> new Tally.Dwelling(id, occupied.contains(id))).toList();
	}

	static List<Tally.Vote> votes(List<ProposalRepository.VoteRow> rows) {
		return rows.stream().map(r -> new Tally.Vote(r.dwellingId(), Tally.Choice.valueOf(r.choice()), Tally.Channel.valueOf(r.channel()),
				r.castAt().toInstant())).toList();
	}

	static Map<UUID, Tally.Choice> counted(List<Tally.Vote> votes) {
		Map<UUID, Tally.Choice> counted = new HashMap<>();
		votes.stream().collect(Collectors.groupingBy(Tally.Vote::dwellingId))
			.forEach((dwelling, cast) -> Tally.counting(cast).ifPresent(v -> counted.put(dwelling, v.choice())));
		return counted;
	}

	private static List<ResultView.Entrance> entrances(Map<UUID, DwellingView> complex, Set<UUID> occupied, List<Tally.Vote> votes) {
		Set<UUID> voted = new HashSet<>(counted(votes).keySet());
		Map<String, int[]> perEntrance = new LinkedHashMap<>();
		Map<String, DwellingView> first = new HashMap<>();
		for (DwellingView d : complex.values()) {
			if (!occupied.contains(d.id())) {
				continue;
			}
			String key = d.straatnaam() + "\u0000" + d.huisnummer();
			first.putIfAbsent(key, d);
			int[] counts = perEntrance.computeIfAbsent(key, k -> new int[2]);
			counts[0]++;
			if (voted.contains(d.id())) {
				counts[1]++;
			}
		}
		return perEntrance.entrySet().stream()
			.map(e -> new ResultView.Entrance(first.get(e.getKey()).straatnaam(), first.get(e.getKey()).huisnummer(), e.getValue()[0], e.getValue()[1]))
			.sorted(Comparator.comparing(ResultView.Entrance::street).thenComparingInt(ResultView.Entrance::number)).toList();
	}

	private List<ResultView.TenancyVote> tenancyVotes(Map<UUID, DwellingView> complex, Set<UUID> occupied, List<ProposalRepository.VoteRow> rows) {
		Map<UUID, List<ProposalRepository.VoteRow>> perDwelling = rows.stream().collect(Collectors.groupingBy(ProposalRepository.VoteRow::dwellingId));
		Map<UUID, String> recorders = users.names(rows.stream().filter(r -> r.channel().equals("PAPER")).map(ProposalRepository.VoteRow::castBy)
			.collect(Collectors.toSet()));
		List<ResultView.TenancyVote> list = new ArrayList<>();
		for (DwellingView d : complex.values()) {
			if (!occupied.contains(d.id())) {
				continue;
			}
			List<ProposalRepository.VoteRow> cast = perDwelling.getOrDefault(d.id(), List.of());
			Tally.Vote counting = Tally.counting(votes(cast)).orElse(null);
			if (counting == null) {
				list.add(new ResultView.TenancyVote(d.id(), d.streetAddress(), null, null, null, null, null));
				continue;
			}
			ProposalRepository.VoteRow row = cast.stream().filter(r -> r.castAt().toInstant().equals(counting.castAt())
					&& r.channel().equals(counting.channel().name())).findFirst().orElseThrow();
			boolean paper = counting.channel() == Tally.Channel.PAPER;
			list.add(new ResultView.TenancyVote(d.id(), d.streetAddress(), counting.choice(), counting.channel(), row.castAt(),
					paper ? recorders.get(row.castBy()) : null, paper ? row.evidenceId() : null));
		}
		return list;
	}

	private static ProposalView.RentChangeView rentChange(ProposalRepository.RentChangeRow r, Map<UUID, DwellingView> complex) {
		return new ProposalView.RentChangeView(r.dwellingId(), r.dwellingId() == null ? null : address(complex, r.dwellingId()), r.dwellingType(),
				r.currentRentEur(), r.newRentEur(), r.basis());
	}

	static String address(Map<UUID, DwellingView> complex, UUID dwellingId) {
		DwellingView d = complex.get(dwellingId);
		return d == null ? "?" : d.streetAddress();
	}

	static BigDecimal pct(int part, int whole) {
		return whole == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
