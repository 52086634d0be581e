package org.scholargate.assistant;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests {@code POST /api/chat} with server-sent events as the response: the order of
 * events, the framing of the raw bytes, UTF-8 text and agreement with the JSON answer.
 */
@AssistantHttpTest
class ChatEventStreamTests {

	private static final String TURKISH_COMPARISON = "Bilgi damıtma ile Longformer / BigBird karşılaştır";

	@Autowired
	private WebTestClient client;

	@Autowired
	private JsonMapper mapper;

	private ApiClient api;

	@BeforeEach
	void createApiClient() {
		this.api = new ApiClient(this.client, this.mapper);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "What is knowledge distillation?", "Compare knowledge distillation and Longformer / BigBird",
					TURKISH_COMPARISON, "Qui a inventé la méthode Delphi ?", "List methods in statistics before 1950",
					"What is the Froobnicator method?" })
	void streamOrdersEvents(String message) {
		List<String> names = names(events(message));
		assertThat(names).first().isEqualTo("meta");
		assertThat(names).last().isEqualTo("done");
		assertThat(names).filteredOn("meta"::equals).hasSize(1);
		assertThat(names).filteredOn("done"::equals).hasSize(1);
		assertThat(names).filteredOn("table"::equals).hasSizeLessThanOrEqualTo(1);
		assertThat(names).isSubsetOf("meta", "sources", "delta", "table", "done");
		assertThat(names).contains("sources");
		int firstDelta = names.indexOf("delta");
		int lastSources = names.lastIndexOf("sources");
		int table = names.indexOf("table");
		assertThat(firstDelta).isPositive();
		assertThat(lastSources).isLessThan(firstDelta);
		if (table >= 0) {
			assertThat(table).isGreaterThan(names.lastIndexOf("delta"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "What is knowledge distillation?", TURKISH_COMPARISON })
	void streamSourcesAreArrays(String message) {
		for (Event event : events(message)) {
			if (event.name().equals("sources")) {
				assertThat(event.data().isArray()).as("sources data %s", event.data()).isTrue();
			}
		}
	}

	@Test
	void streamDoneReportsGroundedStop() {
		List<Event> events = events("What is knowledge distillation?");
		JsonNode done = events.get(events.size() - 1).data();
		assertThat(done.get("mode").asString()).isEqualTo("grounded");
		assertThat(done.get("finishReason").asString()).isEqualTo("stop");
	}

	@Test
	void streamMetaDescribesAnswer() {
		JsonNode meta = events("Qui a inventé la méthode Delphi ?").get(0).data();
		assertThat(meta.get("language").asString()).isEqualTo("fr");
		assertThat(meta.get("intent").asString()).isEqualTo("field");
		assertThat(meta.get("field").asString()).isEqualTo("originalAuthors");
		assertThat(ApiClient.strings(meta.get("methods"))).containsExactly("delphi-method");
		assertThat(meta.get("mode").asString()).isEqualTo("grounded");
		assertThat(meta.get("conversationId").asString()).isNotBlank();
		assertThat(meta.get("messageId").asString()).isNotBlank();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "What is knowledge distillation?", "Compare knowledge distillation and Longformer / BigBird",
					TURKISH_COMPARISON, "Qui a inventé la méthode Delphi ?", "List methods in statistics before 1950" })
	void streamDeltasConcatenateToJsonText(String message) {
		String streamed = deltaText(events(message));
		String json = this.api.ask(message).get("text").asString();
		assertThat(streamed).isEqualTo(json);
	}

	@Test
	void streamMatchesJsonSourcesAndTable() {
		List<Event> events = events(TURKISH_COMPARISON);
		JsonNode json = this.api.ask(TURKISH_COMPARISON);
		assertThat(single(events, "sources")).isEqualTo(json.get("sources"));
		assertThat(single(events, "table")).isEqualTo(json.get("table"));
		assertThat(single(events, "done").get("citeAs")).isEqualTo(json.get("citeAs"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "What is knowledge distillation?", "Compare knowledge distillation and Longformer / BigBird",
					TURKISH_COMPARISON, "Qui a inventé la méthode Delphi ?", "List methods in statistics before 1950" })
	void streamFramesEventsAsTwoLines(String message) {
		String body = decodeStrictly(this.api.stream(ApiClient.body(message)));
		assertThat(body).doesNotContain("\r");
		assertThat(body).endsWith("\n\n");
		String[] blocks = body.substring(0, body.length() - 2).split("\n\n", -1);
		assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
		for (String block : blocks) {
			String[] lines = block.split("\n", -1);
			assertThat(lines).as("lines of event %s", block).hasSize(2);
			assertThat(lines[0]).as("first line of event %s", block).matches("event:[a-z]+");
			assertThat(lines[1]).as("second line of event %s", block).startsWith("data:");
			String data = lines[1].substring("data:".length());
			assertThatNoException().as("data of event %s is JSON", block).isThrownBy(() -> this.mapper.readTree(data));
		}
	}

	@Test
	void streamEscapesNewlinesInData() {
		List<Event> events = events("Compare knowledge distillation and Longformer / BigBird");
		assertThat(deltaText(events)).contains("\n");
		assertThat(events).filteredOn((event) -> event.name().equals("delta"))
			.anySatisfy((event) -> assertThat(event.data().get("text").asString()).contains("\n"));
	}

	@Test
	void streamCarriesTurkishTextAsUtf8() {
		byte[] raw = this.api.stream(ApiClient.body(TURKISH_COMPARISON));
		String body = decodeStrictly(raw);
		String jsonText = this.api.ask(TURKISH_COMPARISON).get("text").asString();
		assertThat(deltaText(parse(body))).isEqualTo(jsonText);
		assertThat(containsBytes(raw, "Sinir ağı sıkıştırma (öğretmen–öğrenci)".getBytes(StandardCharsets.UTF_8)))
			.as("raw bytes carry the Turkish type as UTF-8")
			.isTrue();
		assertThat(body).doesNotContain("\\u");
	}

	@Test
	void streamCarriesFrenchTextAsUtf8() {
		byte[] raw = this.api.stream(ApiClient.body("Qui a inventé la méthode Delphi ?"));
		String body = decodeStrictly(raw);
		assertThat(body).contains("a été introduite");
		assertThat(body).doesNotContain("\\u");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "What is knowledge distillation?", TURKISH_COMPARISON })
	void springDecoderReadsSameEvents(String message) {
		List<Event> raw = events(message);
		List<ServerSentEvent<String>> decoded = this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(ApiClient.body(message))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody()
			.collectList()
			.block();
		assertThat(decoded).isNotNull();
		assertThat(decoded).extracting(ServerSentEvent::event).containsExactlyElementsOf(names(raw));
		List<JsonNode> decodedData = decoded.stream().map((event) -> this.mapper.readTree(event.data())).toList();
		assertThat(decodedData.subList(1, decodedData.size()))
			.containsExactlyElementsOf(raw.subList(1, raw.size()).stream().map(Event::data).toList());
		assertThat(decodedData.get(0).get("intent")).isEqualTo(raw.get(0).data().get("intent"));
	}

	@Test
	void streamedConversationContinuesInJson() {
		List<Event> events = events("What is LoRA?");
		String conversationId = events.get(0).data().get("conversationId").asString();
		JsonNode answer = this.api.askInConversation("Who proposed it?", conversationId);
		assertThat(answer.get("intent").asString()).isEqualTo("field");
		assertThat(ApiClient.strings(answer.get("methods"))).containsExactly("lora");
	}

	private List<Event> events(String message) {
		return parse(decodeStrictly(this.api.stream(ApiClient.body(message))));
	}

	/**
	 * Parses an event stream whose events are each one {@code event:} and one
	 * {@code data:} line; the framing itself is checked by
	 * {@link #streamFramesEventsAsTwoLines}.
	 */
	private List<Event> parse(String body) {
		List<Event> events = new ArrayList<>();
		for (String block : body.strip().split("\n\n")) {
			String name = null;
			String data = null;
			for (String line : block.split("\n")) {
				if (line.startsWith("event:")) {
					name = line.substring("event:".length());
				}
				else if (line.startsWith("data:")) {
					data = line.substring("data:".length());
				}
			}
			assertThat(name).as("event name in %s", block).isNotNull();
			assertThat(data).as("event data in %s", block).isNotNull();
			events.add(new Event(name, this.mapper.readTree(data)));
		}
		return events;
	}

	private static List<String> names(List<Event> events) {
		return events.stream().map(Event::name).toList();
	}

	private static String deltaText(List<Event> events) {
		StringBuilder text = new StringBuilder();
		events.stream()
			.filter((event) -> event.name().equals("delta"))
			.forEach((event) -> text.append(event.data().get("text").asString()));
		return text.toString();
	}

	private static JsonNode single(List<Event> events, String name) {
		List<JsonNode> data = events.stream().filter((event) -> event.name().equals(name)).map(Event::data).toList();
		assertThat(data).as("%s events", name).hasSize(1);
		return data.get(0);
	}

	private static String decodeStrictly(byte[] bytes) {
		assertThat(bytes).as("response body").isNotNull();
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new AssertionError("The event stream is not valid UTF-8", ex);
		}
	}

	private static boolean containsBytes(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return true;
			}
		}
		return false;
	}

	private record Event(String name, JsonNode data) {

	}

}
