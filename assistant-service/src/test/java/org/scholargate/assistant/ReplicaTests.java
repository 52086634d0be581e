package org.scholargate.assistant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.ConversationStore;
import org.scholargate.assistant.memory.Turn;
import org.scholargate.assistant.testing.Chat;
import org.scholargate.assistant.testing.TestRedis;
import org.scholargate.assistant.testing.TestService;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one Redis, as two replicas behind a load balancer.
 */
class ReplicaTests {

	private static final int MAX_TURNS = 50;

	/**
	 * Questions whose answers each name one method, so that a stored turn shows whether
	 * its answer belongs to its question.
	 */
	private static final Map<String, String> QUESTIONS = Map.of("What is LoRA?", "lora", "What is LSTM?", "lstm",
			"What is Kaplan-Meier?", "kaplan-meier", "What is knowledge distillation?", "knowledge-distillation",
			"What is QLoRA?", "qlora");

	private static TestService a;

	private static TestService b;

	@BeforeAll
	static void startReplicas() {
		TestRedis.assumeAvailable();
		Map<String, Object> settings = new HashMap<>();
		settings.put("spring.data.redis.url", TestRedis.sharedUrl());
		// Generous, because these tests are not about timeouts and a busy machine is
		// slow.
		settings.put("spring.data.redis.timeout", "5s");
		settings.put("assistant.memory.store", "redis");
		settings.put("assistant.memory.max-turns", MAX_TURNS);
		settings.put("assistant.memory.max-bytes", "1MB");
		settings.put("assistant.redis.key-prefix", "test-" + UUID.randomUUID() + ":");
		settings.put("assistant.rate-limit.requests-per-minute", 10);
		settings.put("assistant.rate-limit.trust-forwarded-headers", true);
		a = TestService.start(settings);
		b = TestService.start(settings);
	}

	@AfterAll
	static void stopReplicas() {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	private static Map<String, String> client(String address) {
		return Map.of("X-Forwarded-For", address);
	}

	@Test
	void followUpOnOtherReplicaResolvesLora() {
		EntityExchangeResult<String> first = Chat.send(a.client(), "What is LoRA?", null, client("192.0.2.10"));
		JsonNode onA = Chat.MAPPER.readTree(first.getResponseBody());
		assertThat(Chat.methods(onA)).containsExactly("lora");
		EntityExchangeResult<String> second = Chat.send(b.client(), "Who proposed it?",
				onA.get("conversationId").stringValue(), client("192.0.2.10"));
		JsonNode onB = Chat.MAPPER.readTree(second.getResponseBody());
		assertThat(onB.get("intent").stringValue()).isEqualTo("field");
		assertThat(onB.get("field").stringValue()).isEqualTo("originalAuthors");
		assertThat(Chat.methods(onB)).containsExactly("lora");
		assertThat(Chat.warningCodes(onB)).isEmpty();
	}

	@Test
	void healthShowsRedisAsItsOwnComponent() {
		for (TestService replica : List.of(a, b)) {
			replica.client()
				.get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.components.redis.status")
				.isEqualTo("UP");
			replica.client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		}
	}

	@Test
	void unknownConversationIsNotFoundOnEitherReplica() {
		for (TestService replica : List.of(a, b)) {
			EntityExchangeResult<String> result = Chat.send(replica.client(), "Who proposed it?",
					UUID.randomUUID().toString(), client("192.0.2.11"));
			assertThat(result.getStatus().value()).isEqualTo(404);
		}
	}

	@Test
	void rateLimitIsSharedAcrossReplicas() {
		List<EntityExchangeResult<String>> results = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			TestService replica = (i % 2 == 0) ? a : b;
			results.add(Chat.send(replica.client(), "What is LoRA?", null, client("192.0.2.12")));
		}
		List<EntityExchangeResult<String>> admitted = results.stream()
			.filter((result) -> result.getStatus().value() == 200)
			.toList();
		List<EntityExchangeResult<String>> rejected = results.stream()
			.filter((result) -> result.getStatus().value() == 429)
			.toList();
		assertThat(admitted).hasSizeLessThanOrEqualTo(10);
		assertThat(admitted.size() + rejected.size()).isEqualTo(20);
		assertThat(rejected).allSatisfy((result) -> {
			assertThat(result.getResponseHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
			assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		});
		System.out.printf("Shared limit of 10 per minute on two replicas: %d of 20 admitted, %d answered 429%n",
				admitted.size(), rejected.size());
	}

	@Test
	void concurrentTurnsKeepOrderInEveryConversation() {
		List<String> conversations = startConversations(50);
		List<String> questions = new ArrayList<>(QUESTIONS.keySet());
		Map<String, Map<String, String>> sentByConversation = new ConcurrentHashMap<>();
		long started = System.nanoTime();
		Flux.fromStream(IntStream.range(0, 1000).boxed()).flatMap((i) -> {
			String conversationId = conversations.get(i % conversations.size());
			String question = questions.get(i % questions.size());
			TestService replica = (i % 2 == 0) ? a : b;
			return post(replica, question, conversationId, "198.18." + (i / 250) + "." + (i % 250))
				.doOnNext((answer) -> record(sentByConversation, conversationId, question, answer));
		}, 64).blockLast(Duration.ofMinutes(3));
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

		ConversationStore store = a.bean(ConversationStore.class);
		for (String conversationId : conversations) {
			Conversation conversation = store.find(UUID.fromString(conversationId)).block();
			Map<String, String> sent = sentByConversation.get(conversationId);
			assertThat(conversation).as(conversationId).isNotNull();
			List<Turn> turns = conversation.turns();
			assertThat(turns).as(conversationId).hasSize(Math.min(1 + sent.size(), MAX_TURNS));
			assertThat(turns).extracting(Turn::messageId).as(conversationId).doesNotHaveDuplicates();
			assertThat(turns.subList(1, turns.size())).extracting(Turn::messageId)
				.as(conversationId)
				.containsExactlyInAnyOrderElementsOf(sent.keySet());
			for (Turn turn : turns.subList(1, turns.size())) {
				assertThat(turn.question()).as(turn.messageId()).isEqualTo(sent.get(turn.messageId()));
				assertThat(turn.methods()).as(turn.messageId()).containsExactly(QUESTIONS.get(turn.question()));
			}
		}
		System.out.printf("1,000 concurrent turns over 50 conversations on two replicas: %d ms, every turn kept%n",
				millis);
	}

	private static void record(Map<String, Map<String, String>> sentByConversation, String conversationId,
			String question, JsonNode answer) {
		assertThat(Chat.warningCodes(answer)).as("warnings of a turn of %s", conversationId).isEmpty();
		sentByConversation.computeIfAbsent(conversationId, (key) -> new ConcurrentHashMap<>())
			.put(answer.get("messageId").stringValue(), question);
	}

	private static List<String> startConversations(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			JsonNode answer = Chat.MAPPER
				.readTree(Chat.send(a.client(), "Hello", null, client("198.19.0." + i)).getResponseBody());
			ids.add(answer.get("conversationId").stringValue());
		}
		return ids;
	}

	private static Mono<JsonNode> post(TestService replica, String question, String conversationId, String address) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", question);
		body.put("conversationId", conversationId);
		return replica.webClient()
			.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", address)
			.bodyValue(Chat.MAPPER.writeValueAsString(body))
			.retrieve()
			.bodyToMono(String.class)
			.map(Chat.MAPPER::readTree);
	}

}
