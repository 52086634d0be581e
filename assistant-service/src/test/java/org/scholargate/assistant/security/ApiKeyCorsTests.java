package org.scholargate.assistant.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tests that cross-origin callers can use API keys and read 401 and 429 responses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.security.api-keys=" + ApiKeyHttpTests.ANSWER_DIGEST,
				"assistant.rate-limit.requests-per-minute=1",
				"assistant.cors.allowed-origins=" + ApiKeyCorsTests.ORIGIN })
@AutoConfigureWebTestClient
class ApiKeyCorsTests {

	static final String ORIGIN = "https://catalog.example.org";

	@Autowired
	private WebTestClient client;

	@Test
	void preflightNeedsNoKeyAndAllowsKeyHeader() {
		this.client.options()
			.uri("/api/chat")
			.header("Origin", ORIGIN)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,x-api-key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", ORIGIN)
			.expectHeader()
			.value("Access-Control-Allow-Headers",
					(headers) -> org.assertj.core.api.Assertions.assertThat(headers).containsIgnoringCase("x-api-key"));
	}

	@Test
	void rejectedRequestsCarryCorsHeaders() {
		this.client.get()
			.uri("/api/methods/lora")
			.header("Origin", ORIGIN)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", ORIGIN);
		this.client.get()
			.uri("/api/methods/lora")
			.header("Origin", ORIGIN)
			.header("X-API-Key", "answer-key")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/api/methods/lora")
			.header("Origin", ORIGIN)
			.header("X-API-Key", "answer-key")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", ORIGIN)
			.expectHeader()
			.value("Access-Control-Expose-Headers", (headers) -> org.assertj.core.api.Assertions.assertThat(headers)
				.containsIgnoringCase("Retry-After"));
	}

}
