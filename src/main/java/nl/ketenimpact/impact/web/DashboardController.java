package nl.ketenimpact.impact.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.ketenimpact.impact.internal.AnnualReports;
import nl.ketenimpact.impact.internal.Dashboard;
import nl.ketenimpact.impact.internal.Dashboards;
import nl.ketenimpact.impact.internal.Kpi;
import nl.ketenimpact.impact.internal.ResidentResults;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Impact dashboards (project, corporation portfolio, chain partner), their exports, the ESRS annual
 * report, the sector benchmark and the residents' results page. Filters are query parameters;
 * bad ones show the page again with the message and status 400.
 */
@Controller
class DashboardController {

	static final String DASHBOARD = "impact/dashboard";

	static final int RANKING_ROWS = 20;

	private final Dashboards dashboards;

	private final AnnualReports annual;

	private final ResidentResults results;

	private final DashboardExports exports;

	private final KpiText text;

	private final JsonMapper json;

	private final Clock clock;

	private final YearParameter yearParameter;

	DashboardController(Dashboards dashboards, AnnualReports annual, ResidentResults results, DashboardExports exports, KpiText text,
			JsonMapper json, Clock clock, YearParameter years) {
		this.yearParameter = years;
		this.dashboards = dashboards;
		this.annual = annual;
		this.results = results;
		this.exports = exports;
		this.text = text;
		this.json = json;
		this.clock = clock;
	}

	/** The dashboard that fits the user: the corporation's portfolio, the partner's own results, or the resident's portal. */
	@GetMapping("/impact")
	String start(CurrentUser user) {
		if (user.isCorporationStaff()) {
			return "redirect:/impact/portfolio";
		}
		if (user.isChainPartner() && !user.organisationType().isCorporation()) {
			return "redirect:/impact/partner";
		}
		if (user.has(Role.RESIDENT)) {
			return "redirect:/portal";
		}
		throw new NotFound("organisation");
	}

	@GetMapping("/impact/portfolio")
	String portfolio(CurrentUser user, @Valid @ModelAttribute("filter") DashboardFilterForm filter, BindingResult errors, Model model,
			Locale locale, HttpServletResponse response) {
		return show(model, locale, response, errors, dashboards.corporation(user, user.organisationId(), filters(filter, errors, null)),
				"/impact/portfolio");
	}

	@GetMapping("/impact/partner")
	String partner(CurrentUser user, @Valid @ModelAttribute("filter") DashboardFilterForm filter, BindingResult errors, Model model,
			Locale locale, HttpServletResponse response) {
		return show(model, locale, response, errors, dashboards.partner(user, user.organisationId(), filters(filter, errors, null)),
				"/impact/partner");
	}

	@GetMapping("/projects/{projectId}/impact")
	String project(CurrentUser user, @PathVariable UUID projectId, @Valid @ModelAttribute("filter") DashboardFilterForm filter,
			BindingResult errors, Model model, Locale locale, HttpServletResponse response) {
		return show(model, locale, response, errors, dashboards.project(user, projectId, filters(filter, errors, projectId)),
				"/projects/" + projectId + "/impact");
	}

	@GetMapping("/impact/portfolio/export/{format}")
	ResponseEntity<byte[]> exportPortfolio(CurrentUser user, @PathVariable String format, @Valid @ModelAttribute("filter") DashboardFilterForm filter,
			BindingResult errors, Locale locale) {
		return export(format, filter, errors, locale, () -> dashboards.corporation(user, user.organisationId(), filter.toFilters(null)));
	}

	@GetMapping("/impact/partner/export/{format}")
	ResponseEntity<byte[]> exportPartner(CurrentUser user, @PathVariable String format, @Valid @ModelAttribute("filter") DashboardFilterForm filter,
			BindingResult errors, Locale locale) {
		return export(format, filter, errors, locale, () -> dashboards.partner(user, user.organisationId(), filter.toFilters(null)));
	}

	@GetMapping("/projects/{projectId}/impact/export/{format}")
	ResponseEntity<byte[]> exportProject(CurrentUser user, @PathVariable UUID projectId, @PathVariable String format,
			@Valid @ModelAttribute("filter") DashboardFilterForm filter, BindingResult errors, Locale locale) {
		return export(format, filter, errors, locale, () -> dashboards.project(user, projectId, filter.toFilters(projectId)));
	}

	/** Format and filters are checked before any figure is computed. */
	private ResponseEntity<byte[]> export(String format, DashboardFilterForm filter, BindingResult errors, Locale locale,
			java.util.function.Supplier<Dashboard> data) {
		if (!List.of("pdf", "xlsx", "csv").contains(format)) {
			throw new NotFound("export");
		}
		if (errors.hasErrors()) {
			throw new nl.ketenimpact.shared.InvalidInput(errors.getFieldErrors().get(0).getField(), "impact.filter.invalid");
		}
		Dashboard dashboard = data.get();
		String name = fileName("impact", dashboard.title(), filter.getYear());
		return switch (format) {
			case "pdf" -> file(exports.pdf(dashboard, locale), MediaType.APPLICATION_PDF, name + ".pdf");
			case "xlsx" -> file(exports.xlsx(dashboard, locale),
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), name + ".xlsx");
			default -> file(exports.csv(dashboard, locale), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
		};
	}

	/**
	 * A file name that says what is in it, so a board member's downloads folder tells them apart:
	 * {@code impact-verduurzaming-lombok-west-2026-2026-12-01} (kind, project or corporation, year if chosen, today).
	 */
	String fileName(String kind, String subject, Integer year) {
		String slug = java.text.Normalizer.normalize(subject == null ? "" : subject, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-$", "");
		}
		return kind + (slug.isEmpty() ? "" : "-" + slug) + (year == null ? "" : "-" + year) + "-" + java.time.LocalDate.now(clock);
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	/** Invalid filters are dropped (the page then shows everything) and reported beside the form. */
	private static Dashboard.Filters filters(DashboardFilterForm filter, BindingResult errors, UUID projectId) {
		if (errors.hasErrors()) {
			return new Dashboard.Filters(null, projectId, null, null);
		}
		return filter.toFilters(projectId);
	}

	private String show(Model model, Locale locale, HttpServletResponse response, BindingResult errors, Dashboard dashboard, String base) {
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("base", base);
		model.addAttribute("query", query(dashboard.filters(), dashboard.kind()));
		model.addAttribute("ranking", dashboard.projects().stream().limit(RANKING_ROWS).toList());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("rankingChart", rankingChart(dashboard, locale));
		model.addAttribute("trendChart", trendChart(dashboard, locale));
		return DASHBOARD;
	}

	/** The filters as a query string for the export links (ids and enum names only, nothing personal). */
	private static String query(Dashboard.Filters f, Dashboard.Kind kind) {
		List<String> parts = new ArrayList<>();
		if (f.year() != null) {
			parts.add("year=" + f.year());
		}
		if (f.projectId() != null && kind != Dashboard.Kind.PROJECT) {
			parts.add("project=" + f.projectId());
		}
		if (f.partnerId() != null && kind != Dashboard.Kind.PARTNER) {
			parts.add("partner=" + f.partnerId());
		}
		if (f.theme() != null) {
			parts.add("theme=" + f.theme());
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	private String rankingChart(Dashboard d, Locale locale) {
		List<Dashboard.Row> top = d.projects().stream().limit(10).toList();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", "bars");
		chart.put("labels", top.stream().map(Dashboard.Row::label).toList());
		chart.put("values", top.stream().map(r -> r.kpis().get(Kpi.SOCIAL_RETURN_VALUE)).toList());
		chart.put("name", text.label(Kpi.SOCIAL_RETURN_VALUE, locale));
		return json.writeValueAsString(chart);
	}

	private String trendChart(Dashboard d, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", "trend");
		chart.put("labels", d.trend().stream().map(Dashboard.Row::label).toList());
		List<Map<String, Object>> series = new ArrayList<>();
		for (Kpi kpi : List.of(Kpi.RESIDENTS_ACTIVATED, Kpi.WORK_EXPERIENCE_PLACES, Kpi.INTERNSHIPS, Kpi.ACTIVITIES, Kpi.CHILDREN_REACHED)) {
			if (d.shown().contains(kpi)) {
				series.add(Map.of("name", text.label(kpi, locale), "values", d.trend().stream().map(r -> r.kpis().get(kpi)).toList()));
			}
		}
		chart.put("series", series);
		return json.writeValueAsString(chart);
	}

	// --- ESRS annual report and benchmark ----------------------------------------------------------

	@GetMapping("/impact/esrs")
	String esrs(CurrentUser user, @RequestParam(required = false) String year, Model model, HttpServletResponse response) {
		int chosen = year(year, model, response);
		model.addAttribute("report", annual.esrs(user, user.organisationId(), chosen));
		model.addAttribute("years", years());
		return "impact/esrs";
	}

	@GetMapping("/impact/esrs/export/pdf")
	ResponseEntity<byte[]> esrsPdf(CurrentUser user, @RequestParam(required = false) String year, Locale locale) {
		int chosen = yearParameter.parse(year);
		AnnualReports.Esrs esrs = annual.esrs(user, user.organisationId(), chosen);
		return file(exports.esrsPdf(esrs, locale), MediaType.APPLICATION_PDF, fileName("esrs", esrs.corporation(), chosen) + ".pdf");
	}

	@GetMapping("/impact/benchmark")
	String benchmark(CurrentUser user, @RequestParam(required = false) String year, Model model, HttpServletResponse response) {
		int chosen = year(year, model, response);
		model.addAttribute("benchmark", annual.benchmark(user, user.organisationId(), chosen));
		model.addAttribute("years", years());
		model.addAttribute("minCorporations", AnnualReports.MIN_CORPORATIONS);
		return "impact/benchmark";
	}

	private List<Integer> years() {
		int now = LocalDate.now(clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = now; y > now - 6; y--) {
			years.add(y);
		}
		return years;
	}

	/** The chosen year; a bad one shows the current year with the message and status 400. */
	private int year(String year, Model model, HttpServletResponse response) {
		try {
			int chosen = yearParameter.parse(year);
			model.addAttribute("year", chosen);
			return chosen;
		}
		catch (nl.ketenimpact.shared.InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("yearError", "impact.filter.year.range");
			int now = LocalDate.now(clock).getYear();
			model.addAttribute("year", now);
			return now;
		}
	}

	// --- residents ---------------------------------------------------------------------------------

	@GetMapping("/projects/{projectId}/results")
	String residentResults(CurrentUser user, @PathVariable UUID projectId, Model model) {
		model.addAttribute("results", results.of(user, projectId));
		return "impact/results";
	}
}
