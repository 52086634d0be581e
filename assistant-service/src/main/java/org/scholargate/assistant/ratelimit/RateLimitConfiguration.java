package org.scholargate.assistant.ratelimit;

import org.scholargate.assistant.memory.MemoryProperties;
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
 * Wires the rate limit. It is on when {@code assistant.rate-limit.requests-per-minute} is
 * set, counted in Redis when conversations are kept there and in this process otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RateLimitProperties.class, MemoryProperties.class, RedisClientProperties.class })
class RateLimitConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(RateLimitConfiguration.class);

	@Bean
	RateLimitWebFilter rateLimitWebFilter(RateLimitProperties properties, MemoryProperties memory,
			ObjectProvider<ReactiveStringRedisTemplate> redis, ObjectProvider<RedisAvailability> availability,
			RedisClientProperties redisClient, JsonMapper mapper) {
		if (properties.getRequestsPerMinute() == null) {
			return new RateLimitWebFilter(null, properties, mapper);
		}
		validate(properties);
		int limit = properties.getRequestsPerMinute();
		LocalRateLimiter local = new LocalRateLimiter(limit, properties.getMaxLocalClients(), System::nanoTime);
		boolean inRedis = memory.getStore() == MemoryProperties.Store.REDIS;
		RateLimiter limiter = inRedis ? new RedisRateLimiter(redis.getObject(), availability.getObject(),
				redisClient.getKeyPrefix(), limit, local) : local;
		logger.info("Limiting each client to {} API requests per minute, counted {}", limit,
				inRedis ? "in Redis across replicas" : "in this process");
		return new RateLimitWebFilter(limiter, properties, mapper);
	}

	private static void validate(RateLimitProperties properties) {
		int limit = properties.getRequestsPerMinute();
		if (limit < 1) {
			throw new IllegalArgumentException("assistant.rate-limit.requests-per-minute must be at least 1, got '"
					+ limit + "'; leave it unset for no limit");
		}
		if (properties.getMaxLocalClients() < 1) {
			throw new IllegalArgumentException("assistant.rate-limit.max-local-clients must be at least 1, got "
					+ properties.getMaxLocalClients());
		}
	}

}
