package nl.ketenimpact.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One application process from the jar, against the external PostgreSQL (profile postgres, demo data). */
final class App {

	final String name;

	final int port;

	final Path log;

	private final List<String> command;

	private Process process;

	App(String name, String jar, String jdbcUrl, String password, Path work, List<String> extra) throws IOException {
		this.name = name;
		this.port = freePort();
		this.log = work.resolve(name + ".log");
		this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar,
				"--server.port=" + port, "--spring.profiles.active=postgres,demo", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.password=" + password,
				// Mail goes nowhere: the outbox keeps it (the suite reads invitation links from there).
				"--logging.file.name=", "--spring.main.banner-mode=off"));
		command.addAll(extra);
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	/** Starts and waits until ready; returns the seconds it took. */
	double start() throws IOException, InterruptedException {
		long begin = System.nanoTime();
		process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " stopped during startup; see " + log);
			}
			try {
				HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
				if (ready.statusCode() == 200) {
					return (System.nanoTime() - begin) / 1e9;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException(name + " did not become ready in 3 minutes; see " + log);
	}

	boolean alive() {
		return process != null && process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	/** SIGKILL: no shutdown hook, no graceful close of connections or transactions. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	void stop() throws InterruptedException {
		if (alive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
