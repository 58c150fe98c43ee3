package nl.ketenimpact.impact;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.impact.internal.Dashboard;
import nl.ketenimpact.impact.internal.Dashboards;
import nl.ketenimpact.impact.internal.Kpi;
import nl.ketenimpact.impact.web.KpiText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One figure, one definition, everywhere: each key figure of the hand-checked fixture is computed once and every place
 * that shows it — the dashboard page, the API, the board PDF, the CSV and the residents' page — gives the same number
 * for the same selection, with its definition beside it.
 */
class KpiAgreementTests extends IntegrationTestSupport {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	KpiText text;

	@Autowired
	Dashboards dashboards;

	private ImpactFixture f;

	@BeforeEach
	void fixture() {
		f = ImpactFixture.load(context);
	}

	@Test
	void everyPlaceThatShowsAKeyFigureGivesTheSameNumber() throws Exception {
		Dashboard dashboard = dashboards.project(user(ImpactFixture.COORDINATOR), f.projectA, new Dashboard.Filters(null, f.projectA, null, null));
		Map<Kpi, Number> truth = dashboard.totals();

		String page = mvc.perform(get("/projects/" + f.projectA + "/impact").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String api = mvc.perform(get("/api/v1/projects/" + f.projectA + "/impact").header("Authorization", bearer(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String pdf;
		try (PDDocument document = Loader.loadPDF(mvc.perform(get("/projects/" + f.projectA + "/impact/export/pdf").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
			pdf = new PDFTextStripper().getText(document).replace('\n', ' ');
		}
		String csv = mvc.perform(get("/projects/" + f.projectA + "/impact/export/csv").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String totals = csv.lines().filter(line -> line.startsWith("Totaal;")).findFirst().orElseThrow();
		java.util.List<String> header = java.util.List.of(csv.lines().filter(line -> line.startsWith("Niveau;")).findFirst().orElseThrow().split(";"));
		java.util.List<String> totalCells = java.util.List.of(totals.split(";", -1));

		assertThat(dashboard.shown()).isNotEmpty();
		for (Kpi kpi : dashboard.shown()) {
			String shown = text.format(kpi, truth.get(kpi), DUTCH);
			assertThat(dataKpi(page, kpi)).as("dashboard page, " + kpi).isEqualTo(shown);
			assertThat(page).as("its definition beside it").contains(html(text.definition(kpi, DUTCH)));
			assertThat(pdf).as("PDF, " + kpi).contains(text.label(kpi, DUTCH) + " " + shown);
			String cell = totalCells.get(header.indexOf(text.label(kpi, DUTCH)));
			if (truth.get(kpi) == null) {
				// Hidden (a small signal count outside the social team): left out of the API, "< 5" or a dash wherever it is shown.
				assertThat(((Map<?, ?>) JsonPath.read(api, "$.kpis")).containsKey(kpi.jsonName())).as("API, " + kpi).isFalse();
				assertThat(cell).as("CSV, " + kpi).isEqualTo(shown);
				continue;
			}
			Object fromApi = JsonPath.read(api, "$.kpis." + kpi.jsonName());
			assertThat(new java.math.BigDecimal(String.valueOf(fromApi))).as("API, " + kpi)
				.isEqualByComparingTo(new java.math.BigDecimal(String.valueOf(truth.get(kpi))));
			assertThat(new java.math.BigDecimal(cell.replace(',', '.'))).as("CSV, " + kpi)
				.isEqualByComparingTo(new java.math.BigDecimal(String.valueOf(truth.get(kpi))));
		}

		// The residents' page shows a part of the same figures, the same way.
		String results = mvc.perform(get("/projects/" + f.projectA + "/results").with(as(ImpactFixture.RESIDENT_A)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher shownThere = Pattern.compile("data-kpi=\"([A-Z_]+)\"").matcher(results);
		int compared = 0;
		while (shownThere.find()) {
			Kpi kpi = Kpi.valueOf(shownThere.group(1));
			assertThat(dataKpi(results, kpi)).as("residents' page, " + kpi).isEqualTo(text.format(kpi, truth.get(kpi), DUTCH));
			compared++;
		}
		assertThat(compared).isPositive();
	}

	@Test
	void everyKeyFigureHasALabelAndADefinitionInBothLanguages() {
		for (Kpi kpi : EnumSet.allOf(Kpi.class)) {
			for (Locale locale : new Locale[] { DUTCH, Locale.ENGLISH }) {
				assertThat(text.label(kpi, locale)).isNotBlank();
				assertThat(text.definition(kpi, locale)).isNotBlank().isNotEqualTo(text.label(kpi, locale));
			}
		}
	}

	private static String dataKpi(String html, Kpi kpi) {
		Matcher matcher = Pattern.compile("data-kpi=\"" + kpi.name() + "\">([^<]*)<").matcher(html);
		assertThat(matcher.find()).as(kpi + " on the page").isTrue();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1));
	}

	private static String html(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text).replace("&quot;", "&quot;");
	}
}
