package org.scholargate.assistant;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@code GET /api/methods} and {@code GET /api/methods/{id}} against the bundled
 * catalog.
 */
@AssistantHttpTest
class MethodsEndpointTests {

	private static final Pattern METHOD_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

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
	void listReturnsFirstPage() {
		JsonNode page = this.api.get("/api/methods");
		assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(150);
		assertThat(page.get("items").size()).isEqualTo(50);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "id", "name", "domain", "family", "originalAuthors", "type", "summary", "version", "status" })
	void listItemsCarryTextField(String field) {
		for (JsonNode item : this.api.get("/api/methods?limit=1000").get("items")) {
			assertThat(item.path(field).isString()).as("%s of %s", field, item.path("id")).isTrue();
			assertThat(item.path(field).asString()).as("%s of %s", field, item.path("id")).isNotBlank();
		}
	}

	@Test
	void listItemsHaveValidValues() {
		for (JsonNode item : this.api.get("/api/methods?limit=1000").get("items")) {
			String id = item.get("id").asString();
			assertThat(id).matches(METHOD_ID);
			assertThat(item.path("yearOfOrigin").isInt()).as("yearOfOrigin of %s", id).isTrue();
			assertThat(item.path("version").asString()).as("version of %s", id).matches("v\\d+");
			assertThat(item.path("status").asString()).as("status of %s", id).isEqualTo("published");
		}
	}

	@Test
	void listItemsPutFoundingSourceFirst() {
		for (JsonNode item : this.api.get("/api/methods?limit=1000").get("items")) {
			String id = item.get("id").asString();
			JsonNode founding = item.path("foundingSource");
			assertThat(founding.path("citation").asString()).as("founding citation of %s", id).isNotBlank();
			assertThat(founding.path("url").asString()).as("founding url of %s", id).startsWith("https://");
			JsonNode sources = item.path("sources");
			assertThat(sources.isArray()).as("sources of %s", id).isTrue();
			assertThat(sources.size()).as("sources of %s", id).isPositive();
			assertThat(sources.get(0).path("citation")).as("first source of %s", id)
				.isEqualTo(founding.path("citation"));
			assertThat(sources.get(0).path("url")).as("first source of %s", id).isEqualTo(founding.path("url"));
			for (JsonNode source : sources) {
				assertThat(source.path("citation").asString()).as("citation in sources of %s", id).isNotBlank();
				assertThat(source.path("url").asString()).as("url in sources of %s", id).startsWith("https://");
			}
		}
	}

	@Test
	void listItemsHaveValidAliases() {
		JsonNode items = this.api.get("/api/methods?limit=1000").get("items");
		List<String> ids = ApiClient.property(items, "id").stream().map(JsonNode::asString).toList();
		for (JsonNode item : items) {
			String id = item.get("id").asString();
			for (JsonNode alias : item.path("aliases")) {
				assertThat(alias.path("text").asString()).as("alias of %s", id).isNotBlank();
				assertThat(alias.path("language").asString()).as("alias language of %s", id).matches(LANGUAGE_CODE);
			}
			for (JsonNode related : item.path("related")) {
				assertThat(ids).as("related of %s", id).contains(related.asString());
			}
		}
	}

	@Test
	void listItemsKeepEmptyLists() {
		for (JsonNode item : this.api.get("/api/methods?limit=1000").get("items")) {
			assertThat(item.path("aliases").isArray()).as("aliases of %s", item.path("id")).isTrue();
			assertThat(item.path("related").isArray()).as("related of %s", item.path("id")).isTrue();
		}
	}

	@Test
	void listQueryFindsDistillation() {
		JsonNode page = this.api.get("/api/methods?q=distillation");
		assertThat(ApiClient.property(page.get("items"), "id")).extracting(JsonNode::asString)
			.contains("knowledge-distillation");
		assertThat(page.get("total").asInt()).isEqualTo(page.get("items").size());
	}

	@Test
	void listQueryRanksDistillationFirst() {
		JsonNode page = this.api.get("/api/methods?q=distillation");
		assertThat(page.get("items").get(0).get("id").asString()).isEqualTo("knowledge-distillation");
	}

	@Test
	void listLongQueryIsNotServerError() {
		String q = Stream.generate(() -> "distillation").limit(200).collect(Collectors.joining(" "));
		int status = this.client.get()
			.uri((builder) -> builder.path("/api/methods").queryParam("q", q).build())
			.exchange()
			.expectBody(byte[].class)
			.returnResult()
			.getStatus()
			.value();
		assertThat(status).isLessThan(500);
	}

	@ParameterizedTest(name = "domain={0}")
	@ValueSource(strings = { "Statistics", "Statistique", "İstatistik", "statistics" })
	void listFiltersByDomainLabel(String domain) {
		JsonNode all = this.api.get("/api/methods?limit=1000");
		List<String> expected = ApiClient.property(all.get("items"), "domain")
			.stream()
			.filter((value) -> value.asString().equals("Statistics"))
			.map(JsonNode::asString)
			.toList();
		JsonNode page = this.api.get("/api/methods?domain={domain}&limit=1000", domain);
		assertThat(page.get("total").asInt()).isEqualTo(expected.size()).isPositive();
		assertThat(ApiClient.property(page.get("items"), "domain")).extracting(JsonNode::asString)
			.hasSize(expected.size())
			.containsOnly("Statistics");
	}

	@ParameterizedTest(name = "limit={0}, offset={1}")
	@MethodSource("pages")
	void listPagesThroughCatalog(int limit, int offset) {
		List<String> all = ids(this.api.get("/api/methods?limit=1000"));
		JsonNode page = this.api.get("/api/methods?limit=" + limit + "&offset=" + offset);
		assertThat(page.get("total").asInt()).isEqualTo(all.size());
		int end = Math.min(all.size(), offset + limit);
		assertThat(ids(page)).containsExactlyElementsOf((offset < end) ? all.subList(offset, end) : List.of());
	}

	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of(10, 0), Arguments.of(10, 10), Arguments.of(1, 1), Arguments.of(7, 165),
				Arguments.of(50, 100000), Arguments.of(1000, 0));
	}

	@Test
	void getReturnsReferenceRecord() {
		JsonNode record = this.api.get("/api/methods/knowledge-distillation");
		assertThat(record.get("id").asString()).isEqualTo("knowledge-distillation");
		assertThat(record.get("name").asString()).isEqualTo("Knowledge Distillation");
		assertThat(record.get("domain").asString()).isEqualTo("Deep learning");
		assertThat(record.get("family").asString()).isEqualTo("Machine learning");
		assertThat(record.get("yearOfOrigin").asInt()).isEqualTo(2015);
		assertThat(record.get("originalAuthors").asString()).isEqualTo("Hinton, G., Vinyals, O. & Dean, J.");
		assertThat(record.get("type").asString()).isEqualTo("Neural network compression (teacher–student)");
		assertThat(record.get("version").asString()).isEqualTo("v1");
		assertThat(record.get("status").asString()).isEqualTo("published");
		assertThat(record.get("summary").asString()).contains("2015");
	}

	@Test
	void getReturnsReferenceSources() {
		JsonNode record = this.api.get("/api/methods/knowledge-distillation");
		JsonNode founding = record.get("foundingSource");
		assertThat(founding.get("url").asString()).isEqualTo("https://arxiv.org/abs/1503.02531");
		assertThat(founding.get("citation").asString()).isEqualTo("Hinton, G., Vinyals, O. & Dean, J. (2015). "
				+ "Distilling the Knowledge in a Neural Network. NeurIPS Deep Learning Workshop.");
		assertThat(ApiClient.property(record.get("sources"), "url")).extracting(JsonNode::asString)
			.containsExactly("https://arxiv.org/abs/1503.02531", "https://doi.org/10.1145/1150402.1150464");
	}

	@Test
	void getReturnsReferenceAliases() {
		JsonNode record = this.api.get("/api/methods/knowledge-distillation");
		List<String> aliases = ApiClient.property(record.get("aliases"), "text")
			.stream()
			.map(JsonNode::asString)
			.toList();
		assertThat(aliases).contains("Bilgi Damıtma", "Distillation de connaissances");
		assertThat(ApiClient.property(record.get("aliases"), "language")).extracting(JsonNode::asString)
			.contains("tr", "fr", "en");
		assertThat(ApiClient.strings(record.get("related"))).contains("distilbert", "tinybert", "fitnets");
	}

	@Test
	void getFindsRequiredMethodIds() {
		assertThat(this.api.get("/api/methods/longformer-bigbird").get("name").asString())
			.isEqualTo("Longformer / BigBird");
		assertThat(this.api.get("/api/methods/lstm").get("id").asString()).isEqualTo("lstm");
		assertThat(this.api.get("/api/methods/kaplan-meier").get("id").asString()).isEqualTo("kaplan-meier");
	}

	private static List<String> ids(JsonNode page) {
		return ApiClient.property(page.get("items"), "id").stream().map(JsonNode::asString).toList();
	}

}
