package org.scholargate.assistant.llm;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scholargate.assistant.llm.ProseAssertions.assertFallbackBeforeText;
import static org.scholargate.assistant.llm.ProseAssertions.finished;

/**
 * Cancellation, the circuit breaker, the bulkhead and concurrent streams, over real HTTP.
 */
class ModelResilienceTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ProseRequest request = TestModels.request("What is knowledge distillation?");

	private static Duration since(long nanos) {
		return Duration.ofNanos(System.nanoTime() - nanos);
	}

	@Test
	void cancelBeforeFirstTokenClosesUpstream() throws Exception {
		try (ScriptedUpstream upstream = new ScriptedUpstream(List.of(), Duration.ZERO, ScriptedUpstream.Ending.HANG);
				TestModels models = TestModels.openAi(upstream.baseUrl())) {
			Disposable subscription = models.prose.stream(this.request).subscribe();
			upstream.requestReceivedAt().get(10, TimeUnit.SECONDS);
			long cancelledAt = System.nanoTime();
			subscription.dispose();
			long closedAt = upstream.clientClosedAt().get(10, TimeUnit.SECONDS);
			Duration latency = Duration.ofNanos(closedAt - cancelledAt);
			System.out.println("Upstream closed " + latency.toMillis() + " ms after a cancel before the first token");
			assertThat(latency).isLessThan(Duration.ofSeconds(2));
			assertThat(models.prose.guard().circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
		}
	}

	@Test
	void cancelAfterFirstTokenClosesUpstream() throws Exception {
		List<String> events = StreamBodies.openAiEvents(null, "Distillation trains a student. ");
		try (ScriptedUpstream upstream = new ScriptedUpstream(events, Duration.ZERO, ScriptedUpstream.Ending.HANG);
				TestModels models = TestModels.openAi(upstream.baseUrl())) {
			CountDownLatch firstText = new CountDownLatch(1);
			Disposable subscription = models.prose.stream(this.request)
				.filter(ProseEvent.Text.class::isInstance)
				.subscribe((event) -> firstText.countDown());
			assertThat(firstText.await(10, TimeUnit.SECONDS)).isTrue();
			long cancelledAt = System.nanoTime();
			subscription.dispose();
			long closedAt = upstream.clientClosedAt().get(10, TimeUnit.SECONDS);
			Duration latency = Duration.ofNanos(closedAt - cancelledAt);
			System.out.println("Upstream closed " + latency.toMillis() + " ms after a cancel after the first token");
			assertThat(latency).isLessThan(Duration.ofSeconds(2));
		}
	}

	@Test
	void openBreakerAnswersFastWithoutUpstream() {
		wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)));
		try (TestModels models = TestModels.openAi(wm.baseUrl() + "/v1", (properties) -> {
			properties.getCircuitBreaker().setMinimumNumberOfCalls(3);
			properties.getCircuitBreaker().setSlidingWindowSize(4);
		})) {
			for (int i = 0; i < 3; i++) {
				assertFallbackBeforeText(models.answer(this.request), this.request);
			}
			assertThat(models.prose.guard().circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
			List<Duration> latencies = new ArrayList<>();
			for (int i = 0; i < 21; i++) {
				long start = System.nanoTime();
				assertFallbackBeforeText(models.answer(this.request), this.request);
				latencies.add(since(start));
			}
			Collections.sort(latencies);
			Duration median = latencies.get(latencies.size() / 2);
			System.out.println("Fallback while the breaker is open: median " + median.toNanos() / 1000 + " µs, max "
					+ latencies.get(latencies.size() - 1).toNanos() / 1000 + " µs");
			assertThat(median).isLessThan(Duration.ofMillis(50));
			assertThat(models.count(LlmMetrics.FALLBACKS, "cause", "circuit_open")).isEqualTo(21);
			assertThat(models.registry.get(LlmMetrics.CIRCUIT_STATE).tag("state", "open").gauge().value()).isEqualTo(1);
		}
		wm.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void cancellingClientsLeaveBreakerClosed() throws IOException {
		String[] tokens = new String[40];
		for (int i = 0; i < tokens.length; i++) {
			tokens[i] = "Token " + i + " of a long answer. ";
		}
		List<String> events = StreamBodies.openAiEvents("stop", tokens);
		try (ScriptedUpstream upstream = new ScriptedUpstream(events, Duration.ofMillis(50),
				ScriptedUpstream.Ending.END);
				TestModels models = TestModels.openAi(upstream.baseUrl(), (properties) -> {
					properties.getCircuitBreaker().setMinimumNumberOfCalls(3);
					properties.getCircuitBreaker().setSlidingWindowSize(10);
				})) {
			List<List<ProseEvent>> answers = Flux.range(0, 10)
				.flatMap((i) -> models.prose.stream(this.request)
					.takeUntil(ProseEvent.Text.class::isInstance)
					.collectList())
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(answers).hasSize(10)
				.allSatisfy((answer) -> assertThat(answer.get(answer.size() - 1)).isInstanceOf(ProseEvent.Text.class));
			CircuitBreaker breaker = models.prose.guard().circuitBreaker();
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
			assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(10);
			assertThat(models.count(LlmMetrics.CALLS, "outcome", "cancelled")).isEqualTo(10);
		}
	}

	@Test
	void fullBulkheadFallsBackAtOnce() throws Exception {
		CountDownLatch barrier = new CountDownLatch(3);
		List<String> events = StreamBodies.openAiEvents("stop", "Distillation [1].");
		try (ScriptedUpstream upstream = new ScriptedUpstream(events, Duration.ZERO, ScriptedUpstream.Ending.END,
				barrier);
				TestModels models = TestModels.openAi(upstream.baseUrl(),
						(properties) -> properties.getBulkhead().setMaxConcurrentStreams(2))) {
			List<Disposable> running = List.of(models.prose.stream(this.request).subscribe(),
					models.prose.stream(this.request).subscribe());
			upstream.requestReceivedAt().get(10, TimeUnit.SECONDS);
			long start = System.nanoTime();
			List<ProseEvent> third = models.answer(this.request);
			Duration latency = since(start);
			assertFallbackBeforeText(third, this.request);
			assertThat(latency).isLessThan(Duration.ofSeconds(1));
			assertThat(models.count(LlmMetrics.FALLBACKS, "cause", "bulkhead_full")).isEqualTo(1);
			assertThat(models.prose.guard().bulkhead().getMetrics().getAvailableConcurrentCalls()).isZero();
			running.forEach(Disposable::dispose);
		}
	}

	@Test
	void holdsFiveHundredTwelveConcurrentStreams() throws IOException {
		int streams = 512;
		CountDownLatch barrier = new CountDownLatch(streams);
		List<String> events = StreamBodies.openAiEvents("stop", "Distillation ", "compresses models [1].");
		Set<String> threads = ConcurrentHashMap.newKeySet();
		try (ScriptedUpstream upstream = new ScriptedUpstream(events, Duration.ZERO, ScriptedUpstream.Ending.END,
				barrier); TestModels models = TestModels.openAi(upstream.baseUrl(), (properties) -> {
					properties.setFirstTokenTimeout(Duration.ofSeconds(60));
					properties.setMaxDuration(Duration.ofSeconds(90));
				})) {
			assertThat(models.connections.provider().maxConnections()).isEqualTo(512);
			long start = System.nanoTime();
			List<ProseEvent.Finished> finished = Flux.range(0, streams)
				.flatMap((i) -> models.prose.stream(this.request)
					.doOnNext((event) -> threads.add(Thread.currentThread().getName()))
					.collectList()
					.map(ProseAssertions::finished)
					.subscribeOn(Schedulers.parallel()), streams)
				.collectList()
				.block(Duration.ofSeconds(120));
			System.out.println(streams + " concurrent streams answered in " + since(start).toMillis() + " ms on "
					+ threads.size() + " threads");
			assertThat(finished).hasSize(streams).allSatisfy((done) -> assertThat(done.mode()).isEqualTo("llm"));
			assertThat(upstream.requests()).isEqualTo(streams);
			assertThat(threads).allMatch((name) -> name.startsWith("reactor-http-"));
		}
	}

	@Test
	void retryNeverRepeatsSentText() throws IOException {
		List<String> events = StreamBodies.openAiEvents(null, "Distillation ", "trains a student.");
		try (ScriptedUpstream upstream = new ScriptedUpstream(events, Duration.ZERO, ScriptedUpstream.Ending.RESET);
				TestModels models = TestModels.openAi(upstream.baseUrl(),
						(properties) -> properties.getRetry().setMaxAttempts(3))) {
			List<ProseEvent> answer = models.answer(this.request);
			assertThat(finished(answer).mode()).isEqualTo("fallback");
			assertThat(upstream.requests()).isEqualTo(1);
			assertThat(ProseAssertions.text(answer)).startsWith("Distillation trains a student.")
				.doesNotContain("Distillation trains a student.Distillation");
		}
	}

}
