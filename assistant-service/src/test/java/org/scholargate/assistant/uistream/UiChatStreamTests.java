package org.scholargate.assistant.uistream;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scholargate.assistant.AssistantHttpTest;
import org.scholargate.assistant.EventStreamText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@AssistantHttpTest
class UiChatStreamTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private JsonMapper mapper;

	@Test
	void comparisonStreamsPartsInOrder() {
		List<JsonNode> parts = stream(Map.of("id", "chat-1", "trigger", "submit-message", "messages",
				List.of(user("u1", "Compare knowledge distillation and Longformer / BigBird"))));

		List<String> types = parts.stream().map((part) -> part.get("type").stringValue()).toList();
		assertThat(types.get(0)).isEqualTo("start");
		assertThat(types.get(1)).isEqualTo("text-start");
		int textEnd = types.indexOf("text-end");
		assertThat(types.subList(2, textEnd)).isNotEmpty().allMatch("text-delta"::equals);
		assertThat(types.subList(textEnd + 1, types.size())).containsExactly("source-url", "source-url", "data-table",
				"finish");
		Set<String> textIds = new HashSet<>();
		parts.stream()
			.filter((part) -> part.get("type").stringValue().startsWith("text-"))
			.forEach((part) -> textIds.add(part.get("id").stringValue()));
		assertThat(textIds).hasSize(1);
		String text = String.join("",
				parts.stream()
					.filter((part) -> part.has("delta"))
					.map((part) -> part.get("delta").stringValue())
					.toList());
		assertThat(text).contains("[1]").contains("[2]");
		JsonNode source = parts.get(textEnd + 1);
		assertThat(source.get("sourceId").stringValue()).isEqualTo("1");
		assertThat(source.get("url").stringValue()).isEqualTo("https://arxiv.org/abs/1503.02531");
		assertThat(source.get("providerMetadata").get("scholargate").get("methodId").stringValue())
			.isEqualTo("knowledge-distillation");
		assertThat(parts.get(textEnd + 3).get("data").get("rows")).isNotEmpty();
		JsonNode finish = parts.get(parts.size() - 1);
		assertThat(finish.get("finishReason").stringValue()).isEqualTo("stop");
		assertThat(finish.get("messageMetadata").get("citeAs").stringValue()).contains("Compare methods");
	}

	@Test
	void partsNeverCarryNull() {
		List<JsonNode> parts = stream(Map.of("messages", List.of(user("u1", "Who introduced the Delphi method?"))));
		for (JsonNode part : parts) {
			assertThat(EventStreamText.nullPaths(part)).as(part.toString()).isEmpty();
		}
		assertThat(parts.get(0).get("messageMetadata").has("field")).isTrue();
	}

	@Test
	void followUpResolvesFromEarlierUserMessages() {
		List<JsonNode> parts = stream(Map
			.of("messages", List.of(user("u1", "What is LoRA?"), Map.of("id", "a1", "role", "assistant", "parts",
					List.of(Map.of("type", "text", "text", "LoRA is a fine-tuning method [1]."),
							Map.of("type", "source-url", "sourceId", "1", "url", "https://arxiv.org/abs/2106.09685"))),
					user("u2", "Who proposed it?"))));
		String text = String.join("",
				parts.stream()
					.filter((part) -> part.has("delta"))
					.map((part) -> part.get("delta").stringValue())
					.toList());
		assertThat(text).contains("Hu, E. J.");
		assertThat(parts.get(0).get("messageMetadata").get("methods").get(0).stringValue()).isEqualTo("lora");
	}

	@Test
	void regenerateKeepsTheMessageId() {
		List<JsonNode> parts = stream(Map.of("trigger", "regenerate-message", "messageId", "assistant-7", "messages",
				List.of(user("u1", "What is LoRA?"))));
		assertThat(parts.get(0).get("messageId").stringValue()).isEqualTo("assistant-7");
	}

	@Test
	void invalidRequestsAreProblems() {
		assertProblem("{\"messages\": ", 400, "malformed-json");
		assertProblem("{\"messages\": []}", 400, "missing-messages");
		assertProblem("{\"messages\": [{\"role\": \"assistant\", \"parts\": []}]}", 400, "missing-user-message");
		assertProblem("{\"trigger\": \"resume\", \"messages\": [{\"role\": \"user\", \"parts\": "
				+ "[{\"type\": \"text\", \"text\": \"What is LoRA?\"}]}]}", 400, "invalid-trigger");
		assertProblem("{\"messages\": [{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"text\": \" \"}]}]}", 400,
				"empty-message");
		assertProblem("{\"messages\": [{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"text\": \""
				+ "a".repeat(4001) + "\"}]}]}", 400, "message-too-long");
	}

	@Test
	void wrongContentTypeIsUnsupported() {
		this.client.post()
			.uri("/api/chat/ui")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("What is LoRA?")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private void assertProblem(String body, int status, String type) {
		this.client.post()
			.uri("/api/chat/ui")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/" + type);
	}

	private static Map<String, Object> user(String id, String text) {
		return Map.of("id", id, "role", "user", "parts", List.of(Map.of("type", "text", "text", text)));
	}

	private List<JsonNode> stream(Object body) {
		byte[] response = this.client.post()
			.uri("/api/chat/ui")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.expectHeader()
			.valueEquals("x-vercel-ai-ui-message-stream", "v1")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		List<String> events = EventStreamText.data(response);
		assertThat(events.get(events.size() - 1)).isEqualTo("[DONE]");
		return events.subList(0, events.size() - 1).stream().map(this.mapper::readTree).toList();
	}

}
