package org.scholargate.assistant.cache;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.compose.GroundedComposer;
import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.understanding.QuestionAnalyzer;
import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.prompts.AnswerTemplates;

import static org.assertj.core.api.Assertions.assertThat;

class CachingComposerTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

	private static GroundedComposer composer;

	private static QuestionAnalyzer analyzer;

	@BeforeAll
	static void buildComposer() {
		CatalogIndex index = CatalogIndex.build(new CatalogLoader().loadBundled());
		composer = new GroundedComposer(index, AnswerTemplates.load(), URI.create("http://localhost:8080"), CLOCK, 25);
		analyzer = new QuestionAnalyzer(index, new EntityLinker(index));
	}

	private static Understanding understand(String question) {
		return analyzer.analyze(question, null, Conversation.empty(UUID.randomUUID()));
	}

	private static AnswerCacheProperties properties() {
		AnswerCacheProperties properties = new AnswerCacheProperties();
		properties.setTtl(Duration.ofHours(1));
		return properties;
	}

	private static GroundedAnswer marker() {
		return new GroundedAnswer(List.of("marker"), "from the cache", List.of(), null, null);
	}

	@Test
	void missComposesAndCachesAnswer() {
		InMemoryAnswerCache cache = new InMemoryAnswerCache(properties());
		CachingComposer caching = new CachingComposer(composer, cache, "v1", CLOCK);
		Understanding understanding = understand("What is LoRA?");
		GroundedAnswer answer = caching.compose("What is LoRA?", understanding).block();
		assertThat(answer).isEqualTo(composer.compose(understanding));
		AnswerKey key = AnswerKey.of("v1", CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate(), "what is lora?",
				understanding);
		assertThat(cache.find(key).block()).isEqualTo(answer);
	}

	@Test
	void repeatedQuestionIsServedFromCache() {
		InMemoryAnswerCache cache = new InMemoryAnswerCache(properties());
		CachingComposer caching = new CachingComposer(composer, cache, "v1", CLOCK);
		Understanding understanding = understand("What is LoRA?");
		caching.compose("What is LoRA?", understanding).block();
		AnswerKey key = AnswerKey.of("v1", CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate(), "What is LoRA?",
				understanding);
		cache.put(key, marker()).block();
		assertThat(caching.compose("what is  LoRA?", understanding).block()).isEqualTo(marker());
	}

	@Test
	void newCatalogVersionNeverServesOldAnswer() {
		InMemoryAnswerCache cache = new InMemoryAnswerCache(properties());
		Understanding understanding = understand("What is LoRA?");
		AnswerKey oldKey = AnswerKey.of("old", CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate(), "What is LoRA?",
				understanding);
		cache.put(oldKey, marker()).block();
		assertThat(new CachingComposer(composer, cache, "old", CLOCK).compose("What is LoRA?", understanding).block())
			.isEqualTo(marker());
		GroundedAnswer fresh = new CachingComposer(composer, cache, "new", CLOCK)
			.compose("What is LoRA?", understanding)
			.block();
		assertThat(fresh).isNotEqualTo(marker());
		assertThat(fresh).isEqualTo(composer.compose(understanding));
	}

	@Test
	void failingCacheFallsBackToComposing() {
		AtomicInteger calls = new AtomicInteger();
		AnswerCache broken = new AnswerCache() {

			@Override
			public Mono<GroundedAnswer> find(AnswerKey key) {
				calls.incrementAndGet();
				return Mono.error(new IllegalStateException("cache down"));
			}

			@Override
			public Mono<Void> put(AnswerKey key, GroundedAnswer answer) {
				calls.incrementAndGet();
				return Mono.error(new IllegalStateException("cache down"));
			}

		};
		Understanding understanding = understand("What is LoRA?");
		GroundedAnswer answer = new CachingComposer(composer, broken, "v1", CLOCK)
			.compose("What is LoRA?", understanding)
			.block();
		assertThat(answer).isEqualTo(composer.compose(understanding));
		assertThat(calls).hasValue(2);
	}

	@Test
	void disabledCacheAlwaysComposes() {
		Understanding understanding = understand("What is LoRA?");
		CachingComposer uncached = CachingComposer.uncached(composer, CLOCK);
		assertThat(uncached.compose("What is LoRA?", understanding).block()).isEqualTo(composer.compose(understanding));
	}

}
