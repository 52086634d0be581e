package org.scholargate.assistant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends requests to the running service and reads JSON responses as trees, for the HTTP
 * tests.
 */
final class ApiClient {

	/** A citation marker: {@code [n]} with one or two digits. */
	private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})\\]");

	/** Maximum response size read into memory: the whole catalog listing fits. */
	private static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

	private final WebTestClient client;

	private final JsonMapper mapper;

	ApiClient(WebTestClient client, JsonMapper mapper) {
		this.client = client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_RESPONSE_BYTES))
			.build();
		this.mapper = mapper;
	}

	/**
	 * Asks a question in a new conversation and returns the JSON answer.
	 */
	JsonNode ask(String message) {
		return ask(body(message));
	}

	/**
	 * Asks a question in an existing conversation and returns the JSON answer.
	 */
	JsonNode askInConversation(String message, String conversationId) {
		Map<String, Object> body = body(message);
		body.put("conversationId", conversationId);
		return ask(body);
	}

	/**
	 * Posts a chat request with {@code Accept: application/json}, checks for status 200
	 * and a JSON body, and returns the answer.
	 */
	JsonNode ask(Map<String, ?> body) {
		byte[] response = this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return read(response);
	}

	/**
	 * Posts a chat request with {@code Accept: text/event-stream}, checks for status 200
	 * and an event stream, and returns the raw response bytes.
	 */
	byte[] stream(Map<String, ?> body) {
		return this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Sends a GET request, checks for status 200 and a JSON body, and returns the body.
	 * @param uriTemplate the URI template
	 * @param uriVariables the values of the template variables, encoded as needed
	 */
	JsonNode get(String uriTemplate, Object... uriVariables) {
		byte[] response = this.client.get()
			.uri(uriTemplate, uriVariables)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return read(response);
	}

	JsonNode read(byte[] json) {
		assertThat(json).as("response body").isNotNull();
		return this.mapper.readTree(new String(json, StandardCharsets.UTF_8));
	}

	static Map<String, Object> body(String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", message);
		return body;
	}

	/**
	 * Returns the numbers of the citation markers of a text, in order.
	 */
	static List<Integer> markers(String text) {
		List<Integer> markers = new ArrayList<>();
		Matcher matcher = MARKER.matcher(text);
		while (matcher.find()) {
			markers.add(Integer.valueOf(matcher.group(1)));
		}
		return markers;
	}

	/**
	 * Returns the string values of a JSON array.
	 */
	static List<String> strings(JsonNode array) {
		assertThat(array.isArray()).as("%s is an array", array).isTrue();
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.stringValue()));
		return values;
	}

	/**
	 * Returns one property of every element of a JSON array.
	 */
	static List<JsonNode> property(JsonNode array, String name) {
		assertThat(array.isArray()).as("%s is an array", array).isTrue();
		List<JsonNode> values = new ArrayList<>();
		array.forEach((element) -> values.add(element.path(name)));
		return values;
	}

	/**
	 * Returns the source indexes of an answer.
	 */
	static List<Integer> sourceIndexes(JsonNode answer) {
		return property(answer.get("sources"), "index").stream().map(JsonNode::asInt).toList();
	}

	/**
	 * Returns the row of a comparison table for one field.
	 */
	static JsonNode row(JsonNode table, String field) {
		for (JsonNode row : table.get("rows")) {
			if (field.equals(row.path("field").asString())) {
				return row;
			}
		}
		throw new AssertionError("The table has no row '" + field + "': " + table);
	}

}
