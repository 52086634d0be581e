package org.scholargate.assistant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the actuator health endpoint and its catalog component.
 */
@AssistantHttpTest
class HealthEndpointTests {

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
	void healthIsUp() {
		byte[] body = this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(this.api.read(body).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void healthShowsCatalogRecordCount() {
		JsonNode catalog = health().path("components").path("catalog");
		int published = this.api.get("/api/methods?limit=1").get("total").asInt();
		int drafts = this.api.get("/api/methods?limit=1&status=draft").get("total").asInt();
		assertThat(catalog.path("status").asString()).isEqualTo("UP");
		assertThat(catalog.path("details").path("records").asInt()).isEqualTo(published + drafts);
		assertThat(catalog.path("details").path("published").asInt()).isEqualTo(published);
		assertThat(catalog.path("details").path("records").asInt()).isGreaterThanOrEqualTo(150);
	}

	private JsonNode health() {
		byte[] body = this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return this.api.read(body);
	}

}
