package org.scholargate.assistant.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryConversationStoreTests {

	private static MemoryProperties properties(int maxConversations, int maxTurns) {
		MemoryProperties properties = new MemoryProperties();
		properties.setMaxConversations(maxConversations);
		properties.setMaxTurns(maxTurns);
		properties.setMaxBytes(DataSize.ofMegabytes(1));
		properties.setTtl(Duration.ofHours(1));
		return properties;
	}

	private static Turn turn(String id) {
		return new Turn(id, "question", "en", "describe", null, List.of("lstm"), "answer", Instant.EPOCH);
	}

	@Test
	void findIsEmptyForUnknownConversation() {
		InMemoryConversationStore store = new InMemoryConversationStore(properties(10, 10));
		StepVerifier.create(store.find(UUID.randomUUID())).verifyComplete();
	}

	@Test
	void appendCreatesConversationAndFindReturnsIt() {
		InMemoryConversationStore store = new InMemoryConversationStore(properties(10, 10));
		UUID id = UUID.randomUUID();
		store.append(id, turn("m1")).block();
		StepVerifier.create(store.find(id))
			.assertNext((conversation) -> assertThat(conversation.turns()).extracting(Turn::messageId)
				.containsExactly("m1"))
			.verifyComplete();
	}

	@Test
	void storeEvictsConversationsBeyondMaximum() {
		InMemoryConversationStore store = new InMemoryConversationStore(properties(5, 10));
		for (int i = 0; i < 50; i++) {
			store.append(UUID.randomUUID(), turn("m" + i)).block();
		}
		assertThat(store.size()).isLessThanOrEqualTo(5);
	}

	@Test
	void concurrentAppendsToOneConversationLoseNothing() throws InterruptedException {
		InMemoryConversationStore store = new InMemoryConversationStore(properties(10, 1000));
		UUID id = UUID.randomUUID();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		CountDownLatch done = new CountDownLatch(400);
		for (int i = 0; i < 400; i++) {
			String messageId = "m" + i;
			executor.execute(() -> {
				store.append(id, turn(messageId)).block();
				done.countDown();
			});
		}
		assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
		executor.shutdown();
		Conversation conversation = store.find(id).block();
		assertThat(conversation).isNotNull();
		assertThat(conversation.turns()).hasSize(400);
		assertThat(conversation.turns()).extracting(Turn::messageId).doesNotHaveDuplicates();
	}

}
