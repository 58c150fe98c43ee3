package nl.ketenimpact.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An external PostgreSQL server from Debian's binaries that the suite can stop and start: the one {@code .ci/run}
 * started (given by data directory, port and password), or one of its own in {@code target/}. As root, the server
 * runs as the {@code postgres} user (it refuses root).
 */
final class Postgres {

	final int port;

	final String password;

	private final Path data;

	private final Path bin;

	private Postgres(Path bin, Path data, int port, String password) {
		this.bin = bin;
		this.data = data;
		this.port = port;
		this.password = password;
	}

	static Postgres given(Path data, int port, String password) throws IOException {
		return new Postgres(binaries(), data, port, password);
	}

	/** A new cluster of its own (trust on loopback only), started. */
	static Postgres own(Path data, int port) throws IOException, InterruptedException {
		Path bin = binaries();
		deleteRecursively(data);
		Files.createDirectories(data);
		Postgres postgres = new Postgres(bin, data, port, "postgres");
		postgres.chown();
		postgres.asOwner(bin.resolve("initdb") + " -D " + data + " -U postgres -A trust --no-sync");
		postgres.start();
		return postgres;
	}

	private static Path binaries() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			throw new IllegalStateException("Debian's postgresql package is not installed (apt-get install postgresql)");
		}
		try (var versions = Files.list(root)) {
			return versions.map(v -> v.resolve("bin")).filter(Files::isDirectory)
				.max(Comparator.comparingInt(v -> Integer.parseInt(v.getParent().getFileName().toString().replaceAll("\\D", "0"))))
				.orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries under " + root));
		}
	}

	String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), "postgres", password);
	}

	/** A fresh, empty database (dropped first when a previous run left it). */
	void recreate(String database) throws SQLException {
		try (Connection connection = connect("postgres"); var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database);
		}
	}

	void start() throws IOException, InterruptedException {
		asOwner(bin.resolve("pg_ctl") + " -D " + data + " -l " + data + "/server.log -w -t 60 -o '-p " + port
				+ " -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200' start");
	}

	/** Stops at once: open connections are cut, as when the server or its machine goes away. */
	void stop() throws IOException, InterruptedException {
		asOwner(bin.resolve("pg_ctl") + " -D " + data + " -m immediate -w -t 60 stop");
	}

	private void chown() throws IOException, InterruptedException {
		if (root()) {
			run(List.of("chown", "-R", "postgres:postgres", data.toString()));
		}
	}

	private void asOwner(String command) throws IOException, InterruptedException {
		run(root() ? List.of("su", "postgres", "-c", command) : List.of("sh", "-c", command));
	}

	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}

	static void deleteRecursively(Path path) throws IOException {
		if (Files.exists(path)) {
			try (var files = Files.walk(path)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
