package org.scholargate.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A mock OpenAI-compatible upstream: {@code POST /v1/chat/completions} streams a fixed
 * number of content deltas a fixed interval apart after a first-token delay, or answers
 * the same text as one completion when the last delta would have been sent.
 *
 * <pre>java -cp benchmarks.jar org.scholargate.benchmarks.MockUpstream port=19310 delay=300ms</pre>
 */
public final class MockUpstream {

	private static final Pattern STREAM = Pattern.compile("\"stream\"\\s*:\\s*true");

	private final int deltas;

	private final Duration interval;

	private final Duration firstTokenDelay;

	MockUpstream(int deltas, Duration interval, Duration firstTokenDelay) {
		this.deltas = deltas;
		this.interval = interval;
		this.firstTokenDelay = firstTokenDelay;
	}

	public static void main(String[] args) {
		Map<String, String> options = Options.parse(args);
		MockUpstream mock = new MockUpstream(Integer.parseInt(options.getOrDefault("deltas", "64")),
				Options.duration(options.getOrDefault("interval", "20ms")),
				Options.duration(options.getOrDefault("delay", "0ms")));
		DisposableServer server = mock.start(Integer.parseInt(options.getOrDefault("port", "19310")));
		System.out.println("mock upstream on port " + server.port() + " delay=" + mock.firstTokenDelay);
		server.onDispose().block();
	}

	DisposableServer start(int port) {
		return HttpServer.create()
			.host("127.0.0.1")
			.port(port)
			.route((routes) -> routes.post("/v1/chat/completions", this::complete))
			.bindNow();
	}

	private Mono<Void> complete(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString().defaultIfEmpty("").flatMap((body) -> {
			if (STREAM.matcher(body).find()) {
				return response.header("Content-Type", "text/event-stream")
					.header("Cache-Control", "no-cache")
					.sendString(stream())
					.then();
			}
			return response.header("Content-Type", "application/json")
				.sendString(Mono.delay(this.firstTokenDelay.plus(this.interval.multipliedBy(this.deltas - 1)))
					.map((tick) -> completion()))
				.then();
		});
	}

	private Flux<String> stream() {
		Mono<String> first = Mono.delay(this.firstTokenDelay).map((tick) -> chunk(word(0)));
		Flux<String> rest = Flux.interval(this.interval)
			.take(this.deltas - 1)
			.map((i) -> chunk(word(i.intValue() + 1)));
		String finish = "data: {\"id\":\"mock\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"mock\","
				+ "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
		return Flux.concat(first, rest, Flux.just(finish, "data: [DONE]\n\n"));
	}

	private static String chunk(String text) {
		return "data: {\"id\":\"mock\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"mock\","
				+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}\n\n";
	}

	private String completion() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.deltas; i++) {
			text.append(word(i));
		}
		return "{\"id\":\"mock\",\"object\":\"chat.completion\",\"created\":0,\"model\":\"mock\","
				+ "\"choices\":[{\"index\":0," + "\"message\":{\"role\":\"assistant\",\"content\":\"" + text
				+ "\"},\"finish_reason\":\"stop\"}]," + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":"
				+ this.deltas + ",\"total_tokens\":" + (10 + this.deltas) + "}}";
	}

	/**
	 * Returns the text of one delta: words, and a cited sentence end every eighth delta.
	 */
	static String word(int i) {
		return ((i % 8) == 7) ? "method [1]. " : "word" + i + " ";
	}

}
