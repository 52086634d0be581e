package org.scholargate.assistant.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation cases with a stub model that cites {@code [1]} and {@code [9]}: intents,
 * methods, tables and resolving markers stay those of the grounded pipeline, {@code [9]}
 * never reaches the client unless the answer has a ninth source (a long search list), and
 * answers with sources say mode {@code llm}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ModelEvalCasesTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})]");

	private static final Set<String> CITED_INTENTS = Set.of("describe", "field", "compare", "related", "search");

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry registry) {
		registry.add("assistant.llm.provider", () -> "openai");
		registry.add("assistant.llm.base-url", () -> wm.baseUrl() + "/v1");
		registry.add("assistant.llm.model", () -> "stub-model");
		registry.add("assistant.llm.api-key", () -> "test-key");
	}

	static Stream<JsonNode> cases() throws IOException {
		try (InputStream in = ModelEvalCasesTests.class.getResourceAsStream("/eval/cases.jsonl")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank())
				.map(SseAnswers::readJson)
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void caseKeepsGroundedFactsWithModelProse(JsonNode testCase) {
		wm.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(okForContentType("text/event-stream", StreamBodies.openAi("The stub model writes this answer ",
					"[", "1", "] and cites a missing source ", "[", "9", "]."))));
		List<JsonNode> turns = new ArrayList<>();
		if (testCase.has("turns")) {
			testCase.get("turns").forEach(turns::add);
		}
		else {
			turns.add(testCase);
		}
		String conversationId = null;
		for (JsonNode turn : turns) {
			Map<String, Object> body = new HashMap<>();
			body.put("message", turn.get("message").asString());
			if (conversationId != null) {
				body.put("conversationId", conversationId);
			}
			List<SseAnswers.Event> events = SseAnswers.ask(this.client, body);
			JsonNode meta = SseAnswers.first(events, "meta");
			conversationId = meta.get("conversationId").asString();
			check(events, turn.get("expect"));
		}
	}

	private static void check(List<SseAnswers.Event> events, JsonNode expect) {
		JsonNode meta = SseAnswers.first(events, "meta");
		JsonNode done = SseAnswers.first(events, "done");
		String text = SseAnswers.text(events);
		for (String key : List.of("intent", "field", "language")) {
			if (expect.has(key)) {
				assertThat(meta.get(key).asString()).as(key).isEqualTo(expect.get(key).asString());
			}
		}
		List<String> methods = new ArrayList<>();
		meta.get("methods").forEach((id) -> methods.add(id.asString()));
		if (expect.has("methods")) {
			List<String> expected = new ArrayList<>();
			expect.get("methods").forEach((id) -> expected.add(id.asString()));
			assertThat(methods).as("methods").isEqualTo(expected);
		}
		if (expect.has("methods_include")) {
			expect.get("methods_include").forEach((id) -> assertThat(methods).contains(id.asString()));
		}
		Set<Integer> indexes = new HashSet<>();
		events.stream()
			.filter((event) -> event.name().equals("sources"))
			.forEach((event) -> event.data().forEach((source) -> indexes.add(source.get("index").asInt())));
		Matcher markers = MARKER.matcher(text);
		boolean cited = false;
		while (markers.find()) {
			assertThat(indexes).as("marker %s resolves", markers.group()).contains(Integer.parseInt(markers.group(1)));
			cited = true;
		}
		boolean ninthSource = indexes.contains(9);
		if (!ninthSource) {
			assertThat(events).noneMatch((event) -> event.data().toString().contains("[9]"));
		}
		assertThat(events).noneMatch((event) -> event.name().equals("error"));
		boolean modelWritten = CITED_INTENTS.contains(meta.get("intent").asString()) && !indexes.isEmpty();
		assertThat(meta.get("mode").asString()).isEqualTo(modelWritten ? "llm" : "grounded");
		assertThat(done.get("mode").asString()).isEqualTo(modelWritten ? "llm" : "grounded");
		if (modelWritten) {
			assertThat(cited).as("answer cites a source").isTrue();
			assertThat(done.has("citationIssues")).isEqualTo(!ninthSource);
		}
		if (expect.has("table") && expect.get("table").asBoolean()) {
			assertThat(SseAnswers.names(events)).endsWith("table done");
			JsonNode table = SseAnswers.first(events, "table");
			List<String> columns = new ArrayList<>();
			table.get("methods").forEach((column) -> columns.add(column.get("id").asString()));
			assertThat(columns).isEqualTo(methods);
		}
		if (expect.has("no_sources") && expect.get("no_sources").asBoolean()) {
			assertThat(indexes).isEmpty();
		}
	}

}
