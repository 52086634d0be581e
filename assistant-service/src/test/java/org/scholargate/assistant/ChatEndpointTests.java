package org.scholargate.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@code POST /api/chat} with one JSON object as the response, over HTTP against
 * the running service and the bundled catalog.
 */
@AssistantHttpTest
class ChatEndpointTests {

	private static final String REFERENCE_COMPARISON = "Compare knowledge distillation and Longformer / BigBird";

	@Autowired
	private WebTestClient client;

	@Autowired
	private JsonMapper mapper;

	private ApiClient api;

	@BeforeEach
	void createApiClient() {
		this.api = new ApiClient(this.client, this.mapper);
	}

	@Test
	void describeReturnsIntentAndMethod() {
		JsonNode answer = this.api.ask("What is knowledge distillation?");
		assertThat(answer.get("intent").asString()).isEqualTo("describe");
		assertThat(ApiClient.strings(answer.get("methods"))).containsExactly("knowledge-distillation");
		assertThat(answer.get("language").asString()).isEqualTo("en");
		assertThat(answer.get("mode").asString()).isEqualTo("grounded");
		assertThat(answer.get("finishReason").asString()).isEqualTo("stop");
		assertThat(answer.get("conversationId").asString()).isNotBlank();
		assertThat(answer.get("messageId").asString()).isNotBlank();
	}

	@Test
	void describeTextCitesYear() {
		JsonNode answer = this.api.ask("What is knowledge distillation?");
		String text = answer.get("text").asString();
		assertThat(text).contains("2015");
		assertThat(ApiClient.markers(text)).isNotEmpty();
		assertThat(ApiClient.sourceIndexes(answer)).containsAll(ApiClient.markers(text));
	}

	@Test
	void describeSourcesNameMethod() {
		JsonNode answer = this.api.ask("What is knowledge distillation?");
		JsonNode sources = answer.get("sources");
		assertThat(sources.size()).isPositive();
		for (JsonNode source : sources) {
			assertThat(source.path("methodId").asString()).isEqualTo("knowledge-distillation");
			assertThat(source.path("citation").asString()).isNotBlank();
		}
		assertThat(ApiClient.property(sources, "url")).extracting(JsonNode::asString)
			.contains("https://arxiv.org/abs/1503.02531");
	}

	@ParameterizedTest(name = "Accept: {0}")
	@ValueSource(strings = { "application/json", "", "*/*", "text/html" })
	void chatReturnsJsonForAccept(String accept) {
		byte[] body = this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.headers((headers) -> setAccept(headers, accept))
			.bodyValue(ApiClient.body("What is knowledge distillation?"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		JsonNode answer = this.api.read(body);
		assertThat(answer.get("intent").asString()).isEqualTo("describe");
		assertThat(answer.get("text").asString()).contains("2015");
	}

	private static void setAccept(HttpHeaders headers, String accept) {
		if (accept.isEmpty()) {
			headers.remove(HttpHeaders.ACCEPT);
		}
		else {
			headers.set(HttpHeaders.ACCEPT, accept);
		}
	}

	@Test
	void compareKeepsNamedOrder() {
		JsonNode answer = this.api.ask(REFERENCE_COMPARISON);
		assertThat(answer.get("intent").asString()).isEqualTo("compare");
		assertThat(ApiClient.strings(answer.get("methods"))).containsExactly("knowledge-distillation",
				"longformer-bigbird");
		JsonNode columns = answer.get("table").get("methods");
		assertThat(ApiClient.property(columns, "id")).extracting(JsonNode::asString)
			.containsExactly("knowledge-distillation", "longformer-bigbird");
		assertThat(ApiClient.property(columns, "name")).extracting(JsonNode::asString)
			.containsExactly("Knowledge Distillation", "Longformer / BigBird");
	}

	@Test
	void compareRowsFollowFieldOrder() {
		JsonNode table = this.api.ask(REFERENCE_COMPARISON).get("table");
		assertThat(ApiClient.property(table.get("rows"), "field")).extracting(JsonNode::asString)
			.startsWith("domain", "family", "yearOfOrigin", "originalAuthors", "type", "foundingSource");
	}

	@ParameterizedTest(name = "{0} differs: {1}")
	@MethodSource("referenceDifferences")
	void compareTableMarksDifferingRows(String field, boolean differs) {
		JsonNode table = this.api.ask(REFERENCE_COMPARISON).get("table");
		assertThat(ApiClient.row(table, field).get("differs").asBoolean()).isEqualTo(differs);
	}

	static Stream<Arguments> referenceDifferences() {
		return Stream.of(Arguments.of("domain", false), Arguments.of("family", false),
				Arguments.of("yearOfOrigin", true), Arguments.of("originalAuthors", true), Arguments.of("type", true),
				Arguments.of("foundingSource", true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("referenceCells")
	void compareTableCopiesRecordValues(String field, String first, String second) {
		JsonNode table = this.api.ask(REFERENCE_COMPARISON).get("table");
		assertThat(ApiClient.property(ApiClient.row(table, field).get("cells"), "text")).extracting(JsonNode::asString)
			.containsExactly(first, second);
	}

	static Stream<Arguments> referenceCells() {
		return Stream.of(Arguments.of("yearOfOrigin", "2015", "2020"),
				Arguments.of("originalAuthors", "Hinton, G., Vinyals, O. & Dean, J.",
						"Beltagy, Peters & Cohan (Longformer); Zaheer et al. (BigBird)"),
				Arguments.of("type", "Neural network compression (teacher–student)",
						"Sparse-attention Transformer for long sequences"),
				Arguments.of("domain", "Deep learning", "Deep learning"),
				Arguments.of("family", "Machine learning", "Machine learning"));
	}

	@Test
	void compareCellsCiteOwnColumn() {
		JsonNode answer = this.api.ask(REFERENCE_COMPARISON);
		JsonNode table = answer.get("table");
		List<String> columnIds = ApiClient.property(table.get("methods"), "id")
			.stream()
			.map(JsonNode::asString)
			.toList();
		Map<Integer, String> sourceMethods = sourceMethods(answer);
		for (JsonNode row : table.get("rows")) {
			JsonNode cells = row.get("cells");
			assertThat(cells.size()).as("cells of %s", row.get("field")).isEqualTo(columnIds.size());
			for (int i = 0; i < cells.size(); i++) {
				int source = cells.get(i).get("source").asInt();
				assertThat(sourceMethods).as("source of %s, column %d", row.get("field"), i).containsKey(source);
				assertThat(sourceMethods.get(source)).as("method of %s, column %d", row.get("field"), i)
					.isEqualTo(columnIds.get(i));
			}
		}
	}

	private static Map<Integer, String> sourceMethods(JsonNode answer) {
		Map<Integer, String> methods = new HashMap<>();
		for (JsonNode source : answer.get("sources")) {
			methods.put(source.get("index").asInt(), source.get("methodId").asString());
		}
		return methods;
	}

	@Test
	void compareSourcesLinkFoundingPapers() {
		JsonNode answer = this.api.ask(REFERENCE_COMPARISON);
		assertThat(ApiClient.property(answer.get("sources"), "url")).extracting(JsonNode::asString)
			.contains("https://arxiv.org/abs/1503.02531", "https://arxiv.org/abs/2004.05150");
	}

	@Test
	void compareSourcesMatchRecords() {
		JsonNode answer = this.api.ask(REFERENCE_COMPARISON);
		for (JsonNode source : answer.get("sources")) {
			JsonNode record = this.api.get("/api/methods/{id}", source.get("methodId").asString());
			assertThat(source.get("methodName")).isEqualTo(record.get("name"));
			assertThat(source.get("version")).isEqualTo(record.get("version"));
			assertThat(source.get("status")).isEqualTo(record.get("status"));
			assertThat(source.get("citation")).isEqualTo(record.get("foundingSource").get("citation"));
			assertThat(source.get("url")).isEqualTo(record.get("foundingSource").get("url"));
		}
	}

	@Test
	void compareMarkersResolveToSources() {
		JsonNode answer = this.api.ask(REFERENCE_COMPARISON);
		List<Integer> markers = ApiClient.markers(answer.get("text").asString());
		assertThat(markers).isNotEmpty();
		assertThat(ApiClient.sourceIndexes(answer)).containsAll(markers);
	}

	@Test
	void compareCiteAsUsesBaseUrl() {
		JsonNode answer = this.api.ask(REFERENCE_COMPARISON);
		assertThat(answer.get("citeAs").asString())
			.isEqualTo("ScholarGate Assistant. Compare methods: Knowledge Distillation · Longformer / BigBird. "
					+ "Retrieved " + AssistantHttpTest.TODAY
					+ " from https://cite.scholargate.test/archive/compare?ids=knowledge-distillation,longformer-bigbird");
	}

	@Test
	void describeCiteAsLinksMethodPage() {
		JsonNode answer = this.api.ask("What is knowledge distillation?");
		assertThat(answer.get("citeAs").asString())
			.isEqualTo("ScholarGate Assistant. Knowledge Distillation. Retrieved " + AssistantHttpTest.TODAY
					+ " from https://cite.scholargate.test/archive/methods/knowledge-distillation");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fieldQuestions")
	void fieldQuestionUsesMessageLanguage(String message, String language, String methodId, String authors) {
		JsonNode answer = this.api.ask(message);
		assertThat(answer.get("intent").asString()).isEqualTo("field");
		assertThat(answer.get("field").asString()).isEqualTo("originalAuthors");
		assertThat(ApiClient.strings(answer.get("methods"))).containsExactly(methodId);
		assertThat(answer.get("language").asString()).isEqualTo(language);
		assertThat(answer.get("text").asString()).contains(authors);
		assertThat(ApiClient.markers(answer.get("text").asString())).isNotEmpty();
		assertThat(ApiClient.sourceIndexes(answer)).containsAll(ApiClient.markers(answer.get("text").asString()));
	}

	static Stream<Arguments> fieldQuestions() {
		return Stream.of(
				Arguments.of("Who introduced knowledge distillation?", "en", "knowledge-distillation",
						"Hinton, G., Vinyals, O. & Dean, J."),
				Arguments.of("Qui a inventé la méthode Delphi ?", "fr", "delphi-method", "Dalkey, N. & Helmer, O."),
				Arguments.of("Bilgi damıtmayı kim önerdi?", "tr", "knowledge-distillation",
						"Hinton, G., Vinyals, O. & Dean, J."));
	}

	@Test
	void languageOverrideWritesTurkishText() {
		Map<String, Object> body = ApiClient.body(REFERENCE_COMPARISON);
		body.put("language", "tr");
		JsonNode answer = this.api.ask(body);
		assertThat(answer.get("language").asString()).isEqualTo("tr");
		assertThat(answer.get("intent").asString()).isEqualTo("compare");
		assertThat(answer.get("text").asString()).contains("Sinir ağı sıkıştırma (öğretmen–öğrenci)");
		assertThat(answer.get("text").asString()).doesNotContain("Neural network compression");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("turkishLabels")
	void languageOverrideLabelsTableInTurkish(String field, String label) {
		Map<String, Object> body = ApiClient.body(REFERENCE_COMPARISON);
		body.put("language", "tr");
		JsonNode table = this.api.ask(body).get("table");
		assertThat(ApiClient.row(table, field).get("label").asString()).isEqualTo(label);
	}

	static Stream<Arguments> turkishLabels() {
		return Stream.of(Arguments.of("domain", "Alan"), Arguments.of("family", "Aile"),
				Arguments.of("yearOfOrigin", "Ortaya çıkış yılı"), Arguments.of("originalAuthors", "Özgün yazarlar"),
				Arguments.of("type", "Tür"), Arguments.of("foundingSource", "Kurucu kaynak"));
	}

	@Test
	void languageOverrideTranslatesTableValues() {
		Map<String, Object> body = ApiClient.body(REFERENCE_COMPARISON);
		body.put("language", "tr");
		JsonNode table = this.api.ask(body).get("table");
		assertThat(ApiClient.property(ApiClient.row(table, "domain").get("cells"), "text"))
			.extracting(JsonNode::asString)
			.containsExactly("Derin öğrenme", "Derin öğrenme");
		assertThat(ApiClient.property(ApiClient.row(table, "type").get("cells"), "text")).extracting(JsonNode::asString)
			.containsExactly("Sinir ağı sıkıştırma (öğretmen–öğrenci)",
					"Uzun diziler için seyrek dikkatli Transformer");
	}

	@Test
	void unknownMethodCitesNothing() {
		JsonNode answer = this.api.ask("What is the Froobnicator method?");
		assertThat(answer.get("intent").asString()).isEqualTo("clarify");
		assertThat(answer.get("methods").size()).isZero();
		assertThat(answer.get("sources").size()).isZero();
		assertThat(ApiClient.markers(answer.get("text").asString())).isEmpty();
		assertThat(answer.get("text").asString()).doesNotContainIgnoringCase("Froobnicator is");
		assertThat(answer.has("table")).isFalse();
	}

	@Test
	void domainNameDescribesNoOtherMethod() {
		JsonNode answer = this.api.ask("What is deep learning?");
		assertThat(ApiClient.strings(answer.get("methods"))).doesNotContain("deep-q-network");
	}

	@Test
	void describeFindsAsteriskName() {
		JsonNode answer = this.api.ask("What is A* search?");
		assertThat(answer.get("intent").asString()).isEqualTo("describe");
		assertThat(ApiClient.strings(answer.get("methods"))).containsExactly("a-star-search");
	}

	@Test
	void turkishAuthorQuestionUsesTurkish() {
		JsonNode answer = this.api.ask("Kaplan-Meier kimin?");
		assertThat(answer.get("language").asString()).isEqualTo("tr");
		assertThat(answer.get("field").asString()).isEqualTo("originalAuthors");
	}

	@Test
	void frenchYearQuestionAsksYear() {
		JsonNode answer = this.api.ask("Quelle est l'année de BERT ?");
		assertThat(answer.get("intent").asString()).isEqualTo("field");
		assertThat(answer.get("field").asString()).isEqualTo("yearOfOrigin");
	}

	@Test
	void relatedListsRecordRelations() {
		JsonNode answer = this.api.ask("What methods are related to BERT?");
		JsonNode record = this.api.get("/api/methods/bert");
		assertThat(answer.get("intent").asString()).isEqualTo("related");
		List<String> methods = ApiClient.strings(answer.get("methods"));
		assertThat(methods).first().isEqualTo("bert");
		assertThat(methods.subList(1, methods.size()))
			.containsExactlyElementsOf(ApiClient.strings(record.get("related")));
	}

	@Test
	void relatedSourcesCiteListedMethods() {
		JsonNode answer = this.api.ask("What methods are related to BERT?");
		List<Integer> markers = ApiClient.markers(answer.get("text").asString());
		assertThat(markers).isNotEmpty();
		assertThat(ApiClient.sourceIndexes(answer)).containsAll(markers);
		assertThat(ApiClient.property(answer.get("sources"), "methodId")).extracting(JsonNode::asString)
			.allSatisfy((id) -> assertThat(ApiClient.strings(answer.get("methods"))).contains(id));
	}

	@Test
	void searchByAuthorListsAllOldestFirst() {
		JsonNode answer = this.api.ask("Which methods were introduced by Hinton?");
		JsonNode catalog = this.api.get("/api/methods?limit=1000");
		List<JsonNode> byHinton = new ArrayList<>();
		catalog.get("items").forEach((item) -> {
			if (item.get("originalAuthors").asString().contains("Hinton")) {
				byHinton.add(item);
			}
		});
		assertThat(answer.get("intent").asString()).isEqualTo("search");
		List<String> methods = ApiClient.strings(answer.get("methods"));
		assertThat(methods)
			.containsExactlyInAnyOrderElementsOf(byHinton.stream().map((item) -> item.get("id").asString()).toList());
		List<Integer> years = methods.stream()
			.map((id) -> this.api.get("/api/methods/" + id).get("yearOfOrigin").asInt())
			.toList();
		assertThat(years).isSorted();
	}

	@Test
	void searchByFamilyAndPeriodFilters() {
		JsonNode answer = this.api.ask("List methods in statistics before 1950");
		assertThat(answer.get("intent").asString()).isEqualTo("search");
		List<String> methods = ApiClient.strings(answer.get("methods"));
		assertThat(methods).isNotEmpty();
		for (String id : methods) {
			JsonNode record = this.api.get("/api/methods/" + id);
			assertThat(record.get("family").asString()).as("family of %s", id).isEqualTo("Statistics");
			assertThat(record.get("yearOfOrigin").asInt()).as("year of %s", id).isLessThan(1950);
		}
		assertThat(ApiClient.sourceIndexes(answer)).containsAll(ApiClient.markers(answer.get("text").asString()));
	}

	@ParameterizedTest(name = "{0} / {1}")
	@MethodSource("followUps")
	void followUpResolvesMethods(String first, String second, String intent, List<String> methods) {
		JsonNode firstAnswer = this.api.ask(first);
		String conversationId = firstAnswer.get("conversationId").asString();
		JsonNode answer = this.api.askInConversation(second, conversationId);
		assertThat(answer.get("conversationId").asString()).isEqualTo(conversationId);
		assertThat(answer.get("intent").asString()).isEqualTo(intent);
		assertThat(ApiClient.strings(answer.get("methods"))).containsExactlyElementsOf(methods);
	}

	static Stream<Arguments> followUps() {
		return Stream.of(Arguments.of("What is LoRA?", "Who proposed it?", "field", List.of("lora")),
				Arguments.of("Tell me about BERT", "Compare it with ELMo", "compare", List.of("bert", "elmo")),
				Arguments.of("Compare random forest and AdaBoost", "And add XGBoost", "compare",
						List.of("random-forest", "adaboost", "xgboost")),
				Arguments.of("Compare LSTM and GRU", "Which one is older?", "compare", List.of("lstm", "gru")),
				Arguments.of("Compare BERT and GPT", "Compare les deux", "compare", List.of("bert", "gpt")));
	}

	@Test
	void followUpAsksForAuthors() {
		String conversationId = this.api.ask("What is LoRA?").get("conversationId").asString();
		JsonNode answer = this.api.askInConversation("Who proposed it?", conversationId);
		assertThat(answer.get("field").asString()).isEqualTo("originalAuthors");
		assertThat(answer.get("text").asString()).contains("Hu, E. J. et al.");
	}

	@Test
	void followUpAddAppendsColumn() {
		String conversationId = this.api.ask("Compare random forest and AdaBoost").get("conversationId").asString();
		JsonNode answer = this.api.askInConversation("And add XGBoost", conversationId);
		assertThat(ApiClient.property(answer.get("table").get("methods"), "id")).extracting(JsonNode::asString)
			.containsExactly("random-forest", "adaboost", "xgboost");
	}

	@Test
	void followUpOlderNamesOlderFirst() {
		String conversationId = this.api.ask("Compare LSTM and GRU").get("conversationId").asString();
		JsonNode answer = this.api.askInConversation("Which one is older?", conversationId);
		String firstLine = answer.get("text").asString().lines().findFirst().orElseThrow();
		assertThat(firstLine).contains("older");
		assertThat(firstLine).contains("1997", "2014");
		assertThat(firstLine.indexOf("LSTM")).isNotNegative().isLessThan(firstLine.indexOf("GRU"));
	}

	@Test
	void followUpInFrenchUsesFrench() {
		String conversationId = this.api.ask("Compare BERT and GPT").get("conversationId").asString();
		JsonNode answer = this.api.askInConversation("Compare les deux", conversationId);
		assertThat(answer.get("language").asString()).isEqualTo("fr");
		assertThat(ApiClient.row(answer.get("table"), "yearOfOrigin").get("label").asString())
			.isEqualTo("Année d'origine");
	}

}
