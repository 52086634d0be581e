package org.scholargate.assistant.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that disconnects from the chat endpoint while the model has not answered yet:
 * the service closes its upstream connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelDisconnectTests {

	private static final ScriptedUpstream UPSTREAM = start();

	@LocalServerPort
	private int port;

	private static ScriptedUpstream start() {
		try {
			return new ScriptedUpstream(List.of(), Duration.ZERO, ScriptedUpstream.Ending.HANG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry registry) {
		registry.add("assistant.llm.provider", () -> "openai");
		registry.add("assistant.llm.base-url", UPSTREAM::baseUrl);
		registry.add("assistant.llm.model", () -> "stub-model");
		registry.add("assistant.llm.first-token-timeout", () -> "30s");
	}

	@AfterAll
	static void stop() throws IOException {
		UPSTREAM.close();
	}

	@Test
	void disconnectAfterFirstEventClosesUpstream() throws Exception {
		Disposable client = HttpClient.create()
			.headers((headers) -> headers.add("Content-Type", "application/json").add("Accept", "text/event-stream"))
			.post()
			.uri("http://127.0.0.1:" + this.port + "/api/chat")
			.send(reactor.netty.ByteBufFlux
				.fromString(reactor.core.publisher.Mono.just("{\"message\":\"What is knowledge distillation?\"}")))
			.response((response, body) -> body.asString())
			.subscribe();
		UPSTREAM.requestReceivedAt().get(10, TimeUnit.SECONDS);
		long disconnectedAt = System.nanoTime();
		client.dispose();
		long closedAt = UPSTREAM.clientClosedAt().get(10, TimeUnit.SECONDS);
		Duration latency = Duration.ofNanos(closedAt - disconnectedAt);
		System.out.println("Upstream closed " + latency.toMillis() + " ms after the client disconnected");
		assertThat(latency).isLessThan(Duration.ofSeconds(2));
	}

}
