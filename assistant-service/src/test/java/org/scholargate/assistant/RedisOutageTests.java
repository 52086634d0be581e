package org.scholargate.assistant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.ConversationStore;
import org.scholargate.assistant.memory.Turn;
import org.scholargate.assistant.testing.Chat;
import org.scholargate.assistant.testing.RedisServer;
import org.scholargate.assistant.testing.TestRedis;
import org.scholargate.assistant.testing.TestService;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas on a Redis that the tests stop, freeze and start again. Redis keeps an
 * append-only file, as in the compose file, so a restart keeps what it acknowledged.
 */
class RedisOutageTests {

	private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);

	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@TempDir
	static Path redisData;

	private static RedisServer redis;

	private static TestService a;

	private static TestService b;

	@BeforeAll
	static void start() {
		TestRedis.assumeAvailable();
		redis = TestRedis.startServer(redisData);
		Map<String, Object> settings = new HashMap<>();
		settings.put("spring.data.redis.url", redis.url());
		settings.put("spring.data.redis.timeout", "1s");
		settings.put("assistant.memory.store", "redis");
		settings.put("assistant.rate-limit.requests-per-minute", 10);
		settings.put("assistant.rate-limit.trust-forwarded-headers", true);
		a = TestService.start(settings);
		b = TestService.start(settings);
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable closeable : new AutoCloseable[] { a, b, redis }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	@AfterEach
	void redisIsUpAgain() {
		if (redis != null) {
			redis.resume();
			redis.start();
			awaitRecovery();
		}
	}

	private static Map<String, String> newClient() {
		int n = CLIENTS.incrementAndGet();
		return Map.of("X-Forwarded-For", "198.51.100." + n);
	}

	private static Timed ask(TestService replica, String question, String conversationId) {
		long started = System.nanoTime();
		EntityExchangeResult<String> result = Chat.send(replica.client(), question, conversationId, newClient());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(result.getStatus().value()).as("status of '%s': %s", question, result.getResponseBody())
			.isEqualTo(200);
		assertThat(took).as("time to answer '%s'", question).isLessThan(ANSWER_BOUND);
		return new Timed(Chat.MAPPER.readTree(result.getResponseBody()), took);
	}

	private static Duration awaitRecovery() {
		long started = System.nanoTime();
		long deadline = started + RECOVERY_BOUND.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode answer = ask(a, "What is LSTM?", null).answer();
			JsonNode other = ask(b, "What is LSTM?", null).answer();
			if (Chat.warningCodes(answer).isEmpty() && Chat.warningCodes(other).isEmpty()) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
			pollInterval();
		}
		throw new AssertionError(
				"Answers still carried warnings " + RECOVERY_BOUND.toSeconds() + " s after Redis came back");
	}

	private static void pollInterval() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> storedMessageIds(String conversationId) {
		Conversation conversation = a.bean(ConversationStore.class).find(UUID.fromString(conversationId)).block();
		assertThat(conversation).isNotNull();
		return conversation.turns().stream().map(Turn::messageId).toList();
	}

	@Test
	void answersSurviveRedisRestart() {
		JsonNode first = ask(a, "What is LoRA?", null).answer();
		String conversationId = first.get("conversationId").stringValue();

		redis.stop();
		Timed followUp = ask(b, "Who proposed it?", conversationId);
		assertThat(followUp.answer().get("conversationId").stringValue()).isEqualTo(conversationId);
		assertThat(followUp.answer().get("intent").stringValue()).isEqualTo("clarify");
		assertThat(Chat.warningCodes(followUp.answer())).contains("memory_unavailable");
		Duration slowest = followUp.took();
		List<String> questions = List.of("What is LoRA?", "Compare LoRA and QLoRA", "What is QLoRA?", "Hello",
				"Who introduced knowledge distillation?");
		for (int i = 0; i < 10; i++) {
			Timed answer = ask((i % 2 == 0) ? a : b, questions.get(i % questions.size()), null);
			assertThat(Chat.warningCodes(answer.answer())).contains("memory_unavailable");
			slowest = max(slowest, answer.took());
		}
		assertHealthWhileRedisIsDown(a);
		assertHealthWhileRedisIsDown(b);

		redis.start();
		Duration recovery = awaitRecovery();
		JsonNode resumed = ask(b, "Who proposed it?", conversationId).answer();
		assertThat(Chat.methods(resumed)).containsExactly("lora");
		assertThat(Chat.warningCodes(resumed)).isEmpty();
		assertThat(storedMessageIds(conversationId)).containsExactly(first.get("messageId").stringValue(),
				resumed.get("messageId").stringValue());

		JsonNode fresh = ask(a, "What is LSTM?", null).answer();
		JsonNode freshFollowUp = ask(b, "Who proposed it?", fresh.get("conversationId").stringValue()).answer();
		assertThat(Chat.methods(freshFollowUp)).containsExactly("lstm");
		System.out.printf("Redis stopped: 11 answers, slowest %d ms, all 200; started again: answers without "
				+ "warnings after %d ms%n", slowest.toMillis(), recovery.toMillis());
	}

	@Test
	void answersSurviveFrozenRedis() {
		JsonNode first = ask(a, "What is LoRA?", null).answer();
		String conversationId = first.get("conversationId").stringValue();

		redis.pause();
		Timed followUp = ask(b, "Who proposed it?", conversationId);
		assertThat(followUp.answer().get("intent").stringValue()).isEqualTo("clarify");
		assertThat(Chat.warningCodes(followUp.answer())).contains("memory_unavailable");
		Timed fresh = ask(a, "What is QLoRA?", null);
		assertThat(Chat.warningCodes(fresh.answer())).contains("memory_unavailable");

		redis.resume();
		awaitRecovery();
		JsonNode resumed = ask(a, "Who proposed it?", conversationId).answer();
		assertThat(Chat.warningCodes(resumed)).isEmpty();
		List<String> stored = storedMessageIds(conversationId);
		assertThat(stored).doesNotHaveDuplicates();
		assertThat(stored).startsWith(first.get("messageId").stringValue());
		assertThat(stored).endsWith(resumed.get("messageId").stringValue());
		System.out.printf("Redis frozen: follow-up answered in %d ms, new question in %d ms, both 200%n",
				followUp.took().toMillis(), fresh.took().toMillis());
	}

	@Test
	void stoppedRedisLimitsEachReplica() {
		redis.stop();
		Map<String, String> client = newClient();
		int admittedTotal = 0;
		for (TestService replica : List.of(a, b)) {
			List<EntityExchangeResult<String>> results = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				results.add(Chat.send(replica.client(), "What is LoRA?", null, client));
			}
			long admitted = results.stream().filter((result) -> result.getStatus().value() == 200).count();
			List<EntityExchangeResult<String>> rejected = results.stream()
				.filter((result) -> result.getStatus().value() == 429)
				.toList();
			assertThat(admitted).isLessThanOrEqualTo(10);
			assertThat(admitted + rejected.size()).isEqualTo(20);
			assertThat(rejected).allSatisfy((result) -> {
				assertThat(result.getResponseHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
				assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			});
			admittedTotal += admitted;
		}
		System.out.printf("Redis stopped, limit 10 per minute: %d of 40 requests admitted by two replicas%n",
				admittedTotal);
	}

	private static void assertHealthWhileRedisIsDown(TestService replica) {
		replica.client()
			.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		replica.client()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.redis.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.catalog.status")
			.isEqualTo("UP");
	}

	private static Duration max(Duration first, Duration second) {
		return (first.compareTo(second) >= 0) ? first : second;
	}

	private record Timed(JsonNode answer, Duration took) {

	}

}
