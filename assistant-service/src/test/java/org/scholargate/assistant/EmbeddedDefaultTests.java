package org.scholargate.assistant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.scholargate.assistant.cache.AnswerCache;
import org.scholargate.assistant.memory.ConversationStore;
import org.scholargate.assistant.testing.Chat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the embedded default needs no Redis: conversations, cached answers and
 * health all stay in the process.
 */
@AssistantHttpTest
class EmbeddedDefaultTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private ConversationStore store;

	@Autowired
	private AnswerCache cache;

	@Test
	void defaultsKeepEverythingInProcess() {
		assertThat(this.store.getClass().getSimpleName()).isEqualTo("InMemoryConversationStore");
		assertThat(this.cache.getClass().getSimpleName()).isEqualTo("InMemoryAnswerCache");
	}

	@Test
	void repeatedQuestionGetsSameAnswer() {
		JsonNode first = Chat.ask(this.client, "Compare LoRA and QLoRA", null);
		JsonNode second = Chat.ask(this.client, "compare  LoRA and QLoRA", null);
		assertThat(second.get("text")).isEqualTo(first.get("text"));
		assertThat(second.get("table")).isEqualTo(first.get("table"));
		assertThat(second.get("messageId")).isNotEqualTo(first.get("messageId"));
		assertThat(second.get("conversationId")).isNotEqualTo(first.get("conversationId"));
	}

	@Test
	void healthHasNoRedisComponent() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.redis")
			.doesNotExist();
	}

	@Test
	void apiNeedsNoKeyAndHasNoLimit() {
		for (int i = 0; i < 30; i++) {
			this.client.get().uri("/api/methods?limit=1").exchange().expectStatus().isOk();
		}
	}

}
