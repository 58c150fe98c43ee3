package nl.ketenimpact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run mode keeps its data across restarts, also after a crash that left PostgreSQL running. */
class EmbeddedDatabaseConfigurationTests {

	@TempDir
	Path dataDir;

	@Test
	void staleLockOfAProcessThatNoLongerExistsIsRemoved() throws Exception {
		Files.writeString(dataDir.resolve("postmaster.pid"), Long.MAX_VALUE / 2 + "\n" + dataDir + "\n");
		EmbeddedDatabaseConfiguration.stopOrphanedServer(dataDir);
		assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void dataSurvivesACrashedRunThatLeftTheServerRunning() throws Exception {
		// A separate JVM starts the server, writes a row and is killed with -9: its postgres child keeps running.
		Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CrashingRun.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(crashed.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals("READY")) {
				// wait until the row is written
			}
			assertThat(line).isEqualTo("READY");
			crashed.destroyForcibly().waitFor();
		}
		assertThat(dataDir.resolve("postmaster.pid")).exists();

		EmbeddedDatabaseConfiguration.stopOrphanedServer(dataDir);
		try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false).start();
				Connection connection = restarted.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select name from survivor")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("De Keten");
		}
	}

	/** The run that crashes: started in its own JVM by the test above. */
	static final class CrashingRun {

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]).toFile()).setCleanDataDirectory(false).start();
			try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
				sql.execute("create table survivor (name text)");
				sql.execute("insert into survivor values ('De Keten')");
			}
			System.out.println("READY");
			System.out.flush();
			Thread.sleep(120_000);
		}
	}
}
