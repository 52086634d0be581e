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
 * each rate, and prints the highest rate whose p99 stays within the bound.
 *
 * <pre>java -cp benchmarks.jar org.scholargate.benchmarks.RateSweep base=http://127.0.0.1:19300
 *     rates=50,100,200,400 duration=10s bound=5ms</pre>
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
		List<Integer> rates = new ArrayList<>();
		for (String rate : options.getOrDefault("rates", "50,100,200,400,800").split(",")) {
			rates.add(Integer.parseInt(rate.strip()));
		}
		ExecutorService executor = Executors.newFixedThreadPool(2);
		HttpClient client = HttpClient.newBuilder().executor(executor).version(HttpClient.Version.HTTP_1_1).build();
		warmUp(client, base);
		int bestChat = 0;
		int bestHealth = 0;
		System.out.println("endpoint rate achieved errors first_event_ms(p50/p99/max) full_ms(p50/p99/max) load1");
		for (int rate : rates) {
			boolean chatOk = step(client, "chat", base, rate, duration, bound);
			boolean healthOk = step(client, "health", base, rate, duration, bound);
			bestChat = chatOk ? Math.max(bestChat, rate) : bestChat;
			bestHealth = healthOk ? Math.max(bestHealth, rate) : bestHealth;
		}
		System.out.printf("best rate with p99 <= %dus: chat=%d health=%d ratio=%.2f%n", bound, bestChat, bestHealth,
				(bestHealth > 0) ? (double) bestChat / bestHealth : Double.NaN);
		executor.shutdownNow();
	}

	private static void warmUp(HttpClient client, String base) throws Exception {
		for (int i = 0; i < 3000; i++) {
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

	private static boolean step(HttpClient client, String endpoint, String base, int rate, long duration, long bound)
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
		boolean ok = errors[0] == 0 && full.getValueAtPercentile(99) <= bound;
		System.out.printf("%s %d %.0f %d %s %s %s%s%n", endpoint, rate, sent * 1e9 / elapsed, errors[0],
				Stats.summary(first), Stats.summary(full), Stats.loadAverage(), ok ? "" : " OVER");
		return ok;
	}

}
