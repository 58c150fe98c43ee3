package nl.ketenimpact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from Debian's {@code wrk} (a separate process, written in C): on a 2-core machine a Java client
 * would take a core of its own and measure itself. Closed loop: each connection sends its next request
 * when the previous one was answered.
 */
final class Wrk {

	record Result(double perSecond, long non2xx, double p50Ms, double p99Ms) {
	}

	static boolean available() {
		return Files.isExecutable(Path.of("/usr/bin/wrk"));
	}

	/** GET with the given header, or POST of {@code body} when it is not null; after an uncounted warm-up run. */
	static Result run(String url, int clients, double warmupSeconds, double seconds, String header, String body) throws IOException, InterruptedException {
		Path script = null;
		if (body != null) {
			script = Files.createTempFile("wrk", ".lua");
			Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = [[" + body + "]]\nwrk.headers[\"Content-Type\"] = \"application/json\"\n",
					StandardCharsets.UTF_8);
		}
		try {
			if (warmupSeconds > 0) {
				exec(url, clients, warmupSeconds, header, script);
			}
			String out = exec(url, clients, seconds, header, script);
			Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
			Matcher bad = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
			if (!rate.find()) {
				throw new IllegalStateException("wrk said: " + out);
			}
			return new Result(Double.parseDouble(rate.group(1)), bad.find() ? Long.parseLong(bad.group(1)) : 0, latency(out, "50%"), latency(out, "99%"));
		}
		finally {
			if (script != null) {
				Files.deleteIfExists(script);
			}
		}
	}

	private static String exec(String url, int clients, double seconds, String header, Path script) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("/usr/bin/wrk", "-t", String.valueOf(Math.min(clients, 2)), "-c", String.valueOf(clients), "-d",
				Math.max(1, Math.round(seconds)) + "s", "--latency", "--timeout", "10s"));
		if (header != null) {
			command.addAll(List.of("-H", header));
		}
		if (script != null) {
			command.addAll(List.of("-s", script.toString()));
		}
		command.add(url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return out;
	}

	/** A latency percentile line such as "99%   12.34ms", in milliseconds. */
	private static double latency(String out, String percentile) {
		Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
		if (!m.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(m.group(1));
		return switch (m.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}
}
