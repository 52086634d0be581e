package org.scholargate.assistant.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scholargate.assistant.testing.RedisConnection;
import org.scholargate.assistant.testing.RedisServer;
import org.scholargate.assistant.testing.TestRedis;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class RedisConversationStoreTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static RedisConnection redis;

	private static String prefix;

	@BeforeAll
	static void connect() {
		TestRedis.assumeAvailable();
		redis = RedisConnection.to(TestRedis.sharedUrl());
		prefix = "test-" + UUID.randomUUID() + ":";
	}

	@AfterAll
	static void disconnect() {
		if (redis != null) {
			redis.close();
		}
	}

	private static RedisConversationStore store(int maxTurns, DataSize maxBytes, Duration ttl) {
		MemoryProperties properties = new MemoryProperties();
		properties.setMaxTurns(maxTurns);
		properties.setMaxBytes(maxBytes);
		properties.setTtl(ttl);
		properties.setStore(MemoryProperties.Store.REDIS);
		return new RedisConversationStore(redis.template(), redis.availability(), MAPPER, prefix, properties);
	}

	private static RedisConversationStore store() {
		return store(50, DataSize.ofKilobytes(64), Duration.ofHours(1));
	}

	private static Turn turn(String messageId, String question) {
		return new Turn(messageId, question, "en", "describe", null, List.of("lora"), "Answer to " + question,
				Instant.parse("2026-01-02T03:04:05Z"));
	}

	private static List<String> rawTurns(RedisConversationStore store, UUID id) {
		return redis.template().opsForList().range(store.key(id), 0, -1).collectList().block();
	}

	@Test
	void findIsEmptyForUnknownConversation() {
		StepVerifier.create(store().find(UUID.randomUUID())).verifyComplete();
	}

	@Test
	void appendCreatesConversationAndFindReturnsIt() {
		RedisConversationStore store = store();
		UUID id = UUID.randomUUID();
		store.append(id, turn("m1", "What is LoRA?")).block();
		store.append(id, turn("m2", "Who proposed it?")).block();
		Conversation conversation = store.find(id).block();
		assertThat(conversation).isNotNull();
		assertThat(conversation.id()).isEqualTo(id);
		assertThat(conversation.turns()).containsExactly(turn("m1", "What is LoRA?"), turn("m2", "Who proposed it?"));
	}

	@Test
	void turnsAreStoredAsJson() {
		RedisConversationStore store = store();
		UUID id = UUID.randomUUID();
		store.append(id, turn("m1", "Qu'est-ce que LoRA ? ğüşıİ 🙂")).block();
		List<String> raw = rawTurns(store, id);
		assertThat(raw).hasSize(1);
		JsonNode json = MAPPER.readTree(raw.get(0));
		assertThat(json.get("messageId").stringValue()).isEqualTo("m1");
		assertThat(json.get("question").stringValue()).isEqualTo("Qu'est-ce que LoRA ? ğüşıİ 🙂");
		assertThat(json.get("methods").get(0).stringValue()).isEqualTo("lora");
	}

	@Test
	void appendKeepsAtMostMaxTurns() {
		RedisConversationStore store = store(3, DataSize.ofKilobytes(64), Duration.ofHours(1));
		UUID id = UUID.randomUUID();
		for (int i = 1; i <= 5; i++) {
			store.append(id, turn("m" + i, "question " + i)).block();
		}
		assertThat(store.find(id).block().turns()).extracting(Turn::messageId).containsExactly("m3", "m4", "m5");
	}

	@Test
	void appendTrimsToMaxBytes() {
		RedisConversationStore store = store(50, DataSize.ofBytes(600), Duration.ofHours(1));
		UUID id = UUID.randomUUID();
		for (int i = 1; i <= 10; i++) {
			store.append(id, turn("m" + i, "question " + i)).block();
		}
		List<String> raw = rawTurns(store, id);
		assertThat(raw.stream().mapToInt((json) -> json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum())
			.isLessThanOrEqualTo(600);
		assertThat(store.find(id).block().turns()).extracting(Turn::messageId).last().isEqualTo("m10");

		UUID large = UUID.randomUUID();
		store.append(large, turn("big", "x".repeat(2000))).block();
		assertThat(store.find(large).block().turns()).extracting(Turn::messageId).containsExactly("big");
	}

	@Test
	void appendAndFindSetIdleExpiry() {
		RedisConversationStore store = store(50, DataSize.ofKilobytes(64), Duration.ofMinutes(10));
		UUID id = UUID.randomUUID();
		store.append(id, turn("m1", "What is LoRA?")).block();
		Duration ttl = redis.template().getExpire(store.key(id)).block();
		assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));

		redis.template().expire(store.key(id), Duration.ofSeconds(30)).block();
		store.find(id).block();
		assertThat(redis.template().getExpire(store.key(id)).block()).isGreaterThan(Duration.ofSeconds(30));
	}

	@Test
	void conversationExpiresAfterIdleTime() {
		RedisConversationStore store = store(50, DataSize.ofKilobytes(64), Duration.ofMillis(200));
		UUID id = UUID.randomUUID();
		store.append(id, turn("m1", "What is LoRA?")).block();
		assertThat(store.find(id).block()).isNotNull();
		String key = store.key(id);
		StepVerifier
			.create(Flux.interval(Duration.ofMillis(50))
				.onBackpressureDrop()
				.concatMap((tick) -> redis.template().hasKey(key))
				.filter((exists) -> !exists)
				.next())
			.expectNext(false)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		StepVerifier.create(store.find(id)).verifyComplete();
	}

	@Test
	void appendIgnoresRepeatedMessageId() {
		RedisConversationStore store = store();
		UUID id = UUID.randomUUID();
		store.append(id, turn("m1", "What is LoRA?")).block();
		store.append(id, turn("m1", "What is LoRA?")).block();
		store.append(id, turn("m2", "Who proposed it?")).block();
		assertThat(store.find(id).block().turns()).extracting(Turn::messageId).containsExactly("m1", "m2");
	}

	@Test
	void concurrentAppendsToOneConversationLoseNothing() {
		RedisConversationStore store = store(1000, DataSize.ofMegabytes(4), Duration.ofHours(1));
		UUID id = UUID.randomUUID();
		Flux.fromStream(IntStream.range(0, 400).boxed())
			.flatMap((i) -> store.append(id, turn("m" + i, "question " + i)), 64)
			.blockLast(Duration.ofSeconds(60));
		List<Turn> turns = store.find(id).block().turns();
		assertThat(turns).hasSize(400);
		assertThat(turns).extracting(Turn::messageId).doesNotHaveDuplicates();
		assertThat(turns).allSatisfy((turn) -> assertThat(turn.answer()).isEqualTo("Answer to " + turn.question()));
	}

	@Test
	void findFailsFastWhenRedisIsUnreachable() {
		try (RedisConnection nowhere = RedisConnection.to("redis://127.0.0.1:" + RedisServer.freePort())) {
			MemoryProperties properties = new MemoryProperties();
			RedisConversationStore store = new RedisConversationStore(nowhere.template(), nowhere.availability(),
					MAPPER, prefix, properties);
			StepVerifier.create(store.find(UUID.randomUUID())).expectError().verify(Duration.ofSeconds(5));
			StepVerifier.create(store.append(UUID.randomUUID(), turn("m1", "q")))
				.expectError()
				.verify(Duration.ofSeconds(5));
		}
	}

}
