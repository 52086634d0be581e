package org.scholargate.assistant.cache;

import java.time.Clock;

import org.scholargate.assistant.compose.GroundedComposer;
import org.scholargate.assistant.memory.MemoryProperties;
import org.scholargate.assistant.redis.RedisAvailability;
import org.scholargate.assistant.redis.RedisClientProperties;
import org.scholargate.catalog.Catalog;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Wires the answer cache: none when {@code assistant.answer-cache.enabled=false}, in
 * Redis when conversations are kept there, in this process otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AnswerCacheProperties.class, MemoryProperties.class, RedisClientProperties.class })
class AnswerCacheConfiguration {

	@Bean
	AnswerCache answerCache(AnswerCacheProperties properties, MemoryProperties memory,
			ObjectProvider<ReactiveStringRedisTemplate> redis, ObjectProvider<RedisAvailability> availability,
			JsonMapper mapper, RedisClientProperties redisClient) {
		if (!properties.isEnabled()) {
			return new NoAnswerCache();
		}
		validate(properties);
		if (memory.getStore() == MemoryProperties.Store.REDIS) {
			return new RedisAnswerCache(redis.getObject(), availability.getObject(), mapper, redisClient.getKeyPrefix(),
					properties.getTtl());
		}
		return new InMemoryAnswerCache(properties);
	}

	@Bean
	CachingComposer cachingComposer(GroundedComposer composer, AnswerCache cache, Catalog catalog, Clock clock) {
		return new CachingComposer(composer, cache, catalog.version(), clock);
	}

	private static void validate(AnswerCacheProperties properties) {
		if (properties.getTtl().toMillis() < 1) {
			throw new IllegalArgumentException(
					"assistant.answer-cache.ttl must be at least 1ms, got '" + properties.getTtl() + "'");
		}
		if (properties.getMaxEntries() < 1) {
			throw new IllegalArgumentException("assistant.answer-cache.max-entries must be at least 1, got "
					+ properties.getMaxEntries() + "; set assistant.answer-cache.enabled=false to turn the cache off");
		}
	}

}
