package org.scholargate.assistant.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Asks the chat endpoint for server-sent events and reads them back as named JSON events.
 */
final class SseAnswers {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SseAnswers() {
	}

	record Event(String name, JsonNode data) {

	}

	static List<Event> ask(WebTestClient client, Map<String, Object> body) {
		List<ServerSentEvent<String>> events = client.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody()
			.collectList()
			.block(Duration.ofSeconds(30));
		List<Event> parsed = new ArrayList<>();
		for (ServerSentEvent<String> event : events) {
			parsed.add(new Event(event.event(), MAPPER.readTree(event.data())));
		}
		return parsed;
	}

	static String names(List<Event> events) {
		return String.join(" ", events.stream().map(Event::name).toList());
	}

	static String text(List<Event> events) {
		StringBuilder text = new StringBuilder();
		for (Event event : events) {
			if (event.name().equals("delta")) {
				text.append(event.data().get("text").asString());
			}
			else if (event.name().equals("reset")) {
				text.setLength(0);
			}
		}
		return text.toString();
	}

	static JsonNode first(List<Event> events, String name) {
		return events.stream().filter((event) -> event.name().equals(name)).findFirst().orElseThrow().data();
	}

	static JsonNode readJson(String json) {
		return MAPPER.readTree(json);
	}

}
