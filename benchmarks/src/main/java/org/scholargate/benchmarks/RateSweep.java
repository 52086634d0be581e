package org.scholargate.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Open-loop load at fixed rates: each request is due at its own time whatever the earlier
 * ones did, and its latency counts from when it was due. Sweeps the rate for grounded
 * answers over server-sent events and for the health endpoint, alternating the two at
 * each rate, and prints the highest rate whose p99 stays within the bound. Sends
 * {@code warmUp} requests to each endpoint first (default 3000). Exits with status 1 when
 * any step had errors or no successful response.
 *
 * <pre>java -cp benchmarks.jar org.scholargate.benchmarks.RateSweep base=http://127.0.0.1:19300
 *     rates=50,100,200,400 duration=10s bound=5ms warmUp=3000</pre>
 */
public final class RateSweep {

	private static final List<String> QUESTIONS = List.of("What is LoRA?", "Who invented the Delphi method?",
			"Compare knowledge distillation and Longformer", "Qui a inventé la méthode Delphi ?",
			"When was A3C proposed?", "What is t-SNE used for?", "Compare BERT and ELMo",
			"Which methods relate to knowledge distillation?");

	private static final int MAX_IN_FLIGHT = 2000;

	private RateSweep() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Options.parse(args);
		String base = options.getOrDefault("base", "http://127.0.0.1:19300");
		long duration = Options.duration(options.getOrDefault("duration", "10s")).toNanos();
		long bound = Options.duration(options.getOrDefault("bound", "5ms")).toNanos() / 1000;
		int warmUp = Integer.parseInt(options.getOrDefault("warmUp", "3000"));
		List<Integer> rates = new ArrayList<>();
		for (String rate : options.getOrDefault("rates", "50,100,200,400,800").split(",")) {
			rates.add(Integer.parseInt(rate.strip()));
		}
		ExecutorService executor = Executors.newFixedThreadPool(2);
		HttpClient client = HttpClient.newBuilder().executor(executor).version(HttpClient.Version.HTTP_1_1).build();
		warmUp(client, base, warmUp);
		int failed = sweep(client, base, rates, duration, bound);
		executor.shutdownNow();
		if (failed > 0) {
			System.err.printf("error: %d of %d steps had errors or no successful response%n", failed, 2 * rates.size());
			System.exit(1);
		}
	}

	/**
	 * Runs both endpoints at each rate, prints a row per step and the best rates, and
	 * returns how many steps failed.
	 */
	private static int sweep(HttpClient client, String base, List<Integer> rates, long duration, long bound)
			throws InterruptedException {
		int bestChat = 0;
		int bestHealth = 0;
		int failed = 0;
		System.out.println("endpoint rate achieved errors first_event_ms(p50/p99/max) full_ms(p50/p99/max) load1");
		for (int rate : rates) {
			Step chat = step(client, "chat", base, rate, duration, bound);
			Step health = step(client, "health", base, rate, duration, bound);
			bestChat = chat.withinBound() ? Math.max(bestChat, rate) : bestChat;
			bestHealth = health.withinBound() ? Math.max(bestHealth, rate) : bestHealth;
			failed += (chat.failed() ? 1 : 0) + (health.failed() ? 1 : 0);
		}
		System.out.printf("best rate with p99 <= %dus: chat=%d health=%d ratio=%.2f%n", bound, bestChat, bestHealth,
				(bestHealth > 0) ? (double) bestChat / bestHealth : Double.NaN);
		return failed;
	}

	private static void warmUp(HttpClient client, String base, int requests) throws Exception {
		for (int i = 0; i < requests; i++) {
			StreamProbe.send(client, request("chat", base, i), System.nanoTime()).get();
			StreamProbe.send(client, request("health", base, i), System.nanoTime()).get();
		}
	}

	private static HttpRequest request(String endpoint, String base, int i) {
		if (endpoint.equals("health")) {
			return StreamProbe.get(base + "/actuator/health");
		}
		String question = QUESTIONS.get(i % QUESTIONS.size());
		return StreamProbe.post(base + "/api/chat", "{\"message\":\"" + question + "\"}",
				Map.of("Accept", "text/event-stream"));
	}

	private static Step step(HttpClient client, String endpoint, String base, int rate, long duration, long bound)
			throws InterruptedException {
		Histogram first = Stats.histogram();
		Histogram full = Stats.histogram();
		int[] errors = new int[1];
		Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
		long period = 1_000_000_000L / rate;
		long count = duration / period;
		long start = System.nanoTime();
		List<CompletableFuture<Void>> pending = new ArrayList<>();
		int sent = 0;
		for (int i = 0; i < count; i++) {
			long due = start + i * period;
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			if (!inFlight.tryAcquire()) {
				errors[0]++;
				continue;
			}
			sent++;
			pending.add(StreamProbe.send(client, request(endpoint, base, i), due).thenAccept((trace) -> {
				inFlight.release();
				synchronized (full) {
					if (!trace.ok()) {
						errors[0]++;
						return;
					}
					Stats.record(first, trace.timeToFirstLine());
					Stats.record(full, trace.total());
				}
			}));
		}
		long elapsed = System.nanoTime() - start;
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
			.orTimeout(60, TimeUnit.SECONDS)
			.exceptionally((ex) -> null)
			.join();
		Step result = new Step(errors[0], full.getTotalCount(), full.getValueAtPercentile(99) <= bound);
		System.out.printf("%s %d %.0f %d %s %s %s%s%n", endpoint, rate, sent * 1e9 / elapsed, errors[0],
				Stats.summary(first), Stats.summary(full), Stats.loadAverage(), result.withinBound() ? "" : " OVER");
		return result;
	}

	/**
	 * The outcome of one endpoint at one rate: failed requests, successful responses and
	 * whether their p99 stayed within the bound.
	 */
	private record Step(int errors, long successes, boolean p99WithinBound) {

		boolean failed() {
			return this.errors > 0 || this.successes == 0;
		}

		boolean withinBound() {
			return !failed() && this.p99WithinBound;
		}

	}

}
