package nl.ketenimpact.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.participation.ParticipationFigures;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.project.Portfolio;
import nl.ketenimpact.shared.FigureFilter;
import nl.ketenimpact.shared.NotFound;
import nl.ketenimpact.shared.ReadReplica;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A corporation's annual report along ESRS S3 (affected communities) and S4 (tenants as end users),
 * DOMAIN_RULES §7, and its benchmark against the sector. Both only for the corporation's own staff.
 */
@Service
public class AnnualReports {

	/** An aggregate over corporations is only shown when it covers at least this many. */
	public static final int MIN_CORPORATIONS = 5;

	static final int TEXTS = 10;

	public enum Disclosure {
		POLICIES, ENGAGEMENT, REMEDIATION, ACTIONS, TARGETS
	}

	/** One of the five disclosures: the figures and texts the platform holds, and what it lacks (message keys). */
	public record Section(Disclosure disclosure, Map<Kpi, Number> figures, List<String> texts, List<CommitmentManagement.Summary> targets,
			List<String> gaps) {
	}

	public record Standard(String code, List<Section> sections) {
	}

	public record Esrs(int year, String corporation, List<Standard> standards) {

		public List<String> gaps() {
			return standards.stream().flatMap(s -> s.sections().stream().flatMap(x -> x.gaps().stream().map(g -> s.code() + " " + x.disclosure() + ": " + g)))
				.toList();
		}
	}

	static final Set<Theme> COMMUNITY = EnumSet.of(Theme.WORK_EXPERIENCE, Theme.INTERNSHIP, Theme.YOUTH_OUTREACH, Theme.LIVEABILITY);

	static final Set<Theme> TENANTS = EnumSet.of(Theme.TENANT_ACTIVATION, Theme.SIGNALLING);

	private final Dashboards dashboards;

	private final CommitmentManagement commitments;

	private final Portfolio portfolio;

	private final ParticipationFigures participation;

	AnnualReports(Dashboards dashboards, CommitmentManagement commitments, Portfolio portfolio, ParticipationFigures participation) {
		this.dashboards = dashboards;
		this.commitments = commitments;
		this.portfolio = portfolio;
		this.participation = participation;
	}

	@Transactional(readOnly = true, label = ReadReplica.LABEL)
	public Esrs esrs(CurrentUser user, UUID corporationId, int year) {
		Dashboard.checkYear(year);
		Dashboard dashboard = dashboards.corporation(user, corporationId, new Dashboard.Filters(year, null, null, null));
		List<UUID> ids = dashboard.projects().stream().map(r -> UUID.fromString(r.key())).toList();
		Map<Kpi, Number> k = dashboard.totals();
		List<String> narratives = dashboard.narratives().stream().limit(TEXTS).map(r -> r.partnerName() + " (" + r.period() + "): " + r.narrative()).toList();

		List<Section> s3 = List.of(
				policies(ids, COMMUNITY),
				section(Disclosure.ENGAGEMENT, figures(k, Kpi.ACTIVITIES, Kpi.PARTICIPANTS, Kpi.CHILDREN_REACHED), narratives, List.of(),
						"esrs.gap.engagement"),
				new Section(Disclosure.REMEDIATION, Map.of(), List.of(), List.of(), List.of("esrs.gap.s3.channel")),
				section(Disclosure.ACTIONS, figures(k, Kpi.WORK_EXPERIENCE_PLACES, Kpi.INTERNSHIPS, Kpi.JOBS, Kpi.JOB_GUARANTEE_FULFILMENT,
						Kpi.SOCIAL_RETURN_VALUE, Kpi.SOCIAL_RETURN_COMPLIANCE, Kpi.STAFF_VOLUNTEER_HOURS), List.of(), List.of(), "esrs.gap.actions"),
				targets(dashboard, COMMUNITY));
		List<Section> s4 = List.of(
				policies(ids, TENANTS),
				section(Disclosure.ENGAGEMENT, figures(k, Kpi.RESIDENTS_ACTIVATED), List.of(), List.of(), "esrs.gap.engagement"),
				section(Disclosure.REMEDIATION, figures(k, Kpi.SIGNALS_RAISED, Kpi.SIGNALS_TRIAGED_IN_TIME, Kpi.SIGNALS_REFERRED), List.of(), List.of(),
						"esrs.gap.s4.channel"),
				section(Disclosure.ACTIONS, figures(k, Kpi.RESIDENTS_ACTIVATED, Kpi.DWELLINGS), List.of(), List.of(), "esrs.gap.actions"),
				targets(dashboard, TENANTS));
		return new Esrs(year, dashboard.title(), List.of(new Standard("S3", s3), new Standard("S4", s4)));
	}

	private Section policies(List<UUID> ids, Set<Theme> themes) {
		List<String> texts = commitments.wordings(ids, themes, TEXTS).stream().map(CommitmentManagement.Wording::description).toList();
		return new Section(Disclosure.POLICIES, Map.of(), texts, List.of(), texts.isEmpty() ? List.of("esrs.gap.policies") : List.of());
	}

	private static Section targets(Dashboard dashboard, Set<Theme> themes) {
		List<CommitmentManagement.Summary> targets = dashboard.plan().stream().filter(s -> themes.contains(s.theme())).toList();
		return new Section(Disclosure.TARGETS, Map.of(), List.of(), targets, targets.isEmpty() ? List.of("esrs.gap.targets") : List.of());
	}

	/** A section lacks evidence when none of its figures is above zero and it has no texts. */
	private static Section section(Disclosure disclosure, Map<Kpi, Number> figures, List<String> texts, List<CommitmentManagement.Summary> targets,
			String gap) {
		boolean any = !texts.isEmpty() || figures.values().stream().anyMatch(v -> v != null && v.doubleValue() > 0);
		return new Section(disclosure, figures, texts, targets, any ? List.of() : List.of(gap));
	}

	private static Map<Kpi, Number> figures(Map<Kpi, Number> all, Kpi... kpis) {
		Map<Kpi, Number> figures = new EnumMap<>(Kpi.class);
		for (Kpi kpi : kpis) {
			figures.put(kpi, all.get(kpi));
		}
		return figures;
	}

	// --- benchmark --------------------------------------------------------------------------------

	static final List<Kpi> BENCHMARKED = List.of(Kpi.RESIDENTS_ACTIVATED, Kpi.WORK_EXPERIENCE_PLACES, Kpi.INTERNSHIPS, Kpi.JOBS, Kpi.CHILDREN_REACHED,
			Kpi.ACTIVITIES, Kpi.PARTICIPANTS, Kpi.STAFF_VOLUNTEER_HOURS);

	/** Per 100 dwellings of projects running in the year; {@code sector} is null when fewer than five corporations have data. */
	public record Benchmark(int year, long dwellings, Map<Kpi, BigDecimal> own, Map<Kpi, BigDecimal> sector, int corporations) {

		public boolean sectorShown() {
			return sector != null;
		}
	}

	@Transactional(readOnly = true, label = ReadReplica.LABEL)
	public Benchmark benchmark(CurrentUser user, UUID corporationId, int year) {
		Dashboard.checkYear(year);
		if (!user.isCorporationStaff() || !user.organisationId().equals(corporationId)) {
			throw new NotFound("organisation");
		}
		return compare(corporationId, year, portfolio.all(year));
	}

	/** The corporation against all projects running in the year; the sector only over enough corporations with dwellings. */
	public Benchmark compare(UUID corporationId, int year, List<Portfolio.Project> all) {
		List<Portfolio.Project> own = all.stream().filter(p -> p.corporationId().equals(corporationId)).toList();
		Set<UUID> corporations = new HashSet<>();
		all.stream().filter(p -> p.dwellings() > 0).forEach(p -> corporations.add(p.corporationId()));
		long ownDwellings = own.stream().mapToLong(Portfolio.Project::dwellings).sum();
		Map<Kpi, BigDecimal> ownRates = rates(own, year);
		Map<Kpi, BigDecimal> sector = corporations.size() >= MIN_CORPORATIONS ? rates(all, year) : null;
		return new Benchmark(year, ownDwellings, ownRates, sector, corporations.size());
	}

	private Map<Kpi, BigDecimal> rates(List<Portfolio.Project> projects, int year) {
		long dwellings = projects.stream().mapToLong(Portfolio.Project::dwellings).sum();
		ParticipationFigures.Figures total = participation.figures(FigureFilter.of(projects.stream().map(Portfolio.Project::id).toList(), null))
			.total(year);
		Map<Kpi, Number> kpis = Dashboards.kpis(0, 0, total, nl.ketenimpact.signal.SignalFigures.Counts.NONE, SocialReturnFigures.NONE);
		Map<Kpi, BigDecimal> rates = new EnumMap<>(Kpi.class);
		for (Kpi kpi : BENCHMARKED) {
			BigDecimal value = new BigDecimal(kpis.get(kpi).toString());
			rates.put(kpi, dwellings == 0 ? null : value.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(dwellings), 1, RoundingMode.HALF_UP));
		}
		return rates;
	}
}
