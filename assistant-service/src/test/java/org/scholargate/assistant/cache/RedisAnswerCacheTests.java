package org.scholargate.assistant.cache;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.compose.GroundedComposer;
import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.testing.RedisConnection;
import org.scholargate.assistant.testing.TestRedis;
import org.scholargate.assistant.understanding.QuestionAnalyzer;
import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.prompts.AnswerTemplates;

import static org.assertj.core.api.Assertions.assertThat;

class RedisAnswerCacheTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static RedisConnection redis;

	private static GroundedComposer composer;

	private static QuestionAnalyzer analyzer;

	private static RedisAnswerCache cache;

	@BeforeAll
	static void connect() {
		TestRedis.assumeAvailable();
		redis = RedisConnection.to(TestRedis.sharedUrl());
		cache = new RedisAnswerCache(redis.template(), redis.availability(), MAPPER, "test-" + UUID.randomUUID() + ":",
				Duration.ofMinutes(5));
		CatalogIndex index = CatalogIndex.build(new CatalogLoader().loadBundled());
		composer = new GroundedComposer(index, AnswerTemplates.load(), URI.create("http://localhost:8080"), CLOCK, 25);
		analyzer = new QuestionAnalyzer(index, new EntityLinker(index));
	}

	@AfterAll
	static void disconnect() {
		if (redis != null) {
			redis.close();
		}
	}

	private static AnswerKey key(String question, Understanding understanding) {
		return AnswerKey.of("v1", CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate(), question, understanding);
	}

	private static Understanding understand(String question) {
		return analyzer.analyze(question, null, Conversation.empty(UUID.randomUUID()));
	}

	@Test
	void missIsEmpty() {
		StepVerifier.create(cache.find(key("What is LoRA?", understand("What is LoRA?")))).verifyComplete();
	}

	@Test
	void comparisonRoundTripsWithTableAndSources() {
		Understanding understanding = understand("Compare knowledge distillation and Longformer / BigBird");
		GroundedAnswer answer = composer.compose(understanding);
		assertThat(answer.table()).isNotNull();
		AnswerKey key = key("Compare knowledge distillation and Longformer / BigBird", understanding);
		cache.put(key, answer).block();
		assertThat(cache.find(key).block()).isEqualTo(answer);
	}

	@Test
	void entryIsJsonWithExpiry() {
		Understanding understanding = understand("Bilgi damıtmayı kim önerdi?");
		GroundedAnswer answer = composer.compose(understanding);
		AnswerKey key = key("Bilgi damıtmayı kim önerdi?", understanding);
		cache.put(key, answer).block();
		String json = redis.template().opsForValue().get(cache.redisKey(key)).block();
		assertThat(MAPPER.readTree(json).get("text").stringValue()).isEqualTo(answer.text());
		Duration ttl = redis.template().getExpire(cache.redisKey(key)).block();
		assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
	}

}
