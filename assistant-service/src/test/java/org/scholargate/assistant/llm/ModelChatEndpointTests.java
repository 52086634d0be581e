package org.scholargate.assistant.llm;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.ConversationStore;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat endpoint, as server-sent events and as JSON, with an OpenAI-compatible model
 * stubbed by WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ModelChatEndpointTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String QUESTION = "What is knowledge distillation?";

	@Autowired
	private WebTestClient client;

	@Autowired
	private ModelProse prose;

	@Autowired
	private ConversationStore store;

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry registry) {
		registry.add("assistant.llm.provider", () -> "openai");
		registry.add("assistant.llm.base-url", () -> wm.baseUrl() + "/v1");
		registry.add("assistant.llm.api-key", () -> "sk-test-secret");
		registry.add("assistant.llm.model", () -> "stub-model");
		registry.add("assistant.llm.retry.wait", () -> "10ms");
		registry.add("assistant.llm.circuit-breaker.minimum-number-of-calls", () -> "1000");
		registry.add("assistant.llm.circuit-breaker.sliding-window-size", () -> "1000");
	}

	@BeforeEach
	void resetStubsAndBreaker() {
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		wm.resetAll();
		this.prose.guard().circuitBreaker().reset();
	}

	private static void stubModel(String body) {
		wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okForContentType("text/event-stream", body)));
	}

	private Conversation stored(JsonNode meta) {
		UUID id = UUID.fromString(meta.get("conversationId").asString());
		return this.store.find(id).block(Duration.ofSeconds(5));
	}

	@Test
	void eventStreamCarriesModelText() {
		stubModel(StreamBodies.openAi("Knowledge distillation trains a small student model ", "[", "1",
				"] and a made-up claim cites ", "[9", "]."));
		List<SseAnswers.Event> events = SseAnswers.ask(this.client, Map.of("message", QUESTION));
		assertThat(SseAnswers.names(events)).matches("meta sources( delta)+ done");
		assertThat(SseAnswers.first(events, "meta").get("mode").asString()).isEqualTo("llm");
		JsonNode done = SseAnswers.first(events, "done");
		assertThat(done.get("mode").asString()).isEqualTo("llm");
		assertThat(done.get("finishReason").asString()).isEqualTo("stop");
		assertThat(done.get("citationIssues").get(0).get("code").asString()).isEqualTo("unknown_source");
		assertThat(SseAnswers.text(events))
			.isEqualTo("Knowledge distillation trains a small student model [1] and a made-up claim cites.");
		assertThat(events).noneMatch((event) -> event.data().toString().contains("[9]"));
		assertThat(stored(SseAnswers.first(events, "meta")).turns().get(0).answer()).isEqualTo(SseAnswers.text(events));
	}

	@Test
	void jsonAnswerCarriesModelText() {
		stubModel(StreamBodies.openAi("Knowledge distillation compresses models [1]."));
		JsonNode answer = SseAnswers.readJson(this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", QUESTION))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertThat(answer.get("mode").asString()).isEqualTo("llm");
		assertThat(answer.get("text").asString()).isEqualTo("Knowledge distillation compresses models [1].");
		assertThat(answer.get("sources").get(0).get("methodId").asString()).isEqualTo("knowledge-distillation");
		assertThat(answer.has("citationIssues")).isFalse();
	}

	@Test
	void failureAfterTextResetsToGrounded() {
		stubModel(String.join("", StreamBodies.openAiEvents(null, "Partial model text. ", "More")));
		List<SseAnswers.Event> events = SseAnswers.ask(this.client, Map.of("message", QUESTION));
		assertThat(SseAnswers.names(events)).matches("meta sources( delta)+ error reset( delta)+ done");
		JsonNode error = SseAnswers.first(events, "error");
		assertThat(error.get("code").asString()).isEqualTo("model_failed");
		JsonNode done = SseAnswers.first(events, "done");
		assertThat(done.get("mode").asString()).isEqualTo("fallback");
		assertThat(done.get("finishReason").asString()).isEqualTo("stop");
		assertThat(done.get("warnings").get(0).get("code").asString()).isEqualTo("model_unavailable");
		String grounded = SseAnswers.text(events);
		assertThat(grounded).startsWith("**Knowledge Distillation**").contains("[1]").doesNotContain("Partial");
		assertThat(stored(SseAnswers.first(events, "meta")).turns().get(0).answer()).isEqualTo(grounded);
	}

	@Test
	void failureBeforeTextStreamsGroundedAnswerOnly() {
		wm.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(okForContentType("text/event-stream", "").withStatus(401)));
		List<SseAnswers.Event> events = SseAnswers.ask(this.client, Map.of("message", "Compare BERT and GPT"));
		assertThat(SseAnswers.names(events)).matches("meta sources( delta)+ table done");
		assertThat(SseAnswers.first(events, "meta").get("mode").asString()).isEqualTo("llm");
		assertThat(SseAnswers.first(events, "done").get("mode").asString()).isEqualTo("fallback");
		assertThat(events.toString()).doesNotContain("sk-test-secret");
	}

	@Test
	void jsonAnswerAfterFailureIsGroundedText() {
		stubModel(String.join("", StreamBodies.openAiEvents(null, "Partial model text. ")));
		JsonNode answer = SseAnswers.readJson(this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", QUESTION))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertThat(answer.get("mode").asString()).isEqualTo("fallback");
		assertThat(answer.get("text").asString()).startsWith("**Knowledge Distillation**").doesNotContain("Partial");
	}

	@Test
	void clarifyingAnswerStaysGrounded() {
		List<SseAnswers.Event> events = SseAnswers.ask(this.client, Map.of("message", "What is the Froobnicator?"));
		assertThat(SseAnswers.first(events, "meta").get("mode").asString()).isEqualTo("grounded");
		assertThat(wm.getAllServeEvents()).isEmpty();
	}

	private List<String> streamData(String path, Map<String, Object> body) {
		return this.client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody()
			.map(ServerSentEvent::data)
			.collectList()
			.block(Duration.ofSeconds(30));
	}

	@Test
	void openAiStreamReplacesFailedModelText() {
		stubModel(String.join("", StreamBodies.openAiEvents(null, "Partial model text. ", "More")));
		List<String> data = streamData("/v1/chat/completions", Map.of("model", "scholargate-assistant", "stream", true,
				"messages", List.of(Map.of("role", "user", "content", QUESTION))));
		assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
		StringBuilder content = new StringBuilder();
		JsonNode last = null;
		for (String chunk : data.subList(0, data.size() - 1)) {
			JsonNode json = SseAnswers.readJson(chunk);
			assertThat(json.has("error")).isFalse();
			JsonNode delta = json.get("choices").get(0).get("delta");
			if (delta.has("content")) {
				content.append(delta.get("content").asString());
			}
			last = json;
		}
		assertThat(content.toString()).startsWith("Partial model text.")
			.contains("The language model failed while writing this answer")
			.contains("**Knowledge Distillation**");
		assertThat(content.toString().indexOf("Partial")).isEqualTo(content.toString().lastIndexOf("Partial"));
		assertThat(last.get("choices").get(0).get("finish_reason").asString()).isEqualTo("stop");
		assertThat(last.get("scholargate").get("mode").asString()).isEqualTo("fallback");
	}

	@Test
	void uiMessageStreamResetsFailedModelText() {
		stubModel(String.join("", StreamBodies.openAiEvents(null, "Partial model text. ", "More")));
		Map<String, Object> message = Map.of("id", "m1", "role", "user", "parts",
				List.of(Map.of("type", "text", "text", QUESTION)));
		List<String> data = streamData("/api/chat/ui",
				Map.of("id", "c1", "messages", List.of(message), "trigger", "submit-message"));
		List<String> types = data.stream()
			.filter((chunk) -> !chunk.equals("[DONE]"))
			.map((chunk) -> SseAnswers.readJson(chunk).get("type").asString())
			.toList();
		assertThat(String.join(" ", types))
			.matches("start text-start( text-delta)+ text-end data-reset text-start( text-delta)+ text-end"
					+ "( source-url)+ finish");
		assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
	}

}
