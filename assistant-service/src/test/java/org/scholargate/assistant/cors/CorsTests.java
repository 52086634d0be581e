package org.scholargate.assistant.cors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.cors.allowed-origins=https://catalog.example.org,https://*.scholargate.test")
@AutoConfigureWebTestClient
class CorsTests {

	@Autowired
	private WebTestClient client;

	@Test
	void preflightFromAllowedOriginIsAllowed() {
		preflight("/v1/chat/completions", "https://catalog.example.org").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "https://catalog.example.org")
			.expectHeader()
			.exists("Access-Control-Max-Age");
		preflight("/api/chat/ui", "https://app.scholargate.test").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "https://app.scholargate.test");
	}

	@Test
	void preflightFromOtherOriginIsForbidden() {
		preflight("/api/chat", "https://evil.example.net").expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist("Access-Control-Allow-Origin");
	}

	@Test
	void responseExposesStreamHeader() {
		this.client.get()
			.uri("/v1/models")
			.header("Origin", "https://catalog.example.org")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "https://catalog.example.org")
			.expectHeader()
			.value("Access-Control-Expose-Headers", (value) -> org.assertj.core.api.Assertions.assertThat(value)
				.containsIgnoringCase("x-vercel-ai-ui-message-stream"));
	}

	private WebTestClient.ResponseSpec preflight(String path, String origin) {
		return this.client.method(HttpMethod.OPTIONS)
			.uri(path)
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.exchange();
	}

}
