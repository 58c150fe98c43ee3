package nl.ketenimpact.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.importer.internal.ImportManagement;
import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing dwellings: preview, idempotent runs, re-runs after an interruption, scoping and bad files. */
class ImportTests extends IntegrationTestSupport {

	@Autowired
	ImportManagement imports;

	private UUID freshProject(String name) {
		return projects.create(user(PROJECT_LEAD), new ProjectInput(name, "Utrecht", null, ProjectType.REB, null, null));
	}

	static String csv(int from, int count, String prefix) {
		StringBuilder csv = new StringBuilder("code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\n");
		for (int i = from; i < from + count; i++) {
			csv.append(prefix).append(i).append(';').append(String.format("0344019%09d", i)).append(";Importstraat;").append(i + 1)
				.append(";3531 AB;Utrecht\n");
		}
		return csv.toString();
	}

	private long dwellingsIn(UUID project) {
		return jdbc.sql("select count(*) from dwelling where project_id = :p").param("p", project).query(Long.class).single();
	}

	private ImportManagement.Summary awaitDone(UUID job) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			ImportManagement.Summary summary = imports.summary(user(PROJECT_LEAD), job);
			if (summary.finished()) {
				return summary;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import did not finish");
	}

	@Test
	void previewWritesNothingAndARunTwiceEndsWithTheSameRows() throws Exception {
		UUID project = freshProject("Importproject A");
		byte[] file = (csv(0, 3, "IA-") + "IA-9;123;Foutstraat;1;3531AB;Utrecht\nIA-0;0344019000000000;Importstraat;1;3531 AB;Utrecht\n")
			.getBytes(StandardCharsets.UTF_8);
		String preview = mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import?dryRun=true").header("Authorization", bearer(PROJECT_LEAD))
			.contentType("text/csv").content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.newRows", is(3)))
			.andExpect(jsonPath("$.invalidCount", is(2)))
			.andExpect(jsonPath("$.invalidRows[0].line", is(5)))
			.andExpect(jsonPath("$.invalidRows[0].field", is("bagIdentificatie")))
			.andExpect(jsonPath("$.invalidRows[1].message", containsString("al eerder in het bestand")))
			.andReturn().getResponse().getContentAsString();
		assertThat(dwellingsIn(project)).isZero();

		String started = mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import").header("Authorization", bearer(PROJECT_LEAD))
			.contentType("text/csv").content(file)).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		ImportManagement.Summary first = awaitDone(UUID.fromString(JsonPath.read(started, "$.id")));
		assertThat(first.status()).isEqualTo("DONE");
		assertThat(dwellingsIn(project)).isEqualTo(3);

		String again = mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import").header("Authorization", bearer(PROJECT_LEAD))
			.contentType("text/csv").content(file)).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		ImportManagement.Summary second = awaitDone(UUID.fromString(JsonPath.read(again, "$.id")));
		assertThat(count("import_chunk where job_id = '" + first.id() + "'")).as("the stored file is removed once done").isZero();
		assertThat(second.newRows()).isZero();
		assertThat(second.unchangedRows()).isEqualTo(3);
		assertThat(dwellingsIn(project)).isEqualTo(3);
		assertThat(preview).isNotBlank();
	}

	@Test
	void aRunThatDiesHalfwayIsSimplyRunAgainToTheExactCount() throws Exception {
		UUID project = freshProject("Importproject B");
		byte[] file = csv(20_000, 2 * ImportManagement.BATCH + 500, "IB-").getBytes(StandardCharsets.UTF_8);
		ImportManagement.Summary preview = imports.preview(user(PROJECT_LEAD), project, "herstart.csv", file);
		assertThat(preview.newRows()).isEqualTo(2 * ImportManagement.BATCH + 500);
		ImportManagement.afterBatch = rows -> {
			throw new IllegalStateException("instance stopped after " + rows + " rows");
		};
		try {
			imports.start(user(PROJECT_LEAD), preview.id());
			ImportManagement.Summary died = awaitDone(preview.id());
			assertThat(died.status()).isEqualTo("FAILED");
			assertThat(dwellingsIn(project)).isEqualTo(ImportManagement.BATCH);
		}
		finally {
			ImportManagement.afterBatch = rows -> {
			};
		}

		imports.start(user(PROJECT_LEAD), preview.id());
		ImportManagement.Summary done = awaitDone(preview.id());
		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.unchangedRows()).isEqualTo(ImportManagement.BATCH);
		assertThat(done.newRows()).isEqualTo(ImportManagement.BATCH + 500);
		assertThat(dwellingsIn(project)).isEqualTo(2 * ImportManagement.BATCH + 500);
	}

	@Test
	void onlyTheProjectLeadOfTheOwnCorporationImports() throws Exception {
		UUID project = freshProject("Importproject C");
		byte[] file = csv(5000, 2, "IC-").getBytes(StandardCharsets.UTF_8);
		mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import?dryRun=true").header("Authorization", bearer(OTHER_PROJECT_LEAD))
			.contentType("text/csv").content(file)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import?dryRun=true").header("Authorization", bearer(COORDINATOR))
			.contentType("text/csv").content(file)).andExpect(status().isForbidden());
		mvc.perform(multipart("/projects/" + project + "/import").file(new MockMultipartFile("file", "w.csv", "text/csv", file))
			.with(as(OTHER_PROJECT_LEAD)).with(csrf())).andExpect(status().isNotFound());
		assertThat(dwellingsIn(project)).isZero();
		String preview = mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import?dryRun=true").header("Authorization", bearer(PROJECT_LEAD))
			.contentType("text/csv").content(file)).andReturn().getResponse().getContentAsString();
		String job = JsonPath.read(preview, "$.id");
		mvc.perform(get("/api/v1/imports/" + job).header("Authorization", bearer(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
		mvc.perform(get("/projects/" + project + "/import").with(as(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
		mvc.perform(get("/imports/" + job).with(as(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
		mvc.perform(get("/imports/" + job + "/invalid.csv").with(as(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
		mvc.perform(post("/imports/" + job + "/start").with(as(OTHER_PROJECT_LEAD)).with(csrf())).andExpect(status().isNotFound());
		for (String outsider : new String[] { RESIDENT, OTHER_RESIDENT, PARTNER_LEAD }) {
			mvc.perform(get("/imports/" + job).with(as(outsider))).andExpect(status().is4xxClientError());
			mvc.perform(post("/imports/" + job + "/start").with(as(outsider)).with(csrf())).andExpect(status().is4xxClientError());
			mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import").header("Authorization", bearer(outsider))
				.contentType("text/csv").content(file)).andExpect(status().is4xxClientError());
		}
		assertThat(imports.summary(user(PROJECT_LEAD), UUID.fromString(job)).status()).isEqualTo("PREVIEWED");
		assertThat(dwellingsIn(project)).isZero();
	}

	@Test
	void badFilesGetAClearReasonOnThePageAndNothingIsStored() throws Exception {
		UUID project = freshProject("Importproject D");
		long jobs = count("import_job");
		mvc.perform(multipart("/projects/" + project + "/import").file(new MockMultipartFile("file", "leeg.csv", "text/csv", new byte[0]))
			.with(as(PROJECT_LEAD)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("geen rijen")));
		mvc.perform(multipart("/projects/" + project + "/import")
			.file(new MockMultipartFile("file", "kop.csv", "text/csv", "adres;nummer\nA;1\n".getBytes(StandardCharsets.UTF_8)))
			.with(as(PROJECT_LEAD)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("verplichte kolom")));
		byte[] huge = new byte[ImportManagement.MAX_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) 'a');
		mvc.perform(multipart("/projects/" + project + "/import").file(new MockMultipartFile("file", "groot.csv", "text/csv", huge))
			.with(as(PROJECT_LEAD)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("60 MB")));
		mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import").header("Authorization", bearer(PROJECT_LEAD))
			.contentType("text/csv").content(huge))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("file")))
			.andExpect(jsonPath("$.errors[0].message", containsString("60 MB")));
		mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import").header("Authorization", bearer(PROJECT_LEAD))
			.contentType("text/csv"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message", containsString("geen rijen")));
		assertThat(count("import_job")).isEqualTo(jobs);
		assertThat(dwellingsIn(project)).isZero();
	}

	@Test
	void thePageFlowShowsThePreviewThenTheResultWithTheInvalidRowsAsCsv() throws Exception {
		UUID project = freshProject("Importproject E");
		byte[] file = (csv(7000, 2, "IE-") + "IE-X;0344019000007999;;5;3531AB;Utrecht\n").getBytes(StandardCharsets.UTF_8);
		String page = mvc.perform(multipart("/projects/" + project + "/import").file(new MockMultipartFile("file", "e.csv", "text/csv", file))
			.with(as(PROJECT_LEAD)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Importeren (2 woningen nieuw of gewijzigd)")))
			.andReturn().getResponse().getContentAsString();
		String job = page.replaceAll("(?s).*/imports/([0-9a-f-]{36})/start.*", "$1");
		mvc.perform(post("/imports/" + job + "/start").with(as(PROJECT_LEAD)).with(csrf())).andExpect(status().is3xxRedirection());
		awaitDone(UUID.fromString(job));
		mvc.perform(get("/imports/" + job).header("HX-Request", "true").with(as(PROJECT_LEAD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("De import is klaar.")));
		mvc.perform(get("/imports/" + job + "/invalid.csv").with(as(PROJECT_LEAD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("straatnaam")));
		mvc.perform(get("/imports/" + job).with(as(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
		assertThat(dwellingsIn(project)).isEqualTo(2);
	}

	@Test
	void aSecondFileUpdatesChangedRowsAndRefusesRowsThatCollideWithOtherDwellings() throws Exception {
		UUID project = freshProject("Importproject G");
		UUID other = freshProject("Importproject H");
		ImportManagement.Summary first = imports.preview(user(PROJECT_LEAD), project, "een.csv", csv(6000, 2, "IG-").getBytes(StandardCharsets.UTF_8));
		imports.start(user(PROJECT_LEAD), first.id());
		awaitDone(first.id());
		ImportManagement.Summary elsewhere = imports.preview(user(PROJECT_LEAD), other, "ander.csv", csv(6100, 1, "IH-").getBytes(StandardCharsets.UTF_8));
		imports.start(user(PROJECT_LEAD), elsewhere.id());
		awaitDone(elsewhere.id());

		String second = "code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\n"
				+ "IG-6000;0344019000006000;Importstraat;6001;3531 AB;Utrecht\n" // unchanged
				+ "IG-6001;0344019000006001;Nieuwe Importstraat;6002;3531 AB;Utrecht\n" // changed street
				+ "IH-6100;0344019000006100;Importstraat;6101;3531 AB;Utrecht\n" // belongs to the other project
				+ "IG-NIEUW;0344019000006000;Importstraat;9;3531 AB;Utrecht\n" // new code, BAG id of IG-6000
				+ "IG-6002;0344019000006002;Importstraat;6003;3531 AB;Utrecht\n"; // new
		ImportManagement.Summary preview = imports.preview(user(PROJECT_LEAD), project, "twee.csv", second.getBytes(StandardCharsets.UTF_8));
		imports.start(user(PROJECT_LEAD), preview.id());
		ImportManagement.Summary done = awaitDone(preview.id());

		assertThat(done.status()).isEqualTo("DONE");
		assertThat(List.of(done.newRows(), done.changedRows(), done.unchangedRows(), done.invalidCount())).containsExactly(1, 1, 1, 2);
		assertThat(List.of(preview.newRows(), preview.changedRows(), preview.unchangedRows(), preview.invalidCount())).containsExactly(1, 1, 1, 2);
		assertThat(done.invalidRows()).extracting(ImportManagement.Problem::messageKey).containsExactlyInAnyOrder("import.otherProject",
				"import.duplicateInFile");
		assertThat(dwellingsIn(project)).isEqualTo(3);
		assertThat(dwellingsIn(other)).isEqualTo(1);
		assertThat(jdbc.sql("select straatnaam from dwelling where code = 'IG-6001'").query(String.class).single()).isEqualTo("Nieuwe Importstraat");
	}

	@Test
	void aRunWhoseInstanceDiedShowsAsInterruptedAndCanBeStartedAgain() throws Exception {
		UUID project = freshProject("Importproject K");
		ImportManagement.Summary preview = imports.preview(user(PROJECT_LEAD), project, "k.csv", csv(8000, 3, "IK-").getBytes(StandardCharsets.UTF_8));
		// The instance claimed the run and died: no heartbeat for two minutes.
		jdbc.sql("update import_job set status = 'RUNNING', updated_at = now() - interval '2 minutes' where id = :id").param("id", preview.id()).update();

		assertThat(imports.summary(user(PROJECT_LEAD), preview.id()).status()).isEqualTo("INTERRUPTED");
		mvc.perform(get("/imports/" + preview.id()).with(as(PROJECT_LEAD)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("onderbroken")));
		// An integrator starts it again over the API; someone of another corporation cannot.
		mvc.perform(post("/api/v1/imports/" + preview.id() + "/start").header("Authorization", bearer(OTHER_PROJECT_LEAD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/imports/" + preview.id() + "/start").header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(status().isAccepted()).andExpect(jsonPath("$.statusUrl").value("/api/v1/imports/" + preview.id()));
		assertThat(awaitDone(preview.id()).status()).isEqualTo("DONE");
		assertThat(dwellingsIn(project)).isEqualTo(3);
		// Done is done: starting it again changes nothing.
		mvc.perform(post("/api/v1/imports/" + preview.id() + "/start").header("Authorization", bearer(PROJECT_LEAD)))
			.andExpect(status().isConflict());
	}

	@Test
	void aFileWithoutCodesImportsAndItsInvalidRowsComeBackAsTheFileHadThemWithTheReason() throws Exception {
		UUID project = freshProject("Importproject zonder codes");
		String file = "bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats;energielabelVoor\n"
				+ "0344019000013001;Codeloosstraat;1;3531 AB;Utrecht;E\n"
				+ "123;Codeloosstraat;x;3531 AB;Utrecht;E\n" // two faults, one invalid row
				+ "=1+1;Codeloosstraat;3;3531 AB;Utrecht;\n"; // a formula where the BAG id belongs
		ImportManagement.Summary preview = imports.preview(user(PROJECT_LEAD), project, "codeloos.csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.invalidCount()).as("rows, not faults").isEqualTo(2);
		assertThat(preview.invalidRows()).extracting(ImportManagement.Problem::line, ImportManagement.Problem::field, ImportManagement.Problem::value)
			.contains(org.assertj.core.groups.Tuple.tuple(3L, "bagIdentificatie", "123"), org.assertj.core.groups.Tuple.tuple(3L, "huisnummer", "x"));
		imports.start(user(PROJECT_LEAD), preview.id());
		ImportManagement.Summary done = awaitDone(preview.id());
		assertThat(done.status()).isEqualTo("DONE");
		assertThat(dwellingsIn(project)).isEqualTo(1);

		byte[] csv = mvc.perform(get("/imports/" + done.id() + "/invalid.csv").with(as(PROJECT_LEAD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(java.util.Arrays.copyOf(csv, 3)).as("UTF-8 byte-order mark for Excel").containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats;energielabelVoor;melding");
		assertThat(lines.get(1)).startsWith("123;Codeloosstraat;x;3531 AB;Utrecht;E;").contains("bagIdentificatie: ").contains("huisnummer: ");
		assertThat(lines.get(2)).as("no formula runs when the file is opened").startsWith("'=1+1;Codeloosstraat;3;");
		assertThat(lines).hasSize(3);

		mvc.perform(get("/imports/" + preview.id()).with(as(PROJECT_LEAD)))
			.andExpect(status().isOk());
		mvc.perform(get("/imports/" + done.id() + "/invalid.csv").with(as(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
	}

	@Test
	void aControlCharacterInAFileRefusesThatRowNamingTheFieldAndNeverReachesTheDatabase() throws Exception {
		UUID project = freshProject("Importproject met NUL");
		String file = "code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\n"
				+ "NUL-1;0344019000014001;Goedstraat;1;3531 AB;Utrecht\n"
				+ "NU\u0000L-2;0344019000014002;Fout\u0000straat;2;3531 AB;Utrecht\n";
		String preview = mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import?dryRun=true").header("Authorization", bearer(PROJECT_LEAD))
			.contentType("text/csv").content(file.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.newRows", is(1)))
			.andExpect(jsonPath("$.invalidCount", is(1)))
			.andReturn().getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(preview, "$.invalidRows[*].field")).contains("code", "straatnaam");
		assertThat(preview).doesNotContain("\\u0000");
		String started = mvc.perform(post("/api/v1/projects/" + project + "/dwellings/import").header("Authorization", bearer(PROJECT_LEAD))
			.contentType("text/csv").content(file.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse().getContentAsString();
		ImportManagement.Summary done = awaitDone(UUID.fromString(JsonPath.read(started, "$.id")));
		assertThat(done.status()).isEqualTo("DONE");
		assertThat(dwellingsIn(project)).isEqualTo(1);
		String rows = mvc.perform(get("/imports/" + done.id() + "/invalid.csv").with(as(PROJECT_LEAD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rows).contains("Foutstraat").doesNotContain("\u0000");
	}
}
