package nl.ketenimpact.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load from Java threads for a fixed time (after a warm-up that is not counted), bounded also by a
 * maximum count. Closed loop ({@link #run}): each client sends its next request when the previous one was
 * answered. Paced ({@link #paced}): each client waits a random think time between requests, so the offered
 * rate does not depend on how fast the application answers. Reports requests per second and latencies.
 */
final class Load {

	interface Request {
		/** Sends one request; true when the answer was the expected one. */
		boolean send() throws Exception;
	}

	record Result(int clients, double seconds, long ok, long failed, List<Double> latenciesMs) {

		double perSecond() {
			return ok / seconds;
		}
	}

	static Result run(int clients, double warmupSeconds, double seconds, long maxRequests, Request request) throws InterruptedException {
		return run(clients, warmupSeconds, seconds, maxRequests, 0, request);
	}

	/** Think times are exponential with the given mean (a seeded random per client, so runs are comparable). */
	static Result paced(int clients, double meanThinkMs, double warmupSeconds, double seconds, Request request) throws InterruptedException {
		return run(clients, warmupSeconds, seconds, Long.MAX_VALUE, meanThinkMs, request);
	}

	private static Result run(int clients, double warmupSeconds, double seconds, long maxRequests, double meanThinkMs, Request request)
			throws InterruptedException {
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong count = new AtomicLong();
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
		long end = warmupEnd + (long) (seconds * 1e9);
		CountDownLatch done = new CountDownLatch(clients);
		for (int i = 0; i < clients; i++) {
			Random random = new Random(42 + i);
			Thread thread = new Thread(() -> {
				try {
					while (true) {
						if (meanThinkMs > 0) {
							Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * meanThinkMs));
						}
						long now = System.nanoTime();
						if (now >= end || count.get() >= maxRequests) {
							break;
						}
						boolean counted = now >= warmupEnd;
						boolean good;
						try {
							good = request.send();
						}
						catch (Exception e) {
							good = false;
						}
						long took = System.nanoTime() - now;
						if (counted) {
							count.incrementAndGet();
							if (good) {
								ok.incrementAndGet();
								latencies.add(took / 1e6);
							}
							else {
								failed.incrementAndGet();
							}
						}
					}
				}
				catch (InterruptedException stopped) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			}, "load-" + i);
			thread.setDaemon(true);
			thread.start();
		}
		done.await();
		double elapsed = (Math.min(System.nanoTime(), end) - warmupEnd) / 1e9;
		return new Result(clients, Math.max(elapsed, 1e-3), ok.get(), failed.get(), new ArrayList<>(latencies));
	}
}
