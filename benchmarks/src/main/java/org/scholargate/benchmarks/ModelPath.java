package org.scholargate.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.HdrHistogram.Histogram;

/**
 * Compares arms that reach the same mock upstream: direct, through the service, through
 * nginx and through Portkey. Runs interleaved rounds, one request at a time, so that
 * every arm sees the same machine state; prints time to first token, the gap between
 * content frames, stalls (a gap over twice the interval) and the total, per arm. Exits
 * with status 1 when an arm had errors or no sample (when streaming, no request with
 * content).
 *
 * Before the rounds, each arm gets {@code warmup} requests (default 1000) whose results
 * are dropped.
 *
 * <pre>java -cp benchmarks.jar org.scholargate.benchmarks.ModelPath stream=true rounds=10 perRound=5
 *     direct=http://127.0.0.1:19310 service=http://127.0.0.1:19300 nginx=http://127.0.0.1:19320</pre>
 */
public final class ModelPath {

	private static final String QUESTION = "What is LoRA?";

	private static final int WARM_UP_BATCH = 50;

	private ModelPath() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Options.parse(args);
		boolean stream = Boolean.parseBoolean(options.getOrDefault("stream", "true"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
		int perRound = Integer.parseInt(options.getOrDefault("perRound", "5"));
		long stall = 2 * Options.duration(options.getOrDefault("interval", "20ms")).toNanos();
		Map<String, HttpRequest> arms = arms(options, stream);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		HttpClient client = HttpClient.newBuilder().executor(executor).version(HttpClient.Version.HTTP_1_1).build();
		Map<String, Arm> results = new LinkedHashMap<>();
		arms.keySet().forEach((name) -> results.put(name, new Arm()));
		warmUp(client, arms, Integer.parseInt(options.getOrDefault("warmup", "1000")));
		List<String> names = new ArrayList<>(arms.keySet());
		for (int round = 0; round < rounds; round++) {
			for (int a = 0; a < names.size(); a++) {
				String name = names.get((a + round) % names.size());
				for (int i = 0; i < perRound; i++) {
					StreamProbe.Trace trace = StreamProbe.send(client, arms.get(name), System.nanoTime()).get();
					results.get(name).add(trace, stall);
				}
			}
		}
		print(results, stream);
		executor.shutdownNow();
		exitIfAnyFailed(results, stream);
	}

	private static void exitIfAnyFailed(Map<String, Arm> results, boolean stream) {
		List<String> failed = new ArrayList<>();
		results.forEach((name, arm) -> {
			if (arm.failed(stream)) {
				failed.add(name);
			}
		});
		if (!failed.isEmpty()) {
			System.err.println("error: arms with errors or no samples: " + String.join(", ", failed));
			System.exit(1);
		}
	}

	/**
	 * Sends each arm {@code requests} requests, {@value #WARM_UP_BATCH} at a time, and
	 * drops their results, so that the measured rounds see code that the JIT compiler has
	 * already compiled.
	 */
	private static void warmUp(HttpClient client, Map<String, HttpRequest> arms, int requests) throws Exception {
		for (HttpRequest request : arms.values()) {
			for (int sent = 0; sent < requests; sent += WARM_UP_BATCH) {
				List<CompletableFuture<StreamProbe.Trace>> batch = new ArrayList<>();
				for (int i = sent; i < Math.min(requests, sent + WARM_UP_BATCH); i++) {
					batch.add(StreamProbe.send(client, request, System.nanoTime()));
				}
				CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get();
			}
		}
	}

	private static Map<String, HttpRequest> arms(Map<String, String> options, boolean stream) {
		String messages = "\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]";
		String mockBody = "{\"model\":\"mock\",\"stream\":" + stream + "," + messages + "}";
		String serviceBody = "{\"model\":\"scholargate-assistant\",\"stream\":" + stream + "," + messages + "}";
		Map<String, HttpRequest> arms = new LinkedHashMap<>();
		String path = "/v1/chat/completions";
		arms.put("direct", StreamProbe.post(options.get("direct") + path, mockBody, Map.of()));
		if (options.containsKey("service")) {
			arms.put("service", StreamProbe.post(options.get("service") + path, serviceBody, Map.of()));
		}
		if (options.containsKey("nginx")) {
			arms.put("nginx", StreamProbe.post(options.get("nginx") + path, mockBody, Map.of()));
		}
		if (options.containsKey("portkey")) {
			Map<String, String> headers = Map.of("x-portkey-provider", "openai", "x-portkey-custom-host",
					options.get("direct") + "/v1", "Authorization", "Bearer mock");
			arms.put("portkey", StreamProbe.post(options.get("portkey") + path, mockBody, headers));
		}
		return arms;
	}

	private static void print(Map<String, Arm> results, boolean stream) {
		Arm direct = results.get("direct");
		System.out.println("stream=" + stream + " load1=" + Stats.loadAverage());
		System.out.println("arm n errors first_token_ms(p50/p99/max) added_p50 added_p99 gap_ms(p50/p99/max)"
				+ " added_gap_p99 stalls total_ms(p50/p99)");
		for (Map.Entry<String, Arm> entry : results.entrySet()) {
			Arm arm = entry.getValue();
			Histogram first = stream ? arm.firstToken : arm.total;
			Histogram base = stream ? direct.firstToken : direct.total;
			System.out.printf("%s %d %d %s %.2f %.2f %s %.2f %d %.1f/%.1f%n", entry.getKey(), arm.total.getTotalCount(),
					arm.errors, Stats.summary(first), Stats.p(first, 50) - Stats.p(base, 50),
					Stats.p(first, 99) - Stats.p(base, 99), Stats.summary(arm.gaps),
					Stats.p(arm.gaps, 99) - Stats.p(direct.gaps, 99), arm.stalls, Stats.p(arm.total, 50),
					Stats.p(arm.total, 99));
		}
	}

	/**
	 * What one arm saw over all rounds.
	 */
	static final class Arm {

		final Histogram firstToken = Stats.histogram();

		final Histogram gaps = Stats.histogram();

		final Histogram total = Stats.histogram();

		int errors;

		int stalls;

		void add(StreamProbe.Trace trace, long stall) {
			if (!trace.ok() || trace.firstLine == 0) {
				this.errors++;
				return;
			}
			if (trace.firstContent != 0) {
				Stats.record(this.firstToken, trace.timeToFirstContent());
			}
			for (long gap : trace.gaps) {
				Stats.record(this.gaps, gap);
				this.stalls += (gap > stall) ? 1 : 0;
			}
			Stats.record(this.total, trace.total());
		}

		/**
		 * Returns whether any request failed or none was measured. When streaming, a
		 * measured request is one with content.
		 */
		boolean failed(boolean stream) {
			Histogram measured = stream ? this.firstToken : this.total;
			return this.errors > 0 || measured.getTotalCount() == 0;
		}

	}

}
