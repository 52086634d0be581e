package org.scholargate.assistant.llm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scholargate.assistant.llm.ProseAssertions.assertFallbackAfterText;
import static org.scholargate.assistant.llm.ProseAssertions.assertFallbackBeforeText;
import static org.scholargate.assistant.llm.ProseAssertions.assertModelAnswer;
import static org.scholargate.assistant.llm.ProseAssertions.finished;

/**
 * Every upstream failure mode, against real HTTP: each ends in the grounded answer (mode
 * fallback), after an error and a reset when model text had been sent, and never sends
 * text twice.
 */
class ModelFailureTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String COMPLETIONS = "/v1/chat/completions";

	private static final String QUESTION = "What is knowledge distillation?";

	private final ProseRequest request = TestModels.request(QUESTION);

	private static void stubCompletions(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		wm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(response));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sse(String body) {
		return okForContentType("text/event-stream", body);
	}

	private static List<ProseEvent> answer(TestModels models, ProseRequest request) {
		try (models) {
			return models.answer(request);
		}
	}

	private List<ProseEvent> answerFromWireMock() {
		return answer(TestModels.openAi(wm.baseUrl() + "/v1"), this.request);
	}

	@Test
	void connectionRefusedFallsBack() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		TestModels models = TestModels.openAi("http://127.0.0.1:" + port + "/v1");
		List<ProseEvent> events = answer(models, this.request);
		assertFallbackBeforeText(events, this.request);
		assertThat(models.count(LlmMetrics.FALLBACKS, "cause", "connect_failed", "stage", "before_text")).isEqualTo(1);
	}

	@Test
	void unauthorizedFallsBackWithoutRetry() {
		stubCompletions(aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"Incorrect API key sk-x\"}}"));
		assertFallbackBeforeText(answerFromWireMock(), this.request);
		wm.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
	}

	@Test
	void rateLimitOpensBreakerForRetryAfter() {
		stubCompletions(aResponse().withStatus(429).withHeader("Retry-After", "30").withBody("slow down"));
		try (TestModels models = TestModels.openAi(wm.baseUrl() + "/v1")) {
			assertFallbackBeforeText(models.answer(this.request), this.request);
			assertThat(models.prose.guard().circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
			assertFallbackBeforeText(models.answer(this.request), this.request);
			assertThat(models.count(LlmMetrics.FALLBACKS, "cause", "circuit_open")).isEqualTo(1);
		}
		wm.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
	}

	@Test
	void serverErrorIsRetriedOnceThenFallsBack() {
		stubCompletions(aResponse().withStatus(500).withBody("internal"));
		assertFallbackBeforeText(answerFromWireMock(), this.request);
		wm.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
	}

	@Test
	void unavailableThenAvailableAnswersFromModel() {
		wm.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("503")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		wm.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("503")
			.whenScenarioStateIs("up")
			.willReturn(sse(StreamBodies.openAi("Distillation compresses models [1]."))));
		assertModelAnswer(answerFromWireMock(), "Distillation compresses models [1].");
		wm.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
	}

	@Test
	void serviceUnavailableTwiceFallsBack() {
		stubCompletions(aResponse().withStatus(503).withHeader("Retry-After", "1"));
		assertFallbackBeforeText(answerFromWireMock(), this.request);
	}

	@Test
	void errorObjectAsFirstEventFallsBack() {
		stubCompletions(
				sse("data: {\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\"}}\n\n"));
		List<ProseEvent> events = answerFromWireMock();
		assertFallbackBeforeText(events, this.request);
		assertThat(ProseAssertions.text(events)).doesNotContain("overloaded");
	}

	@Test
	void hangBeforeFirstByteTimesOut() {
		stubCompletions(sse(StreamBodies.openAi("Late [1].")).withFixedDelay(10_000));
		long start = System.nanoTime();
		TestModels models = TestModels.openAi(wm.baseUrl() + "/v1",
				(properties) -> properties.setFirstTokenTimeout(Duration.ofMillis(300)));
		assertFallbackBeforeText(answer(models, this.request), this.request);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(models.count(LlmMetrics.FALLBACKS, "cause", "first_token_timeout")).isEqualTo(1);
	}

	@Test
	void hangMidStreamTimesOutAfterText() throws IOException {
		List<String> events = StreamBodies.openAiEvents(null, "Distillation trains a student. ");
		try (ScriptedUpstream upstream = new ScriptedUpstream(events, Duration.ZERO, ScriptedUpstream.Ending.HANG)) {
			TestModels models = TestModels.openAi(upstream.baseUrl(),
					(properties) -> properties.setIdleTimeout(Duration.ofMillis(300)));
			List<ProseEvent> answer = answer(models, this.request);
			assertFallbackAfterText(answer, this.request, "Distillation trains a student.");
			assertThat(models.count(LlmMetrics.FALLBACKS, "cause", "idle_timeout", "stage", "after_text")).isEqualTo(1);
			assertThat(upstream.requests()).isEqualTo(1);
		}
	}

	@Test
	void resetAfterThreeChunksFallsBackAfterText() throws IOException {
		List<String> events = StreamBodies.openAiEvents(null, "Distillation ", "trains a student.");
		assertThat(events).hasSize(3);
		try (ScriptedUpstream upstream = new ScriptedUpstream(events, Duration.ZERO, ScriptedUpstream.Ending.RESET)) {
			TestModels models = TestModels.openAi(upstream.baseUrl());
			List<ProseEvent> answer = answer(models, this.request);
			assertFallbackAfterText(answer, this.request, "Distillation trains a student.");
			assertThat(models.count(LlmMetrics.FALLBACKS, "cause", "connection_lost", "stage", "after_text"))
				.isEqualTo(1);
			assertThat(upstream.requests()).isEqualTo(1);
		}
	}

	@Test
	void endWithoutFinishReasonFallsBackAfterText() {
		stubCompletions(sse(String.join("", StreamBodies.openAiEvents(null, "Distillation ", "trains a student."))));
		assertFallbackAfterText(answerFromWireMock(), this.request, "Distillation trains a student.");
		wm.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
	}

	@Test
	void endWithoutAnyTextFallsBackBeforeText() {
		stubCompletions(sse(String.join("", StreamBodies.openAiEvents(null))));
		assertFallbackBeforeText(answerFromWireMock(), this.request);
	}

	@Test
	void malformedChunkFallsBackAfterText() {
		String body = StreamBodies.openAiChunk("{\"content\":\"Distillation trains a student. \"}", null)
				+ "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"oops\"\n\n"
				+ String.join("", StreamBodies.openAiEvents("stop", "More text [1]."));
		stubCompletions(sse(body));
		assertFallbackAfterText(answerFromWireMock(), this.request, "Distillation trains a student.");
	}

	@Test
	void malformedResponseChunkFallsBackBeforeText() {
		stubCompletions(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
		assertFallbackBeforeText(answerFromWireMock(), this.request);
	}

	@Test
	void dripOfOneBytePerSecondTimesOut() {
		String body = StreamBodies.openAi("Slow [1].");
		stubCompletions(sse(body).withChunkedDribbleDelay(body.length(), body.length() * 1000));
		TestModels models = TestModels.openAi(wm.baseUrl() + "/v1",
				(properties) -> properties.setFirstTokenTimeout(Duration.ofMillis(300)));
		assertFallbackBeforeText(answer(models, this.request), this.request);
		assertThat(models.count(LlmMetrics.FALLBACKS, "cause", "first_token_timeout")).isEqualTo(1);
	}

	@Test
	void answerWithoutResolvingMarkerIsReplaced() {
		stubCompletions(sse(StreamBodies.openAi("Distillation is great [9].")));
		List<ProseEvent> events = answerFromWireMock();
		assertFallbackAfterText(events, this.request, "Distillation is great.");
	}

	@Test
	void contentFilterFinishFallsBack() {
		List<String> events = new ArrayList<>(StreamBodies.openAiEvents(null, "Distillation [1]"));
		events.add(StreamBodies.openAiChunk("{}", "content_filter"));
		events.add("data: [DONE]\n\n");
		stubCompletions(sse(String.join("", events)));
		assertThat(finished(answerFromWireMock()).mode()).isEqualTo("fallback");
	}

	@Test
	void anthropicErrorEventFallsBack() {
		wm.stubFor(post(urlEqualTo("/v1/messages")).willReturn(sse(StreamBodies.anthropicEvent("error",
				"{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"))));
		assertFallbackBeforeText(answer(TestModels.anthropic(wm.baseUrl() + "/v1"), this.request), this.request);
	}

	@Test
	void anthropicStreamWithoutStopFallsBackAfterText() {
		wm.stubFor(post(urlEqualTo("/v1/messages"))
			.willReturn(sse(String.join("", StreamBodies.anthropicEvents(null, "Distillation trains a student.")))));
		assertFallbackAfterText(answer(TestModels.anthropic(wm.baseUrl() + "/v1"), this.request), this.request,
				"Distillation trains a student.");
	}

}
