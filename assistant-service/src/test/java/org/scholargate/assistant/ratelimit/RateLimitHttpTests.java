package org.scholargate.assistant.ratelimit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.scholargate.assistant.testing.Chat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.rate-limit.requests-per-minute=3",
				"assistant.rate-limit.trust-forwarded-headers=true" })
@AutoConfigureWebTestClient
class RateLimitHttpTests {

	@Autowired
	private WebTestClient client;

	private EntityExchangeResult<String> ask(String forwardedFor) {
		return Chat.send(this.client, "What is LoRA?", null, Map.of("X-Forwarded-For", forwardedFor));
	}

	@Test
	void requestOverLimitIsRejectedWith429ProblemAndRetryAfter() {
		for (int i = 0; i < 3; i++) {
			assertThat(ask("198.51.100.1").getStatus().value()).as("request %d", i + 1).isEqualTo(200);
		}
		EntityExchangeResult<String> rejected = ask("198.51.100.1");
		assertThat(rejected.getStatus().value()).isEqualTo(429);
		assertThat(rejected.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		long retryAfter = Long.parseLong(rejected.getResponseHeaders().getFirst("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 20L);
		JsonNode problem = Chat.MAPPER.readTree(rejected.getResponseBody());
		assertThat(problem.get("status").intValue()).isEqualTo(429);
		assertThat(problem.get("type").stringValue()).isEqualTo("/problems/rate-limited");
		assertThat(problem.get("detail").stringValue()).contains("3 per minute");
	}

	@Test
	void clientsAreLimitedSeparately() {
		for (int i = 0; i < 3; i++) {
			ask("198.51.100.2");
		}
		assertThat(ask("198.51.100.2").getStatus().value()).isEqualTo(429);
		assertThat(ask("198.51.100.3").getStatus().value()).isEqualTo(200);
	}

	@Test
	void forgedEarlierForwardedAddressesGainNothing() {
		for (int i = 0; i < 3; i++) {
			ask("10.0.0." + i + ", 198.51.100.4");
		}
		assertThat(ask("10.9.9.9, 198.51.100.4").getStatus().value()).isEqualTo(429);
	}

	@Test
	void catalogEndpointsAreLimitedToo() {
		for (int i = 0; i < 3; i++) {
			this.client.get()
				.uri("/api/methods?limit=1")
				.header("X-Forwarded-For", "198.51.100.5")
				.exchange()
				.expectStatus()
				.isOk();
		}
		this.client.get()
			.uri("/api/methods?limit=1")
			.header("X-Forwarded-For", "198.51.100.5")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After");
	}

	@Test
	void actuatorIsNotLimited() {
		for (int i = 0; i < 10; i++) {
			this.client.get()
				.uri("/actuator/health")
				.header("X-Forwarded-For", "198.51.100.6")
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

}
