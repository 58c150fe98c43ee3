package nl.ketenimpact.importer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark of issue 8 (not part of the test suite: its name is not a test name).
 * Run it with {@code ./mvnw test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It imports 100,000 dwellings through the real background run and compares the rows per second
 * with a plain JDBC batch insert of the same rows into the same table, in the same run.
 */
class ImportBenchmark extends IntegrationTestSupport {

	static final int ROWS = 100_000;

	@Autowired
	ImportManagement imports;

	@Autowired
	DataSource dataSource;

	@Test
	void importReachesSeventyPercentOfAPlainBatchInsert() throws Exception {
		UUID corporation = lombok().corporationId();
		UUID baselineProject = projects.create(user(PROJECT_LEAD), new ProjectInput("Benchmark basis", "Utrecht", null, ProjectType.REB, null, null));
		UUID importProject = projects.create(user(PROJECT_LEAD), new ProjectInput("Benchmark import", "Utrecht", null, ProjectType.REB, null, null));

		// Warm up both paths (JIT, connection pool, plan cache) on a few thousand rows first.
		plainBatchInsert(baselineProject, corporation, "WB-", 500_000, 5_000);
		importFile(importProject, file("WI-", 600_000, 5_000));

		long start = System.nanoTime();
		plainBatchInsert(baselineProject, corporation, "BB-", 0, ROWS);
		double baselineSeconds = (System.nanoTime() - start) / 1e9;

		byte[] file = file("BI-", 200_000, ROWS);
		long previewStart = System.nanoTime();
		ImportManagement.Summary preview = imports.preview(user(PROJECT_LEAD), importProject, "benchmark.csv", file);
		double previewSeconds = (System.nanoTime() - previewStart) / 1e9;
		assertThat(preview.newRows()).isEqualTo(ROWS);
		long runStart = System.nanoTime();
		ImportManagement.Summary done = run(preview.id());
		double importSeconds = (System.nanoTime() - runStart) / 1e9;

		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.newRows()).isEqualTo(ROWS);
		double baselineRate = ROWS / baselineSeconds;
		double importRate = ROWS / importSeconds;
		System.out.printf("BENCHMARK plain JDBC batch insert: %,.0f rows/s (%.2f s)%n", baselineRate, baselineSeconds);
		System.out.printf("BENCHMARK import run:              %,.0f rows/s (%.2f s) = %.0f%% of plain%n", importRate, importSeconds,
				100 * importRate / baselineRate);
		System.out.printf("BENCHMARK preview (dry run):       %,.0f rows/s (%.2f s)%n", ROWS / previewSeconds, previewSeconds);
		assertThat(importRate).isGreaterThanOrEqualTo(0.7 * baselineRate);
	}

	private void importFile(UUID project, byte[] file) throws InterruptedException {
		ImportManagement.Summary preview = imports.preview(user(PROJECT_LEAD), project, "warmup.csv", file);
		run(preview.id());
	}

	private ImportManagement.Summary run(UUID job) throws InterruptedException {
		imports.start(user(PROJECT_LEAD), job);
		for (int i = 0; i < 6000; i++) {
			ImportManagement.Summary summary = imports.summary(user(PROJECT_LEAD), job);
			if (summary.finished()) {
				return summary;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("import did not finish in two minutes");
	}

	private static byte[] file(String prefix, int from, int count) {
		StringBuilder csv = new StringBuilder("code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats;bouwjaar;energielabelVoor\n");
		for (int i = from; i < from + count; i++) {
			csv.append(prefix).append(i).append(';').append(String.format("034401%010d", i)).append(";Benchmarkstraat;").append(i % 500 + 1)
				.append(";3531AB;Utrecht;1965;G\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The yardstick: prepared insert, JDBC batches of 1000, one commit per batch. */
	private void plainBatchInsert(UUID project, UUID corporation, String prefix, int from, int count) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into dwelling (id, project_id, corporation_id, code, bag_identificatie, straatnaam, huisnummer, postcode, woonplaats,
					                      bouwjaar, energielabel_voor)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (int i = from; i < from + count; i++) {
					insert.setObject(1, UUID.randomUUID());
					insert.setObject(2, project);
					insert.setObject(3, corporation);
					insert.setString(4, prefix + i);
					insert.setString(5, String.format("034409%010d", i));
					insert.setString(6, "Benchmarkstraat");
					insert.setInt(7, i % 500 + 1);
					insert.setString(8, "3531AB");
					insert.setString(9, "Utrecht");
					insert.setInt(10, 1965);
					insert.setString(11, "G");
					insert.addBatch();
					if ((i - from + 1) % ImportManagement.BATCH == 0) {
						insert.executeBatch();
						connection.commit();
					}
				}
				insert.executeBatch();
				connection.commit();
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}
}
