package org.scholargate.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * Holds a number of streams open at once and reports errors, stalls and the gap between
 * content frames. With {@code pid=} it also samples the service process: heap used after
 * a full collection while every stream waits for its first token (needs a mock whose
 * first-token delay outlasts the ramp), and resident memory. Exits with status 1 when any
 * stream failed or had no content, or when {@code streams=0}.
 *
 * <pre>java -cp benchmarks.jar org.scholargate.benchmarks.StreamHold url=http://127.0.0.1:19300
 *     streams=512 ramp=2s pid=1234 idleAt=3s</pre>
 */
public final class StreamHold {

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	private StreamHold() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Options.parse(args);
		String url = options.getOrDefault("url", "http://127.0.0.1:19300") + "/v1/chat/completions";
		int streams = Integer.parseInt(options.getOrDefault("streams", "32"));
		long ramp = Options.duration(options.getOrDefault("ramp", "2s")).toNanos();
		long stall = 2 * Options.duration(options.getOrDefault("interval", "20ms")).toNanos();
		String pid = options.get("pid");
		String model = options.getOrDefault("model", "scholargate-assistant");
		HttpRequest request = StreamProbe.post(url,
				"{\"model\":\"" + model
						+ "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"What is LoRA?\"}]}",
				Map.of());
		ExecutorService executor = Executors.newFixedThreadPool(2);
		HttpClient client = HttpClient.newBuilder().executor(executor).version(HttpClient.Version.HTTP_1_1).build();
		long heapBefore = (pid != null) ? heapUsedKb(pid) : 0;
		List<CompletableFuture<StreamProbe.Trace>> traces = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < streams; i++) {
			long due = start + ramp * i / streams;
			while (System.nanoTime() < due) {
				Thread.onSpinWait();
			}
			traces.add(StreamProbe.send(client, request, due));
		}
		long heapIdle = 0;
		if (pid != null) {
			long idleAt = start + Options.duration(options.getOrDefault("idleAt", "3s")).toNanos();
			Thread.sleep(Math.max(0, (idleAt - System.nanoTime()) / 1_000_000));
			heapIdle = heapUsedKb(pid);
		}
		long rss = 0;
		while (!CompletableFuture.allOf(traces.toArray(CompletableFuture[]::new)).isDone()) {
			rss = (pid != null) ? Math.max(rss, rssKb(pid)) : 0;
			Thread.sleep(200);
		}
		int errors = report(streams, traces, stall, heapBefore, heapIdle, rss);
		executor.shutdownNow();
		executor.awaitTermination(5, TimeUnit.SECONDS);
		if (errors > 0 || streams == 0) {
			System.err.printf("error: %d of %d streams failed or had no content%n", errors, streams);
			System.exit(1);
		}
	}

	/**
	 * Prints one line of figures for the streams and returns how many failed or had no
	 * content.
	 */
	private static int report(int streams, List<CompletableFuture<StreamProbe.Trace>> traces, long stall,
			long heapBefore, long heapIdle, long rss) {
		Histogram gaps = Stats.histogram();
		Histogram first = Stats.histogram();
		int errors = 0;
		int stalls = 0;
		int frames = 0;
		for (CompletableFuture<StreamProbe.Trace> future : traces) {
			StreamProbe.Trace trace = future.join();
			if (!trace.ok() || trace.firstContent == 0) {
				errors++;
				continue;
			}
			Stats.record(first, trace.timeToFirstContent());
			frames += trace.contentFrames;
			for (long gap : trace.gaps) {
				Stats.record(gaps, gap);
				stalls += (gap > stall) ? 1 : 0;
			}
		}
		System.out
			.printf("streams=%d errors=%d frames=%d stalls=%d gap_ms(p50/p99/max)=%s first_token_ms(p50/p99/max)=%s"
					+ " heap_before_mb=%.1f heap_idle_mb=%.1f heap_per_idle_stream_kb=%.1f rss_max_mb=%.0f load1=%s%n",
					streams, errors, frames, stalls, Stats.summary(gaps), Stats.summary(first), heapBefore / 1024.0,
					heapIdle / 1024.0, (heapIdle > 0) ? (heapIdle - heapBefore) / (double) streams : Double.NaN,
					rss / 1024.0, Stats.loadAverage());
		return errors;
	}

	/**
	 * Runs a full collection in the process, then returns its heap used in KiB.
	 */
	static long heapUsedKb(String pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		Matcher matcher = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
		return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
	}

	private static String jcmd(String pid, String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output;
	}

	static long rssKb(String pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D+", ""));
			}
		}
		return -1;
	}

}
