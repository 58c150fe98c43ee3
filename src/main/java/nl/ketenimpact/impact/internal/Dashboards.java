package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.participation.ParticipationFigures;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.ReportManagement;
import nl.ketenimpact.project.Portfolio;
import nl.ketenimpact.project.ProjectAccess;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.shared.FigureFilter;
import nl.ketenimpact.shared.Grouped;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.signal.SignalFigures;
import nl.ketenimpact.shared.ReadReplica;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dashboards of a project, a corporation's portfolio and a chain partner across corporations. Each
 * module aggregates its own records in the database (per project and per year); this class only puts
 * the aggregates side by side, so no dashboard reads records into Java to sum them. Scoping: the
 * corporation's staff see its own projects; a chain partner sees only its own figures; others get not found.
 */
@Service
public class Dashboards {

	static final int NARRATIVES = 20;

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final ParticipationFigures participation;

	private final SignalFigures signals;

	private final CommitmentManagement commitments;

	private final ReportManagement reports;

	private final Clock clock;

	private final MeterRegistry meters;

	private final SocialReturnTotals socialReturn;

	Dashboards(SocialReturnTotals socialReturn, JdbcClient jdbc, Portfolio portfolio, ProjectManagement projects, OrganisationManagement organisations,
			ParticipationFigures participation, SignalFigures signals, CommitmentManagement commitments, ReportManagement reports, Clock clock,
			MeterRegistry meters) {
		this.meters = meters;
		this.socialReturn = socialReturn;
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.projects = projects;
		this.organisations = organisations;
		this.participation = participation;
		this.signals = signals;
		this.commitments = commitments;
		this.reports = reports;
		this.clock = clock;
	}

	/** One project; a chain partner always sees only its own figures. */
	@Transactional(readOnly = true, label = ReadReplica.LABEL)
	public Dashboard project(CurrentUser user, UUID projectId, Dashboard.Filters filters) {
		return project(projects.access(user, projectId), filters);
	}

	/** For a caller that has already established the user's standing in the project. */
	@Transactional(readOnly = true, label = ReadReplica.LABEL)
	public Dashboard project(ProjectAccess access, Dashboard.Filters filters) {
		return timed(Dashboard.Kind.PROJECT, () -> projectData(access, filters));
	}

	private Dashboard projectData(ProjectAccess access, Dashboard.Filters filters) {
		UUID projectId = access.project().id();
		CurrentUser user = access.user();
		UUID partner = access.corporationStaff() ? filters.partnerId() : access.partnerOrganisationId();
		Dashboard.Filters applied = new Dashboard.Filters(filters.year(), projectId, partner, filters.theme());
		Portfolio.Project project = new Portfolio.Project(projectId, access.project().corporationId(), access.project().name(),
				access.project().municipality(), access.project().status(), access.project().startDate(), access.project().endDate(),
				access.project().dwellingCount());
		Dashboard dashboard = build(Dashboard.Kind.PROJECT, access.project().name(), user, access.project().corporationId(), List.of(project),
				List.of(project), applied, true);
		if (access.corporationStaff()) {
			return dashboard;
		}
		// A partner's filter is always its own organisation: no choice of partners to offer.
		return new Dashboard(dashboard.kind(), dashboard.title(), dashboard.filters(), dashboard.totals(), dashboard.projects(), dashboard.trend(),
				dashboard.plan(), dashboard.narratives(), dashboard.projectOptions(), List.of(), dashboard.yearOptions());
	}

	/** All projects of the user's corporation (running in the year when one is chosen). */
	@Transactional(readOnly = true, label = ReadReplica.LABEL)
	public Dashboard corporation(CurrentUser user, UUID corporationId, Dashboard.Filters filters) {
		if (!user.isCorporationStaff() || !user.organisationId().equals(corporationId)) {
			throw new NotFound("organisation");
		}
		return timed(Dashboard.Kind.CORPORATION, () -> {
			List<Portfolio.Project> all = portfolio.ofCorporation(corporationId, null);
			return build(Dashboard.Kind.CORPORATION, user.organisationName(), user, corporationId, all, select(all, filters), filters, false);
		});
	}

	/** A chain partner's own results in all projects of all corporations it works for. */
	@Transactional(readOnly = true, label = ReadReplica.LABEL)
	public Dashboard partner(CurrentUser user, UUID organisationId, Dashboard.Filters filters) {
		if (!user.isChainPartner() || user.organisationType().isCorporation() || !user.organisationId().equals(organisationId)) {
			throw new NotFound("organisation");
		}
		Dashboard.Filters applied = new Dashboard.Filters(filters.year(), filters.projectId(), organisationId, filters.theme());
		return timed(Dashboard.Kind.PARTNER, () -> {
			List<Portfolio.Project> all = portfolio.ofPartner(organisationId, null);
			return build(Dashboard.Kind.PARTNER, user.organisationName(), user, null, all, select(all, applied), applied, false);
		});
	}

	/** The projects of the selection: running in the chosen year, or the one chosen project (which must be in the set). */
	private static List<Portfolio.Project> select(List<Portfolio.Project> all, Dashboard.Filters filters) {
		if (filters.projectId() != null) {
			List<Portfolio.Project> one = all.stream().filter(p -> p.id().equals(filters.projectId())).toList();
			if (one.isEmpty()) {
				throw new NotFound("project");
			}
			return one;
		}
		if (filters.year() == null) {
			return all;
		}
		LocalDate from = LocalDate.of(filters.year(), 1, 1);
		LocalDate to = LocalDate.of(filters.year(), 12, 31);
		return all.stream()
			.filter(p -> (p.startDate() == null || !p.startDate().isAfter(to)) && (p.endDate() == null || !p.endDate().isBefore(from)))
			.toList();
	}

	/** Timed as ketenimpact.dashboard.data (tag kind): the time to compute a dashboard's data, without rendering it. */
	private Dashboard timed(Dashboard.Kind kind, java.util.function.Supplier<Dashboard> data) {
		return Timer.builder("ketenimpact.dashboard.data").tag("kind", kind.name()).register(meters).record(data);
	}

	private Dashboard build(Dashboard.Kind kind, String title, CurrentUser user, UUID corporationId, List<Portfolio.Project> all,
			List<Portfolio.Project> selected, Dashboard.Filters filters, boolean byPartner) {
		Integer year = filters.year();
		List<UUID> ids = selected.stream().map(Portfolio.Project::id).toList();
		// One scan per module over the projects of the trend (every year), which contains the selection.
		List<UUID> scopeIds = filters.projectId() != null ? ids : all.stream().map(Portfolio.Project::id).toList();
		FigureFilter scope = FigureFilter.of(scopeIds, filters.partnerId());
		Map<UUID, Map<UUID, BigDecimal>> contracts = portfolio.contractValues(scopeIds);
		Grouped<ParticipationFigures.Figures> figures = participation.figures(scope);
		Grouped<SignalFigures.Counts> signalCounts = signals.figures(user, corporationId, scope);
		// Social return is cumulative per project: the selection's total is its own, from the same scans.
		SocialReturnTotals.Figures socialReturnFigures = socialReturn.figures(scope, ids, contracts);
		Grouped<SocialReturnFigures> social = socialReturnFigures.scope();

		List<Dashboard.Row> rows = new ArrayList<>();
		for (Portfolio.Project project : selected) {
			rows.add(new Dashboard.Row(project.id().toString(), project.name(), kpis(1, project.dwellings(), figures.project(project.id(), year),
					signalCounts.project(project.id(), year), social.project(project.id(), null))));
		}
		rows.sort(Comparator.comparing((Dashboard.Row r) -> (BigDecimal) r.kpis().get(Kpi.SOCIAL_RETURN_VALUE)).reversed()
			.thenComparing(Dashboard.Row::label));
		Map<Kpi, Number> totals = kpis(selected.size(), selected.stream().mapToLong(Portfolio.Project::dwellings).sum(), figures.total(year),
				signalCounts.total(year), socialReturnFigures.selection());

		Set<Integer> years = new TreeSet<>();
		years.addAll(figures.years());
		years.addAll(signalCounts.years());
		years.addAll(social.years());
		List<Dashboard.Row> trend = new ArrayList<>();
		for (Integer y : years) {
			Map<Kpi, Number> kpis = kpis(0, 0, figures.total(y), signalCounts.total(y), social.total(y));
			kpis.keySet().removeAll(Set.of(Kpi.PROJECTS, Kpi.DWELLINGS, Kpi.SOCIAL_RETURN_OBLIGATION, Kpi.SOCIAL_RETURN_COMPLIANCE));
			trend.add(new Dashboard.Row(y.toString(), y.toString(), kpis));
		}

		List<CommitmentManagement.Summary> plan = commitments.summary(ids, filters.partnerId(), filters.theme(), byPartner);
		Set<UUID> partnerIds = new HashSet<>();
		contracts.values().forEach(c -> partnerIds.addAll(c.keySet()));
		Map<UUID, OrganisationView> names = organisations.byIds(partnerIds);
		List<Dashboard.Option> partnerOptions = kind == Dashboard.Kind.PARTNER ? List.of()
				: names.values().stream().map(o -> new Dashboard.Option(o.id(), o.name())).sorted(Comparator.comparing(Dashboard.Option::name)).toList();
		List<Dashboard.Option> projectOptions = kind == Dashboard.Kind.PROJECT ? List.of()
				: all.stream().map(p -> new Dashboard.Option(p.id(), p.name())).toList();
		int thisYear = LocalDate.now(clock).getYear();
		Set<Integer> yearOptions = new TreeSet<>(Comparator.reverseOrder());
		for (int y = thisYear; y > thisYear - 5; y--) {
			yearOptions.add(y);
		}
		yearOptions.addAll(years);
		return new Dashboard(kind, title, filters, totals, rows, trend, plan, reports.approved(ids, year, filters.partnerId(), NARRATIVES),
				projectOptions, partnerOptions, List.copyOf(yearOptions));
	}

	/** A project's own totals without signals, for its residents' page (the caller checked visibility). */
	Map<Kpi, Number> publicTotals(UUID projectId, long dwellings) {
		FigureFilter filter = FigureFilter.of(List.of(projectId), null);
		return kpis(1, dwellings, participation.figures(filter).total(null), SignalFigures.Counts.NONE,
				socialReturn.figures(filter, portfolio.contractValues(List.of(projectId))).total(null));
	}

	static Map<Kpi, Number> kpis(long projects, long dwellings, ParticipationFigures.Figures p, SignalFigures.Counts s, SocialReturnFigures sr) {
		Map<Kpi, Number> kpis = new EnumMap<>(Kpi.class);
		kpis.put(Kpi.PROJECTS, projects);
		kpis.put(Kpi.DWELLINGS, dwellings);
		kpis.put(Kpi.SOCIAL_RETURN_OBLIGATION, sr.obligationEur());
		kpis.put(Kpi.SOCIAL_RETURN_VALUE, sr.valueEur());
		kpis.put(Kpi.SOCIAL_RETURN_PLANNED, sr.plannedEur());
		kpis.put(Kpi.SOCIAL_RETURN_COMPLIANCE, sr.compliancePct());
		kpis.put(Kpi.SOCIAL_RETURN_PEOPLE, sr.people());
		kpis.put(Kpi.RESIDENTS_ACTIVATED, p.residentsActivated());
		kpis.put(Kpi.WORK_EXPERIENCE_PLACES, p.workExperiencePlaces());
		kpis.put(Kpi.JOBS, p.jobs());
		kpis.put(Kpi.PLACEMENT_HOURS, p.placementHours());
		kpis.put(Kpi.INTERNSHIPS, p.internships());
		kpis.put(Kpi.JOB_GUARANTEE_FULFILMENT, p.jobGuaranteePct());
		kpis.put(Kpi.CHILDREN_REACHED, p.childrenReached());
		kpis.put(Kpi.ACTIVITIES, p.activities());
		kpis.put(Kpi.PARTICIPANTS, p.participants());
		kpis.put(Kpi.STAFF_VOLUNTEER_HOURS, p.staffVolunteerHours());
		kpis.put(Kpi.SIGNALS_RAISED, s.raised());
		kpis.put(Kpi.SIGNALS_TRIAGED_IN_TIME, s.triagedInTime());
		kpis.put(Kpi.SIGNALS_REFERRED, s.referred());
		return kpis;
	}
}
