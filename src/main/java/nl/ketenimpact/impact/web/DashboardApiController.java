package nl.ketenimpact.impact.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ketenimpact.impact.internal.AnnualReports;
import nl.ketenimpact.impact.internal.Dashboard;
import nl.ketenimpact.impact.internal.Dashboards;
import nl.ketenimpact.impact.internal.ImpactManagement;
import nl.ketenimpact.impact.internal.Kpi;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.shared.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Key figures of a corporation or a chain partner, its ESRS annual report and benchmark over the API. */
@RestController
@RequestMapping("/api/v1/organisations/{id}")
@Tag(name = "Impact", description = "Kerncijfers, ESRS-jaarrapportage en benchmark van een organisatie")
class DashboardApiController {

	private final Dashboards dashboards;

	private final AnnualReports annual;

	private final YearParameter yearParameter;

	DashboardApiController(Dashboards dashboards, AnnualReports annual, YearParameter years) {
		this.dashboards = dashboards;
		this.annual = annual;
		this.yearParameter = years;
	}

	record Row(String key, String name, Map<String, Number> kpis) {
	}

	record OrganisationImpact(Dashboard.Kind kind, String name, Dashboard.Filters filters, Map<String, Number> kpis, List<Row> projects,
			List<Row> years, List<CommitmentManagement.Summary> plan) {
	}

	@GetMapping("/impact")
	@Operation(summary = "Key figures: a corporation's portfolio (its staff) or a chain partner's own results across corporations (its users). "
			+ "Filters: year, project, partner, theme. Signal figures of 1 to 4 are left out outside the corporation's social team.")
	OrganisationImpact impact(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String year,
			@RequestParam(required = false) UUID project, @RequestParam(required = false) UUID partner, @RequestParam(required = false) Theme theme) {
		Integer chosen = year == null ? null : yearParameter.parse(year);
		Dashboard.Filters filters = new Dashboard.Filters(chosen, project, partner, theme);
		Dashboard d;
		if (user.organisationId().equals(id) && user.isCorporationStaff()) {
			d = dashboards.corporation(user, id, filters);
		}
		else if (user.organisationId().equals(id) && user.isChainPartner()) {
			d = dashboards.partner(user, id, filters);
		}
		else {
			throw new NotFound("organisation");
		}
		return new OrganisationImpact(d.kind(), d.title(), d.filters(), ImpactManagement.json(d.totals()), rows(d.projects()), rows(d.trend()), d.plan());
	}

	private static List<Row> rows(List<Dashboard.Row> rows) {
		return rows.stream().map(r -> new Row(r.key(), r.label(), ImpactManagement.json(r.kpis()))).toList();
	}

	@GetMapping("/esrs")
	@Operation(summary = "Annual report along ESRS S3 and S4 for a corporation (its staff): figures, texts and gaps per disclosure")
	AnnualReports.Esrs esrs(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String year) {
		return annual.esrs(user, id, yearParameter.parse(year));
	}

	record Benchmark(int year, long dwellings, Map<String, Number> ownPer100Dwellings, Map<String, Number> sectorPer100Dwellings,
			int corporations, int minimumCorporations) {
	}

	@GetMapping("/benchmark")
	@Operation(summary = "The corporation's figures per 100 dwellings beside the sector's; the sector only when it covers at least 5 corporations")
	Benchmark benchmark(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String year) {
		AnnualReports.Benchmark b = annual.benchmark(user, id, yearParameter.parse(year));
		return new Benchmark(b.year(), b.dwellings(), rates(b.own()), b.sector() == null ? null : rates(b.sector()), b.corporations(),
				AnnualReports.MIN_CORPORATIONS);
	}

	private static Map<String, Number> rates(Map<Kpi, java.math.BigDecimal> rates) {
		Map<String, Number> json = new java.util.LinkedHashMap<>();
		rates.forEach((kpi, value) -> json.put(kpi.jsonName(), value));
		return json;
	}
}
