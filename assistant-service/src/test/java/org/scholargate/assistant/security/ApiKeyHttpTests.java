package org.scholargate.assistant.security;

import java.util.HexFormat;
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
		properties = { "assistant.security.api-keys=" + ApiKeyHttpTests.ANSWER_DIGEST + ","
				+ ApiKeyHttpTests.LIMIT_A_DIGEST + "," + ApiKeyHttpTests.LIMIT_B_DIGEST,
				"assistant.rate-limit.requests-per-minute=3" })
@AutoConfigureWebTestClient
class ApiKeyHttpTests {

	// SHA-256 of "answer-key", "limit-key-a" and "limit-key-b"; the last in upper case,
	// which is accepted too.
	static final String ANSWER_DIGEST = "08e95b1a8ce7f36c71f42055fd222886d0f2c6d146dbfc4cb00ecabd7994385e";

	static final String LIMIT_A_DIGEST = "32554a4f04ca6a599e176820a12ca5bdc9c355df7cca090268863b75b69ccdc8";

	static final String LIMIT_B_DIGEST = "D35156E70999937F33A81A8867DAD9C8263707FED5062F1B42CF09A30910F3DD";

	@Autowired
	private WebTestClient client;

	@Test
	void missingKeyIsRejectedWith401Problem() {
		EntityExchangeResult<String> result = Chat.send(this.client, "What is LoRA?", null, Map.of());
		assertThat(result.getStatus().value()).isEqualTo(401);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = Chat.MAPPER.readTree(result.getResponseBody());
		assertThat(problem.get("status").intValue()).isEqualTo(401);
		assertThat(problem.get("type").stringValue()).isEqualTo("/problems/api-key-missing");
		assertThat(problem.get("detail").stringValue()).contains("X-API-Key");
	}

	@Test
	void unknownKeyIsRejectedWith401Problem() {
		EntityExchangeResult<String> result = Chat.send(this.client, "What is LoRA?", null,
				Map.of("X-API-Key", "made-up"));
		assertThat(result.getStatus().value()).isEqualTo(401);
		assertThat(Chat.MAPPER.readTree(result.getResponseBody()).get("type").stringValue())
			.isEqualTo("/problems/api-key-invalid");
	}

	@Test
	void acceptedKeyGetsAnswer() {
		EntityExchangeResult<String> result = Chat.send(this.client, "What is LoRA?", null,
				Map.of("X-API-Key", "answer-key"));
		assertThat(result.getStatus().value()).isEqualTo(200);
		assertThat(Chat.methods(Chat.MAPPER.readTree(result.getResponseBody()))).containsExactly("lora");
	}

	@Test
	void bearerTokenIsAcceptedAsKey() {
		EntityExchangeResult<String> result = Chat.send(this.client, "What is LoRA?", null,
				Map.of("Authorization", "Bearer answer-key"));
		assertThat(result.getStatus().value()).isEqualTo(200);
		EntityExchangeResult<String> wrong = Chat.send(this.client, "What is LoRA?", null,
				Map.of("Authorization", "Bearer made-up"));
		assertThat(wrong.getStatus().value()).isEqualTo(401);
	}

	@Test
	void catalogEndpointsNeedKeyToo() {
		this.client.get().uri("/api/methods/lora").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/api/methods/lora").header("X-API-Key", "answer-key").exchange().expectStatus().isOk();
	}

	@Test
	void actuatorNeedsNoKey() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void keyIdentifiesClientForRateLimit() {
		for (int i = 0; i < 3; i++) {
			assertThat(status("limit-key-a")).as("request %d", i + 1).isEqualTo(200);
		}
		assertThat(status("limit-key-a")).isEqualTo(429);
		assertThat(status("limit-key-b")).isEqualTo(200);
		for (int i = 0; i < 10; i++) {
			assertThat(status("made-up-" + i)).isEqualTo(401);
		}
	}

	private int status(String key) {
		return this.client.get()
			.uri("/api/methods?limit=1")
			.header("X-API-Key", key)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getStatus()
			.value();
	}

	@Test
	void configuredDigestsMatchTheirKeys() {
		assertThat(HexFormat.of().formatHex(ApiKeys.sha256("answer-key"))).isEqualTo(ANSWER_DIGEST);
	}

}
