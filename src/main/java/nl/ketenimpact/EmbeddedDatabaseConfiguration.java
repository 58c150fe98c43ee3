package nl.ketenimpact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The default run mode: a real PostgreSQL server (binaries from Maven Central) whose data lives in
 * a directory of our own and survives restarts. Profile {@code postgres} switches it off and uses
 * the external server from {@code SPRING_DATASOURCE_*} instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!postgres")
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${ketenimpact.embedded-db.data-dir:./data/pg}") Path dataDir,
			@Value("${ketenimpact.embedded-db.port:54329}") int port,
			@Value("${ketenimpact.embedded-db.clean:false}") boolean clean,
			@Value("${ketenimpact.embedded-db.durable:true}") boolean durable) throws IOException {
		Files.createDirectories(dataDir);
		stopOrphanedServer(dataDir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.toFile())
			.setCleanDataDirectory(clean)
			.setPGStartupWait(Duration.ofSeconds(60));
		if (port > 0) {
			builder.setPort(port);
		}
		if (durable) {
			// The library starts PostgreSQL without fsync (fine for tests); real data should survive a power cut.
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on");
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		// Fail fast when the database is gone: a request waits at most a second for a connection, then gets a 503.
		dataSource.setConnectionTimeout(1000);
		dataSource.setPoolName("ketenimpact-embedded");
		return dataSource;
	}

	/**
	 * After a crash ({@code kill -9}) of an earlier run its postgres child keeps running and holds
	 * {@code postmaster.pid}; stop it so this run can start on the same data.
	 */
	static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile, StandardCharsets.UTF_8)
			.stream()
			.findFirst()
			.map(String::trim)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
		if (orphan.isPresent()) {
			ProcessHandle process = orphan.get();
			log.warn("Stopping PostgreSQL left running by an earlier run (pid {})", process.pid());
			process.destroy();
			try {
				process.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				process.destroyForcibly();
			}
		}
		// A lock of a process that no longer exists is stale: PostgreSQL would refuse to start on it.
		if (orphan.isEmpty() || !orphan.get().isAlive()) {
			Files.deleteIfExists(pidFile);
		}
	}
}
