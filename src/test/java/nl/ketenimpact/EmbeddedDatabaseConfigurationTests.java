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
		EmbeddedPostgres crashed = EmbeddedPostgres.builder().setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false).start();
		try (Connection connection = crashed.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("create table survivor (name text)");
			sql.execute("insert into survivor values ('De Keten')");
		}
		// The JVM of that run died without closing the server: it still runs and holds postmaster.pid.
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
}
