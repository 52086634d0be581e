package org.scholargate.assistant.ratelimit;

import java.time.Duration;
import java.util.List;

import org.scholargate.assistant.redis.OutageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.scholargate.assistant.redis.RedisAvailability;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A token bucket per client in Redis, shared by every replica and updated by one Lua
 * script on Redis's clock. While Redis is unavailable each replica enforces the same
 * limit with its own buckets, which also take a token for every request Redis admits, so
 * that a replica's fallback starts from what its clients already used.
 */
final class RedisRateLimiter implements RateLimiter {

	private static final Logger logger = LoggerFactory.getLogger(RedisRateLimiter.class);

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> TOKEN_BUCKET = RedisScript
		.of(new ClassPathResource("redis/token-bucket.lua"), List.class);

	private final ReactiveStringRedisTemplate redis;

	private final RedisAvailability availability;

	private final String keyPrefix;

	private final List<String> arguments;

	private final LocalRateLimiter fallback;

	private final OutageLog outages = new OutageLog(logger, "Redis rate limit");

	RedisRateLimiter(ReactiveStringRedisTemplate redis, RedisAvailability availability, String keyPrefix,
			int requestsPerMinute, LocalRateLimiter fallback) {
		this.redis = redis;
		this.availability = availability;
		this.keyPrefix = keyPrefix + "rate:";
		long microsPerToken = Duration.ofMinutes(1).toNanos() / 1000 / requestsPerMinute;
		this.arguments = List.of(Integer.toString(requestsPerMinute), Long.toString(microsPerToken));
		this.fallback = fallback;
	}

	/**
	 * Takes a token from the client's bucket in Redis, or from this replica's bucket when
	 * Redis fails, does not respond within the command timeout, or failed moments before.
	 * The Redis call runs through {@link RedisAvailability}.
	 */
	@Override
	public Mono<RateLimitDecision> acquire(String clientId) {
		List<String> keys = List.of(this.keyPrefix + clientId);
		return this.availability.call(() -> this.redis.execute(TOKEN_BUCKET, keys, this.arguments).next())
			.map(RedisRateLimiter::decision)
			.doOnNext((decision) -> afterRedis(clientId, decision))
			.onErrorResume((ex) -> {
				this.outages.failed(ex, "each replica limits its clients on its own");
				return this.fallback.acquire(clientId);
			});
	}

	private void afterRedis(String clientId, RateLimitDecision decision) {
		this.outages.succeeded();
		if (decision.allowed()) {
			this.fallback.tryAcquire(clientId);
		}
	}

	private static RateLimitDecision decision(List<?> result) {
		boolean allowed = ((Number) result.get(0)).longValue() == 1;
		long waitMicros = ((Number) result.get(1)).longValue();
		return allowed ? RateLimitDecision.ALLOWED : RateLimitDecision.rejected(Duration.ofNanos(waitMicros * 1000));
	}

}
