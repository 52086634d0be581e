package org.scholargate.assistant.cors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
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
