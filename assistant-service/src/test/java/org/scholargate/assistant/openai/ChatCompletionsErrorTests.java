package org.scholargate.assistant.openai;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scholargate.assistant.AssistantHttpTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@AssistantHttpTest
class ChatCompletionsErrorTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private JsonMapper mapper;

	@Test
	void malformedJsonIsRejected() {
		ChatCompletionsTests.assertError(post("{\"model\": ", 400), "malformed_json", null);
	}

	@Test
	void missingModelIsRejected() {
		ChatCompletionsTests.assertError(post(json(Map.of("messages", List.of(user("What is LoRA?")))), 400),
				"missing_model", "model");
	}

	@Test
	void unknownModelIsNotFound() {
		ChatCompletionsTests.assertError(
				post(json(Map.of("model", "gpt-4o", "messages", List.of(user("What is LoRA?")))), 404),
				"model_not_found", "model");
	}

	@Test
	void requestWithoutUserMessageIsRejected() {
		ChatCompletionsTests.assertError(
				post(json(Map.of("model", "scholargate-assistant", "messages",
						List.of(Map.of("role", "system", "content", "Be brief.")))), 400),
				"missing_user_message", "messages");
		ChatCompletionsTests.assertError(
				post(json(Map.of("model", "scholargate-assistant", "messages", List.of())), 400), "missing_messages",
				"messages");
	}

	@Test
	void emptyLastUserMessageIsRejected() {
		ChatCompletionsTests.assertError(post(
				json(Map.of("model", "scholargate-assistant", "messages", List.of(user("What is LoRA?"), user("   ")))),
				400), "empty_message", "messages[1].content");
	}

	@Test
	void tooLongMessageIsRejected() {
		String question = "é".repeat(4001);
		ChatCompletionsTests.assertError(
				post(json(Map.of("model", "scholargate-assistant", "messages", List.of(user(question)))), 400),
				"message_too_long", "messages[0].content");
	}

	@Test
	void nonTextPartIsRejected() {
		Map<String, Object> image = Map.of("type", "image_url", "image_url",
				Map.of("url", "https://example.org/a.png"));
		ChatCompletionsTests.assertError(
				post(json(Map.of("model", "scholargate-assistant", "messages",
						List.of(Map.of("role", "user", "content", List.of(image))))), 400),
				"unsupported_content_part", "messages[0].content[0]");
	}

	@Test
	void invalidFieldsAreRejected() {
		ChatCompletionsTests.assertError(
				post(json(Map.of("model", "scholargate-assistant", "n", 2, "messages", List.of(user("What is LoRA?")))),
						400),
				"unsupported_n", "n");
		ChatCompletionsTests.assertError(post(json(
				Map.of("model", "scholargate-assistant", "stream", "yes", "messages", List.of(user("What is LoRA?")))),
				400), "invalid_stream", "stream");
		ChatCompletionsTests
			.assertError(
					post(json(Map.of("model", "scholargate-assistant", "messages",
							List.of(Map.of("role", "robot", "content", "hi")))), 400),
					"invalid_role", "messages[0].role");
		ChatCompletionsTests.assertError(post(json(
				Map.of("model", "scholargate-assistant", "language", "de", "messages", List.of(user("What is LoRA?")))),
				400), "invalid_language", "language");
	}

	@Test
	void wrongContentTypeIsUnsupported() {
		JsonNode body = this.mapper.readTree(this.client.post()
			.uri("/v1/chat/completions")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("What is LoRA?")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody());
		ChatCompletionsTests.assertError(body, "unsupported_media_type", null);
	}

	@Test
	void oversizedBodyIsTooLarge() {
		String padding = "x".repeat(70 * 1024);
		JsonNode body = post(json(Map.of("model", "scholargate-assistant", "padding", padding, "messages",
				List.of(user("What is LoRA?")))), 413);
		ChatCompletionsTests.assertError(body, "body_too_large", null);
	}

	private static Map<String, Object> user(String content) {
		return Map.of("role", "user", "content", content);
	}

	private String json(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	private JsonNode post(String body, int status) {
		byte[] response = this.client.post()
			.uri("/v1/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return this.mapper.readTree(response);
	}

}
