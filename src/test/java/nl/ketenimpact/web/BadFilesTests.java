package nl.ketenimpact.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import nl.ketenimpact.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files meant to hurt (issue 17, bad files): each is refused with a clear message and nothing is stored, or — a row
 * with a million columns — read within bounded memory and reported as the one invalid row it is.
 */
class BadFilesTests extends IntegrationTestSupport {

	private static byte[] pdf(boolean withScript) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Beschikking"));
		if (withScript) {
			writer.addJavaScript("app.alert('hallo');");
		}
		document.close();
		return out.toByteArray();
	}

	private String pendingContribution() throws Exception {
		String body = mvc.perform(post("/api/v1/projects/" + lombok().id() + "/contributions").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ACTIVITY_HOURS\",\"hours\":3,\"startDate\":\"2026-09-01\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void evidenceThatRunsSomethingOrIsNotWhatItsNameSaysIsRefusedAndNothingStored() throws Exception {
		String id = pendingContribution();
		long evidence = count("evidence");
		mvc.perform(multipart("/api/v1/contributions/" + id + "/evidence")
				.file(new MockMultipartFile("file", "beschikking.pdf", "application/pdf", pdf(true))).header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")))
			.andExpect(jsonPath("$.errors[0].message", containsString("scripts")));
		mvc.perform(multipart("/api/v1/contributions/" + id + "/evidence")
				.file(new MockMultipartFile("file", "beschikking.pdf", "application/pdf",
						"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("Alleen PDF")));
		assertThat(count("evidence")).isEqualTo(evidence);
		mvc.perform(multipart("/api/v1/contributions/" + id + "/evidence")
				.file(new MockMultipartFile("file", "beschikking.pdf", "application/pdf", pdf(false))).header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidenceName", is("beschikking.pdf")));
	}

	@Test
	void importsThatAreNoDwellingFileAreRefusedAndNothingIsWritten() throws Exception {
		UUID project = lombok().id();
		long jobs = count("import_job");
		long dwellings = count("dwelling");
		String deep = "[".repeat(10_000) + "]".repeat(10_000);
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import").param("dryRun", "true").header("Authorization", bearer(PROJECT_LEAD))
				.contentType("application/json").content(deep.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")))
			.andExpect(jsonPath("$.errors[0].message", containsString("JSON")));
		mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import").param("dryRun", "true").header("Authorization", bearer(PROJECT_LEAD))
				.contentType("text/csv").content(zip))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("file")));
		assertThat(count("import_job")).isEqualTo(jobs);
		assertThat(count("dwelling")).isEqualTo(dwellings);
	}

	@Test
	void aRowWithAMillionColumnsIsOneInvalidRowOfThePreview() throws Exception {
		StringBuilder wide = new StringBuilder("code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\n");
		wide.append("x;".repeat(1_000_000));
		long dwellings = count("dwelling");
		mvc.perform(post("/api/v1/projects/" + lombok().id() + "/dwellings/import").param("dryRun", "true").header("Authorization", bearer(PROJECT_LEAD))
				.contentType("text/csv").content(wide.toString().getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.newRows", is(0)))
			.andExpect(jsonPath("$.invalidCount", is(1)));
		assertThat(count("dwelling")).isEqualTo(dwellings);
	}
}
