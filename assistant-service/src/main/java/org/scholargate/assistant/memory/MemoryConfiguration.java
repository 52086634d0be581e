package org.scholargate.assistant.memory;

import org.scholargate.assistant.redis.RedisAvailability;
import org.scholargate.assistant.redis.RedisClientProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Wires the conversation store chosen by {@code assistant.memory.store}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MemoryProperties.class, RedisClientProperties.class })
class MemoryConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(MemoryConfiguration.class);

	@Bean
	ConversationStore conversationStore(MemoryProperties properties, ObjectProvider<ReactiveStringRedisTemplate> redis,
			ObjectProvider<RedisAvailability> availability, JsonMapper mapper, RedisClientProperties redisProperties) {
		validate(properties);
		if (properties.getStore() == MemoryProperties.Store.REDIS) {
			logger.info("Keeping conversations in Redis under '{}conversation:' for {} after the last turn",
					redisProperties.getKeyPrefix(), properties.getTtl());
			return new RedisConversationStore(redis.getObject(), availability.getObject(), mapper,
					redisProperties.getKeyPrefix(), properties);
		}
		return new InMemoryConversationStore(properties);
	}

	private static void validate(MemoryProperties properties) {
		if (properties.getMaxTurns() < 1) {
			throw new IllegalArgumentException(
					"assistant.memory.max-turns must be at least 1, got " + properties.getMaxTurns());
		}
		if (properties.getMaxBytes().toBytes() < 1) {
			throw new IllegalArgumentException(
					"assistant.memory.max-bytes must be positive, got '" + properties.getMaxBytes() + "'");
		}
		if (properties.getTtl().toMillis() < 1) {
			throw new IllegalArgumentException(
					"assistant.memory.ttl must be at least 1ms, got '" + properties.getTtl() + "'");
		}
		if (properties.getMaxConversations() < 1) {
			throw new IllegalArgumentException(
					"assistant.memory.max-conversations must be at least 1, got " + properties.getMaxConversations());
		}
	}

}
