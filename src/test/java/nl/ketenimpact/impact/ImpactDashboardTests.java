package nl.ketenimpact.impact;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.impact.internal.AnnualReports;
import nl.ketenimpact.impact.internal.Dashboard;
import nl.ketenimpact.impact.internal.Dashboards;
import nl.ketenimpact.impact.internal.Kpi;
import nl.ketenimpact.plan.CommitmentManagement;
import nl.ketenimpact.plan.Theme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every key figure against the hand-checked data of {@link ImpactFixture}; scoping, exports and bad filters. */
class ImpactDashboardTests extends IntegrationTestSupport {

	@Autowired
	Dashboards dashboards;

	ImpactFixture f;

	@BeforeEach
	void fixture() {
		f = ImpactFixture.load(context);
	}

	private static Dashboard.Filters year(Integer year) {
		return new Dashboard.Filters(year, null, null, null);
	}

	private static void assertMoney(Number value, String expected) {
		assertThat((BigDecimal) value).isEqualByComparingTo(expected);
	}

	@Test
	void portfolioOverAllYearsCountsEveryRecordOnce() {
		Map<Kpi, Number> k = dashboards.corporation(user(ImpactFixture.SOCIAL_WORKER), f.corporation, year(null)).totals();
		assertThat(k.get(Kpi.PROJECTS)).isEqualTo(2L);
		assertThat(k.get(Kpi.DWELLINGS)).isEqualTo(5L);
		assertMoney(k.get(Kpi.SOCIAL_RETURN_OBLIGATION), "70000"); // 5% of 1,000,000 + 10% of 200,000
		assertMoney(k.get(Kpi.SOCIAL_RETURN_VALUE), "23000"); // approved only
		assertThat(k.get(Kpi.SOCIAL_RETURN_COMPLIANCE)).isEqualTo(32); // 23,000 / 70,000, rounded down
		assertThat(k.get(Kpi.SOCIAL_RETURN_PEOPLE)).isEqualTo(1L);
		assertThat(k.get(Kpi.RESIDENTS_ACTIVATED)).isEqualTo(2L); // one self-work household + one resident placed
		assertThat(k.get(Kpi.WORK_EXPERIENCE_PLACES)).isEqualTo(1L);
		assertThat(k.get(Kpi.INTERNSHIPS)).isEqualTo(3L);
		assertThat(k.get(Kpi.JOB_GUARANTEE_FULFILMENT)).isEqualTo(50); // 2 guaranteed ended, 1 hired
		assertThat(k.get(Kpi.JOBS)).isEqualTo(2L);
		assertMoney(k.get(Kpi.PLACEMENT_HOURS), "76.5");
		assertThat(k.get(Kpi.CHILDREN_REACHED)).isEqualTo(17L);
		assertThat(k.get(Kpi.ACTIVITIES)).isEqualTo(3L);
		assertThat(k.get(Kpi.PARTICIPANTS)).isEqualTo(50L);
		assertMoney(k.get(Kpi.STAFF_VOLUNTEER_HOURS), "12.5");
		assertThat(k.get(Kpi.SIGNALS_RAISED)).isEqualTo(7L);
		assertThat(k.get(Kpi.SIGNALS_TRIAGED_IN_TIME)).isEqualTo(4L); // the social team sees small counts
		assertThat(k.get(Kpi.SIGNALS_REFERRED)).isEqualTo(2L);
	}

	@Test
	void aYearCountsRecordsDatedInItAndKeepsSocialReturnCumulative() {
		Dashboard d = dashboards.corporation(user(ImpactFixture.SOCIAL_WORKER), f.corporation, year(2026));
		Map<Kpi, Number> k = d.totals();
		assertThat(k.get(Kpi.PROJECTS)).isEqualTo(2L);
		assertMoney(k.get(Kpi.SOCIAL_RETURN_VALUE), "23000");
		assertThat(k.get(Kpi.RESIDENTS_ACTIVATED)).isEqualTo(2L);
		assertThat(k.get(Kpi.WORK_EXPERIENCE_PLACES)).isEqualTo(1L);
		assertThat(k.get(Kpi.INTERNSHIPS)).isEqualTo(2L);
		assertThat(k.get(Kpi.JOB_GUARANTEE_FULFILMENT)).isEqualTo(0); // the one ended in 2026 had no offer
		assertThat(k.get(Kpi.JOBS)).isEqualTo(1L);
		assertMoney(k.get(Kpi.PLACEMENT_HOURS), "46.5");
		assertThat(k.get(Kpi.ACTIVITIES)).isEqualTo(2L);
		assertThat(k.get(Kpi.CHILDREN_REACHED)).isEqualTo(12L);
		assertThat(k.get(Kpi.PARTICIPANTS)).isEqualTo(25L);
		assertMoney(k.get(Kpi.STAFF_VOLUNTEER_HOURS), "8.5");

		// The trend always shows every year; the ranking every project of the selection, highest value first.
		assertThat(d.trend()).extracting(Dashboard.Row::label).containsExactly("2025", "2026");
		Dashboard.Row y2025 = d.trend().get(0);
		assertThat(y2025.kpis().get(Kpi.INTERNSHIPS)).isEqualTo(1L);
		assertMoney(y2025.kpis().get(Kpi.PLACEMENT_HOURS), "30");
		assertMoney(y2025.kpis().get(Kpi.SOCIAL_RETURN_VALUE), "3000");
		assertThat(d.projects()).extracting(Dashboard.Row::label).containsExactly("Kpi project A", "Kpi project B");
		assertMoney(d.projects().get(0).kpis().get(Kpi.SOCIAL_RETURN_OBLIGATION), "50000");
		assertThat(d.projects().get(1).kpis().get(Kpi.INTERNSHIPS)).isEqualTo(1L);

		// 2024: no project ran, nothing counts.
		assertThat(dashboards.corporation(user(ImpactFixture.SOCIAL_WORKER), f.corporation, year(2024)).totals().get(Kpi.PROJECTS)).isEqualTo(0L);
	}

	@Test
	void planTargetsAgainstActualsPerThemeCountOnlyAcceptedCommitments() {
		List<CommitmentManagement.Summary> plan = dashboards.corporation(user(ImpactFixture.COORDINATOR), f.corporation, year(null)).plan();
		assertThat(plan).hasSize(2);
		CommitmentManagement.Summary work = plan.stream().filter(s -> s.theme() == Theme.WORK_EXPERIENCE).findFirst().orElseThrow();
		assertThat(work.commitments()).isEqualTo(1);
		assertThat(work.achieved()).isEqualTo(1);
		assertThat(work.actual()).isEqualByComparingTo("3");
		CommitmentManagement.Summary liveability = plan.stream().filter(s -> s.theme() == Theme.LIVEABILITY).findFirst().orElseThrow();
		assertThat(liveability.achieved()).isZero();
		assertThat(liveability.actual()).isEqualByComparingTo("1");

		Dashboard themed = dashboards.corporation(user(ImpactFixture.COORDINATOR), f.corporation, new Dashboard.Filters(null, null, null, Theme.LIVEABILITY));
		assertThat(themed.plan()).extracting(CommitmentManagement.Summary::theme).containsOnly(Theme.LIVEABILITY);
		assertThat(themed.shown()).contains(Kpi.ACTIVITIES, Kpi.SOCIAL_RETURN_VALUE).doesNotContain(Kpi.INTERNSHIPS, Kpi.SIGNALS_RAISED);
	}

	@Test
	void outsideTheSocialTeamSmallSignalCountsAreHidden() {
		Map<Kpi, Number> k = dashboards.corporation(user(ImpactFixture.COORDINATOR), f.corporation, year(null)).totals();
		assertThat(k.get(Kpi.SIGNALS_RAISED)).isEqualTo(7L);
		assertThat(k.get(Kpi.SIGNALS_TRIAGED_IN_TIME)).isNull();
		assertThat(k.get(Kpi.SIGNALS_REFERRED)).isNull();
	}

	@Test
	void aPartnerSeesOnlyItsOwnResults() throws Exception {
		Dashboard d = dashboards.partner(user(ImpactFixture.PARTNER_LEAD), f.partner, year(null));
		Map<Kpi, Number> k = d.totals();
		assertMoney(k.get(Kpi.SOCIAL_RETURN_OBLIGATION), "70000");
		assertMoney(k.get(Kpi.SOCIAL_RETURN_VALUE), "23000");
		assertThat(k.get(Kpi.WORK_EXPERIENCE_PLACES)).isEqualTo(1L);
		assertThat(k.get(Kpi.INTERNSHIPS)).isEqualTo(2L); // not the corporation's own internship in B
		assertThat(k.get(Kpi.RESIDENTS_ACTIVATED)).isEqualTo(1L); // self-work is the corporation's
		assertThat(k.get(Kpi.ACTIVITIES)).isEqualTo(1L);
		assertMoney(k.get(Kpi.PLACEMENT_HOURS), "66.5");
		assertThat(k.get(Kpi.SIGNALS_RAISED)).isEqualTo(6L);
		assertThat(k.get(Kpi.SIGNALS_TRIAGED_IN_TIME)).isNull();
		assertThat(d.plan()).extracting(CommitmentManagement.Summary::theme).containsOnly(Theme.WORK_EXPERIENCE);

		// On a project dashboard a partner's partner filter is its own, whatever it asks for.
		Dashboard project = dashboards.project(user(ImpactFixture.PARTNER_LEAD), f.projectA, new Dashboard.Filters(null, null, f.corporation, null));
		assertThat(project.filters().partnerId()).isEqualTo(f.partner);
		assertThat(project.partnerOptions()).as("no other partners to choose").isEmpty();
		assertThat(project.totals().get(Kpi.ACTIVITIES)).isEqualTo(1L);

		mvc.perform(get("/api/v1/organisations/" + f.partner + "/impact").header("Authorization", bearer(ImpactFixture.PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("PARTNER"))
			.andExpect(jsonPath("$.kpis.internships").value(2))
			.andExpect(jsonPath("$.kpis.signalsRaised").value(6))
			.andExpect(jsonPath("$.kpis.signalsTriagedInTime").doesNotExist()); // hidden: left out
	}

	@Test
	void otherOrganisationsAndResidentsAreRefusedByApiAndPages() throws Exception {
		for (String outsider : List.of(OTHER_PROJECT_LEAD, PROJECT_LEAD, PARTNER_LEAD, ImpactFixture.PARTNER_LEAD, RESIDENT)) {
			mvc.perform(get("/api/v1/organisations/" + f.corporation + "/impact").header("Authorization", bearer(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/organisations/" + f.corporation + "/esrs").header("Authorization", bearer(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/organisations/" + f.corporation + "/benchmark").header("Authorization", bearer(outsider)))
				.andExpect(status().isNotFound());
		}
		for (String outsider : List.of(OTHER_PROJECT_LEAD, PARTNER_LEAD, RESIDENT, OTHER_RESIDENT)) {
			mvc.perform(get("/api/v1/projects/" + f.projectA + "/impact").header("Authorization", bearer(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/projects/" + f.projectA + "/impact").with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/projects/" + f.projectA + "/impact/export/pdf").with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/projects/" + f.projectA + "/results").with(as(outsider))).andExpect(status().isNotFound());
		}
		// A corporation's portfolio page and exports always show its own projects, never another's.
		mvc.perform(get("/impact/portfolio").with(as(OTHER_PROJECT_LEAD))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Kpi project A"))));
		mvc.perform(get("/impact/portfolio").param("project", f.projectA.toString()).with(as(OTHER_PROJECT_LEAD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/impact/portfolio/export/csv").with(as(OTHER_PROJECT_LEAD))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Kpi project"))));
		// Nobody but the partner's own users sees its results.
		for (String outsider : List.of(OTHER_PROJECT_LEAD, PARTNER_LEAD, ImpactFixture.COORDINATOR, RESIDENT)) {
			mvc.perform(get("/api/v1/organisations/" + f.partner + "/impact").header("Authorization", bearer(outsider)))
				.andExpect(status().isNotFound());
		}
		// Annual report and benchmark are for corporation staff only, by page, PDF and API.
		for (String outsider : List.of(PARTNER_LEAD, ImpactFixture.PARTNER_LEAD, RESIDENT, ImpactFixture.RESIDENT_A)) {
			mvc.perform(get("/impact/esrs").with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/impact/esrs/export/pdf").with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/impact/benchmark").with(as(outsider))).andExpect(status().isNotFound());
		}
		// Partners and residents have no portfolio.
		mvc.perform(get("/impact/portfolio").with(as(PARTNER_LEAD))).andExpect(status().isNotFound());
		mvc.perform(get("/impact/partner").with(as(COORDINATOR))).andExpect(status().isNotFound());
		mvc.perform(get("/impact/esrs").with(as(RESIDENT))).andExpect(status().isNotFound());
		// A partner's dashboard never lists a project it is not in.
		mvc.perform(get("/impact/partner").param("project", f.projectA.toString()).with(as(PARTNER_LEAD))).andExpect(status().isNotFound());
	}

	@Test
	void residentsSeeWhatWasPromisedAndDoneWithoutSignalsOrPersonalData() throws Exception {
		mvc.perform(get("/projects/" + f.projectA + "/results").with(as(ImpactFixture.RESIDENT_A)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Twee werkervaringsplaatsen voor bewoners")))
			.andExpect(content().string(containsString("Drie buurtactiviteiten per jaar")))
			.andExpect(content().string(not(containsString("Vijf excursies")))) // only a proposal
			.andExpect(content().string(not(containsString("Zorgsignalen"))))
			.andExpect(content().string(not(containsString("Huishouden Kpi"))));
		mvc.perform(get("/projects/" + f.projectB + "/results").with(as(ImpactFixture.RESIDENT_A))).andExpect(status().isNotFound());
	}

	@Test
	void badFiltersGiveTheMessageAnd400AndNeverA500() throws Exception {
		mvc.perform(get("/impact/portfolio").param("year", "abc").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("ongeldige waarde")));
		mvc.perform(get("/impact/portfolio").param("year", "1900").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("tussen 2000 en 2100")));
		mvc.perform(get("/impact/portfolio").param("theme", "NOPE").param("partner", "x").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/impact/esrs").param("year", "twintig").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("tussen 2000 en 2100")));
		mvc.perform(get("/impact/portfolio/export/pdf").param("year", "abc").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/impact/portfolio/export/doc").with(as(ImpactFixture.COORDINATOR))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations/" + f.corporation + "/impact").param("year", "abc")
			.header("Authorization", bearer(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(get("/api/v1/organisations/" + f.corporation + "/impact").param("theme", "NOPE")
			.header("Authorization", bearer(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/projects/" + f.projectA + "/impact").param("year", "99999")
			.header("Authorization", bearer(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(get("/api/v1/organisations/" + f.corporation + "/impact").param("year", "1999")
			.header("Authorization", bearer(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
		mvc.perform(get("/projects/" + f.projectA + "/impact/export/csv").param("year", "1999").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isBadRequest());
		// The rule stands on the dashboard's filters themselves, whoever asks.
		assertThatThrownBy(() -> new Dashboard.Filters(1999, null, null, null)).isInstanceOf(nl.ketenimpact.shared.InvalidInput.class);
		assertThatThrownBy(() -> annual.esrs(user(ImpactFixture.COORDINATOR), f.corporation, 2101))
			.isInstanceOf(nl.ketenimpact.shared.InvalidInput.class);
	}

	@Test
	void theApiGivesTheKeyFiguresByTheirNames() throws Exception {
		mvc.perform(get("/api/v1/organisations/" + f.corporation + "/impact").param("year", "2026")
			.header("Authorization", bearer(ImpactFixture.SOCIAL_WORKER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("CORPORATION"))
			.andExpect(jsonPath("$.filters.year").value(2026))
			.andExpect(jsonPath("$.kpis.internships").value(2))
			.andExpect(jsonPath("$.kpis.placementHours").value(46.5))
			.andExpect(jsonPath("$.kpis.signalsTriagedInTime").value(4))
			.andExpect(jsonPath("$.projects[0].name").value("Kpi project A"))
			.andExpect(jsonPath("$.years[0].key").value("2025"));
		mvc.perform(get("/api/v1/projects/" + f.projectA + "/impact").header("Authorization", bearer(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kpis.childrenReached").value(17))
			.andExpect(jsonPath("$.socialReturn.obligationEur").value(50000.0));
	}

	@Test
	void thePdfReportAndTheSpreadsheetHoldTheFilteredFigures() throws Exception {
		byte[] pdf = mvc.perform(get("/impact/portfolio/export/pdf").param("year", "2026").with(as(ImpactFixture.SOCIAL_WORKER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("impact-kpi-wonen-2026-" + today() + ".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true); // tables are written to another layer than paragraphs
			String text = stripper.getText(document);
			assertThat(text).contains("Impact van de portefeuille: Kpi Wonen", "Jaar 2026", "Stages 2", "Signalen op tijd opgepakt 4", "Kpi project A",
					"€ 23.000,00", "46,5", "Werkervaringsplaatsen", "Tien bewoners kregen een werkervaringsplaats");
			PDFTextStripper firstPage = new PDFTextStripper();
			firstPage.setEndPage(1);
			assertThat(firstPage.getText(document)).as("the key figures are on page 1, not behind a title page")
				.contains("Impact van de portefeuille: Kpi Wonen", "Kerncijfers", "Stages 2");
		}

		byte[] xlsx = mvc.perform(get("/impact/portfolio/export/xlsx").param("year", "2026").param("theme", "INTERNSHIP")
			.with(as(ImpactFixture.SOCIAL_WORKER)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(1).getCellText(0)).contains("Jaar 2026", "Thema Stages");
			int headerAt = 0;
			while (!"Niveau".equals(rows.get(headerAt).getCellText(0))) {
				headerAt++;
			}
			Row header = rows.get(headerAt);
			Row total = rows.get(headerAt + 1);
			int internships = -1;
			for (int c = 0; c < header.getCellCount(); c++) {
				if ("Stages".equals(header.getCellText(c))) {
					internships = c;
				}
				assertThat(header.getCellText(c)).isNotEqualTo("Activiteiten"); // another theme's figure is not exported
			}
			assertThat(internships).isPositive();
			assertThat(total.getCellText(0)).isEqualTo("Totaal");
			assertThat(total.getCellAsNumber(internships).orElseThrow()).isEqualByComparingTo("2");
		}

		String csv = mvc.perform(get("/projects/" + f.projectA + "/impact/export/csv").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains("Kpi project A").contains("Totaal;Kpi project A;1;3;");
	}

	@Test
	void esrsReportListsFiguresTextsAndGaps() throws Exception {
		AnnualReports.Esrs esrs = annual.esrs(user(ImpactFixture.COORDINATOR), f.corporation, 2026);
		AnnualReports.Section s3Policies = esrs.standards().get(0).sections().get(0);
		assertThat(s3Policies.texts()).contains("Twee werkervaringsplaatsen voor bewoners", "Drie buurtactiviteiten per jaar");
		assertThat(esrs.gaps()).anyMatch(g -> g.contains("esrs.gap.s3.channel"));
		AnnualReports.Section s4Policies = esrs.standards().get(1).sections().get(0);
		assertThat(s4Policies.gaps()).containsExactly("esrs.gap.policies");
		AnnualReports.Section s4Remediation = esrs.standards().get(1).sections().get(2);
		assertThat(s4Remediation.figures().get(Kpi.SIGNALS_RAISED)).isEqualTo(7L);
		assertThat(s4Remediation.gaps()).isEmpty();

		mvc.perform(get("/impact/esrs").param("year", "2026").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ESRS S3")))
			.andExpect(content().string(containsString("meldkanaal voor omwonenden")));
		byte[] pdf = mvc.perform(get("/impact/esrs/export/pdf").param("year", "2026").with(as(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("ESRS S4", "Beleid", "Ontbreekt");
		}
	}

	@Autowired
	AnnualReports annual;

	@Test
	void theSectorAggregateAppearsOnlyOverFiveCorporations() throws Exception {
		// Four corporations with dwellings are too few for a sector figure; a fifth makes it appear (a corporation without dwellings never counts).
		List<nl.ketenimpact.project.Portfolio.Project> four = new java.util.ArrayList<>();
		four.add(new nl.ketenimpact.project.Portfolio.Project(f.projectA, f.corporation, "A", "Utrecht", nl.ketenimpact.project.ProjectStatus.EXECUTION,
				null, null, 3));
		four.add(new nl.ketenimpact.project.Portfolio.Project(f.projectB, f.corporation, "B", "Utrecht", nl.ketenimpact.project.ProjectStatus.EXECUTION,
				null, null, 2));
		for (int i = 0; i < 3; i++) {
			four.add(new nl.ketenimpact.project.Portfolio.Project(UUID.randomUUID(), UUID.randomUUID(), "P" + i, "Ede",
					nl.ketenimpact.project.ProjectStatus.EXECUTION, null, null, 100));
		}
		four.add(new nl.ketenimpact.project.Portfolio.Project(UUID.randomUUID(), UUID.randomUUID(), "Leeg", "Ede",
				nl.ketenimpact.project.ProjectStatus.PREPARATION, null, null, 0));
		AnnualReports.Benchmark tooFew = annual.compare(f.corporation, 2026, four);
		assertThat(tooFew.corporations()).isEqualTo(4);
		assertThat(tooFew.sector()).isNull();
		assertThat(tooFew.own().get(Kpi.INTERNSHIPS)).isEqualByComparingTo("40.0");
		List<nl.ketenimpact.project.Portfolio.Project> five = new java.util.ArrayList<>(four);
		five.add(new nl.ketenimpact.project.Portfolio.Project(UUID.randomUUID(), UUID.randomUUID(), "P5", "Ede",
				nl.ketenimpact.project.ProjectStatus.EXECUTION, null, null, 100));
		AnnualReports.Benchmark enough = annual.compare(f.corporation, 2026, five);
		assertThat(enough.corporations()).isEqualTo(5);
		// The other corporations' projects have no records: the fixture's 2 internships over 405 dwellings.
		assertThat(enough.sector().get(Kpi.INTERNSHIPS)).isEqualByComparingTo("0.5");

		AnnualReports.Benchmark before = annual.benchmark(user(ImpactFixture.COORDINATOR), f.corporation, 2026);
		assertThat(before.own().get(Kpi.INTERNSHIPS)).isEqualByComparingTo("40.0"); // 2 per 5 dwellings
		if (before.corporations() < AnnualReports.MIN_CORPORATIONS) {
			assertThat(before.sector()).isNull();
			for (int i = before.corporations(); i < AnnualReports.MIN_CORPORATIONS; i++) {
				UUID corporation = UUID.randomUUID();
				jdbc.sql("insert into organisation (id, name, type) values (:id, :n, 'HOUSING_CORPORATION')").param("id", corporation)
					.param("n", "Benchmark corporatie " + i).update();
				UUID project = UUID.randomUUID();
				jdbc.sql("insert into project (id, corporation_id, name, municipality, project_type, start_date, status) values (:id, :c, :n, 'Ede', 'REB', date '2026-01-01', 'EXECUTION')")
					.param("id", project).param("c", corporation).param("n", "Benchmark project " + i).update();
				jdbc.sql("insert into dwelling (id, project_id, corporation_id, bag_identificatie, straatnaam, huisnummer, woonplaats) values (:id, :p, :c, :bag, 'Benchweg', 1, 'Ede')")
					.param("id", UUID.randomUUID()).param("p", project).param("c", corporation).param("bag", String.format("0228010077%06d", i)).update();
			}
		}
		AnnualReports.Benchmark after = annual.benchmark(user(ImpactFixture.COORDINATOR), f.corporation, 2026);
		assertThat(after.corporations()).isGreaterThanOrEqualTo(AnnualReports.MIN_CORPORATIONS);
		assertThat(after.sector()).isNotNull();
		assertThat(after.sector().get(Kpi.INTERNSHIPS)).isLessThan(after.own().get(Kpi.INTERNSHIPS));
		mvc.perform(get("/api/v1/organisations/" + f.corporation + "/benchmark").param("year", "2026")
			.header("Authorization", bearer(ImpactFixture.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownPer100Dwellings.internships").value(40.0))
			.andExpect(jsonPath("$.sectorPer100Dwellings").isMap());
	}

	@Test
	void aProjectOutsideTheSelectionIsNotFound() {
		assertThatThrownBy(() -> dashboards.corporation(user(ImpactFixture.COORDINATOR), f.corporation,
				new Dashboard.Filters(null, lombok().id(), null, null)))
			.isInstanceOf(nl.ketenimpact.shared.NotFound.class);
	}
}
