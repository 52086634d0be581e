package org.scholargate.assistant.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sends chat requests the way a client of {@code POST /api/chat} does.
 */
public final class Chat {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Chat() {
	}

	/**
	 * Asks a question and returns the answer, failing unless the status is 200.
	 * @param conversationId the conversation to continue, or {@code null} for a new one
	 */
	public static JsonNode ask(WebTestClient client, String message, String conversationId) {
		EntityExchangeResult<String> result = send(client, message, conversationId, Map.of());
		if (result.getStatus().value() != 200) {
			throw new AssertionError(
					"Expected 200 for '" + message + "', got " + result.getStatus() + ": " + result.getResponseBody());
		}
		return MAPPER.readTree(result.getResponseBody());
	}

	/**
	 * Sends a question with extra headers and returns the whole exchange, whatever its
	 * status.
	 */
	public static EntityExchangeResult<String> send(WebTestClient client, String message, String conversationId,
			Map<String, String> headers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", message);
		if (conversationId != null) {
			body.put("conversationId", conversationId);
		}
		return client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.headers((http) -> headers.forEach(http::set))
			.bodyValue(MAPPER.writeValueAsString(body))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	/**
	 * Returns the codes of an answer's warnings, empty when it has none.
	 */
	public static java.util.List<String> warningCodes(JsonNode answer) {
		JsonNode warnings = answer.get("warnings");
		if (warnings == null) {
			return java.util.List.of();
		}
		return warnings.valueStream().map((warning) -> warning.get("code").stringValue()).toList();
	}

	/**
	 * Returns the ids of the methods an answer is about.
	 */
	public static java.util.List<String> methods(JsonNode answer) {
		return answer.get("methods").valueStream().map(JsonNode::stringValue).toList();
	}

}
