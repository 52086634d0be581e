package org.scholargate.assistant.cors;

import org.junit.jupiter.api.Test;
import org.scholargate.assistant.AssistantHttpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@AssistantHttpTest
class CorsDisabledTests {

	@Autowired
	private WebTestClient client;

	@Test
	void crossOriginRequestGetsNoCorsHeaders() {
		this.client.get()
			.uri("/v1/models")
			.header("Origin", "https://catalog.example.org")
			.exchange()
			.expectHeader()
			.doesNotExist("Access-Control-Allow-Origin");
	}

}
