package nl.ketenimpact.impact;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The files a board or a controller opens: the project PDF of every demo project, and spreadsheets that never run a typed formula. */
class ExportFilesTests extends IntegrationTestSupport {

	@Test
	void theProjectPdfOfEveryDemoProjectOpensWithItsKeyFiguresOnPageOne() throws Exception {
		// The demo's projects of both corporations, each opened by its own coordinator.
		java.util.Map<String, String> demo = java.util.Map.of("Verduurzaming Lombok-West", COORDINATOR, "Renovatie Kanaleneiland-Zuid", COORDINATOR,
				"Verduurzaming Woensel-Noord", "coordinator@zuid.demo.nl");
		for (java.util.Map.Entry<String, String> entry : demo.entrySet()) {
			String name = entry.getKey();
			UUID project = projectNamed(name);
			var response = mvc.perform(get("/projects/" + project + "/impact/export/pdf").with(as(entry.getValue())))
				.andExpect(status().isOk()).andReturn().getResponse();
			assertThat(response.getHeader("Content-Disposition")).as("the file is named after the project and today")
				.contains("impact-" + name.toLowerCase().replace(' ', '-')).contains(today().toString());
			try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
				PDFTextStripper firstPage = new PDFTextStripper();
				firstPage.setEndPage(1);
				// Text extraction breaks a wrapped title into lines; compare without the white space.
				String text = firstPage.getText(document).replaceAll("\\s+", "");
				assertThat(text).as(name).contains(("Impact van het project: " + name).replaceAll("\\s+", ""))
					.contains("Kerncijfers").contains("Woningen");
			}
		}
	}

	@Test
	void aNameThatLooksLikeAFormulaIsTextInCsvAndXlsx() throws Exception {
		UUID project = projects.create(user(PROJECT_LEAD), new ProjectInput("=HYPERLINK(\"http://example.org\";\"klik\")", "Utrecht", null,
				ProjectType.REB, null, null));
		String csv = mvc.perform(get("/projects/" + project + "/impact/export/csv").with(as(COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF#").doesNotContain(";=HYPERLINK").contains("'=HYPERLINK");

		byte[] xlsx = mvc.perform(get("/impact/portfolio/export/xlsx").with(as(COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).flatExtracting(row -> row.stream().filter(java.util.Objects::nonNull).map(cell -> cell.getText()).toList())
				.contains("'=HYPERLINK(\"http://example.org\";\"klik\")")
				.noneMatch(text -> text.startsWith("=") || text.startsWith("+") || text.startsWith("@"));
		}
	}

	@Test
	void yearsAreNeverGroupedLikeNumbersInHeadingsAndTheBenchmarkShowsInTheDemo() throws Exception {
		String year = String.valueOf(today().getYear());
		String grouped = year.charAt(0) + "." + year.substring(1);
		String benchmark = mvc.perform(get("/impact/benchmark").param("year", year).with(as(COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(benchmark).contains("Vergelijking met de sector " + year).doesNotContain("sector " + grouped)
			.as("five corporations with projects this year: the sector is shown").doesNotContain("dit jaar zijn het er");
		String esrs = mvc.perform(get("/impact/esrs").param("year", year).with(as(COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(esrs).contains(year + " (ESRS S3 en S4)").doesNotContain(grouped + " (ESRS");
	}
}
