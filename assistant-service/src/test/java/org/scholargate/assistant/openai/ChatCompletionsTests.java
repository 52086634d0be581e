package org.scholargate.assistant.openai;

import java.util.List;
import java.util.Map;

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
class ChatCompletionsTests {

	private static final String COMPARISON = "Compare knowledge distillation and Longformer / BigBird";

	@Autowired
	private WebTestClient client;

	@Autowired
	private JsonMapper mapper;

	@Test
	void completionHasOpenAiShape() {
		JsonNode completion = complete(Map.of("model", "scholargate-assistant", "messages",
				List.of(Map.of("role", "user", "content", "What is LoRA?"))));
		assertThat(completion.get("id").stringValue()).startsWith("chatcmpl-");
		assertThat(completion.get("object").stringValue()).isEqualTo("chat.completion");
		assertThat(completion.get("model").stringValue()).isEqualTo("scholargate-assistant");
		assertThat(completion.get("created").asLong()).isPositive();
		assertThat(completion.get("choices")).hasSize(1);
		JsonNode choice = completion.get("choices").get(0);
		assertThat(choice.get("index").asInt()).isZero();
		assertThat(choice.get("finish_reason").stringValue()).isEqualTo("stop");
		JsonNode message = choice.get("message");
		assertThat(message.get("role").stringValue()).isEqualTo("assistant");
		assertThat(message.get("content").stringValue()).contains("LoRA").contains("[1]");
		assertAnnotationsSpanMarkers(message.get("content").stringValue(), message.get("annotations"));
		JsonNode usage = completion.get("usage");
		assertThat(usage.get("total_tokens").asInt())
			.isEqualTo(usage.get("prompt_tokens").asInt() + usage.get("completion_tokens").asInt());
		JsonNode extension = completion.get("scholargate");
		assertThat(extension.get("intent").stringValue()).isEqualTo("describe");
		assertThat(extension.get("sources").get(0).get("url").stringValue())
			.isEqualTo("https://arxiv.org/abs/2106.09685");
		assertThat(extension.get("citeAs").stringValue()).contains("LoRA");
	}

	@Test
	void completionWritesNullOnlyWhereSchemaRequires() {
		JsonNode completion = complete(Map.of("model", "scholargate-assistant", "messages",
				List.of(Map.of("role", "user", "content", "What is LoRA?"))));
		assertThat(EventStreamText.nullPaths(completion)).containsExactlyInAnyOrder("choices[0].logprobs",
				"choices[0].message.refusal");
	}

	@Test
	void streamFollowsChunkOrder() {
		List<String> events = stream(COMPARISON, true);
		assertThat(events.get(events.size() - 1)).isEqualTo("[DONE]");
		List<JsonNode> chunks = events.subList(0, events.size() - 1).stream().map(this.mapper::readTree).toList();
		JsonNode first = chunks.get(0);
		assertThat(first.get("choices").get(0).get("delta").get("role").stringValue()).isEqualTo("assistant");
		for (JsonNode chunk : chunks) {
			assertThat(chunk.get("object").stringValue()).isEqualTo("chat.completion.chunk");
			assertThat(chunk.get("id")).isEqualTo(first.get("id"));
			assertThat(chunk.get("created")).isEqualTo(first.get("created"));
			assertThat(chunk.get("model").stringValue()).isEqualTo("scholargate-assistant");
		}
		JsonNode usage = chunks.get(chunks.size() - 1);
		assertThat(usage.get("choices")).isEmpty();
		assertThat(usage.get("usage").get("total_tokens").asInt()).isPositive();
		JsonNode last = chunks.get(chunks.size() - 2);
		assertThat(last.get("choices").get(0).get("finish_reason").stringValue()).isEqualTo("stop");
		assertThat(last.get("scholargate").get("table").get("rows")).isNotEmpty();
		assertThat(last.get("scholargate").get("sources")).hasSize(2);
		for (JsonNode chunk : chunks.subList(0, chunks.size() - 2)) {
			assertThat(chunk.get("choices").get(0).get("finish_reason").isNull()).isTrue();
			assertThat(chunk.has("usage")).isFalse();
		}
		String content = content(chunks);
		assertAnnotationsSpanMarkers(content, last.get("choices").get(0).get("delta").get("annotations"));
		JsonNode whole = complete(Map.of("model", "scholargate-assistant", "messages",
				List.of(Map.of("role", "user", "content", COMPARISON))));
		assertThat(content).isEqualTo(whole.get("choices").get(0).get("message").get("content").stringValue());
	}

	@Test
	void streamWritesNullOnlyForFinishReason() {
		List<String> events = stream(COMPARISON, true);
		for (String event : events.subList(0, events.size() - 1)) {
			assertThat(EventStreamText.nullPaths(this.mapper.readTree(event))).as(event)
				.isSubsetOf("choices[0].finish_reason");
		}
	}

	@Test
	void streamWithoutUsageOptionEndsAfterFinishChunk() {
		List<String> events = stream("What is LoRA?", false);
		JsonNode last = this.mapper.readTree(events.get(events.size() - 2));
		assertThat(last.get("choices").get(0).get("finish_reason").stringValue()).isEqualTo("stop");
		assertThat(events).noneMatch((event) -> event.contains("\"usage\""));
	}

	@Test
	void followUpResolvesFromEarlierUserMessages() {
		JsonNode completion = complete(Map.of("model", "scholargate-assistant", "messages",
				List.of(Map.of("role", "system", "content", "Be brief."),
						Map.of("role", "user", "content", "What is LoRA?"),
						Map.of("role", "assistant", "content", "LoRA is a fine-tuning method [1]."),
						Map.of("role", "user", "content", "Who proposed it?"))));
		assertThat(completion.get("choices").get(0).get("message").get("content").stringValue()).contains("Hu, E. J.");
		assertThat(completion.get("scholargate").get("methods").get(0).stringValue()).isEqualTo("lora");
	}

	@Test
	void followUpWithoutEarlierMessagesAsksBack() {
		JsonNode completion = complete(Map.of("model", "scholargate-assistant", "messages",
				List.of(Map.of("role", "user", "content", "Who proposed it?"))));
		assertThat(completion.get("scholargate").get("intent").stringValue()).isEqualTo("clarify");
	}

	@Test
	void contentPartsAreJoined() {
		JsonNode completion = complete(
				Map.of("model", "scholargate-assistant", "messages", List.of(Map.of("role", "user", "content",
						List.of(Map.of("type", "text", "text", "What is"), Map.of("type", "text", "text", "LoRA?"))))));
		assertThat(completion.get("scholargate").get("methods").get(0).stringValue()).isEqualTo("lora");
	}

	@Test
	void modelsListsTheAssistantModel() {
		JsonNode models = get("/v1/models", 200);
		assertThat(models.get("object").stringValue()).isEqualTo("list");
		assertThat(models.get("data")).hasSize(1);
		assertThat(models.get("data").get(0).get("id").stringValue()).isEqualTo("scholargate-assistant");
		assertThat(models.get("data").get(0).get("object").stringValue()).isEqualTo("model");
		assertThat(get("/v1/models/scholargate-assistant", 200).get("owned_by").stringValue()).isEqualTo("scholargate");
		assertError(get("/v1/models/gpt-4o", 404), "model_not_found", "model");
		assertError(get("/v1/embeddings", 404), "unknown_url", null);
	}

	private void assertAnnotationsSpanMarkers(String content, JsonNode annotations) {
		assertThat(annotations).isNotEmpty();
		for (JsonNode annotation : annotations) {
			assertThat(annotation.get("type").stringValue()).isEqualTo("url_citation");
			JsonNode citation = annotation.get("url_citation");
			String marker = content.substring(citation.get("start_index").asInt(), citation.get("end_index").asInt());
			assertThat(marker).matches("\\[\\d{1,2}]");
			assertThat(citation.get("url").stringValue()).startsWith("https://");
			assertThat(citation.get("title").stringValue()).isNotBlank();
		}
	}

	static void assertError(JsonNode body, String code, String param) {
		assertThat(body.size()).isEqualTo(1);
		JsonNode error = body.get("error");
		assertThat(error.properties()).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("message", "type", "param", "code");
		assertThat(error.get("code").stringValue()).isEqualTo(code);
		assertThat(error.get("message").stringValue()).isNotBlank();
		assertThat(error.get("type").stringValue()).isEqualTo("invalid_request_error");
		if (param == null) {
			assertThat(error.get("param").isNull()).isTrue();
		}
		else {
			assertThat(error.get("param").stringValue()).isEqualTo(param);
		}
	}

	private static String content(List<JsonNode> chunks) {
		StringBuilder content = new StringBuilder();
		for (JsonNode chunk : chunks) {
			if (!chunk.get("choices").isEmpty()) {
				JsonNode text = chunk.get("choices").get(0).get("delta").get("content");
				content.append((text != null) ? text.stringValue() : "");
			}
		}
		return content.toString();
	}

	private JsonNode complete(Object body) {
		byte[] response = this.client.post()
			.uri("/v1/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return this.mapper.readTree(response);
	}

	private List<String> stream(String question, boolean includeUsage) {
		Map<String, Object> body = Map.of("model", "scholargate-assistant", "stream", true, "stream_options",
				Map.of("include_usage", includeUsage), "messages",
				List.of(Map.of("role", "user", "content", question)));
		byte[] response = this.client.post()
			.uri("/v1/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return EventStreamText.data(response);
	}

	private JsonNode get(String path, int status) {
		byte[] response = this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return this.mapper.readTree(response);
	}

}
