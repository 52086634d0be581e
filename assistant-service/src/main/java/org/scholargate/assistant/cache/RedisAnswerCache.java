package org.scholargate.assistant.cache;

import java.time.Duration;

import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.redis.RedisAvailability;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * An answer cache in Redis, shared by every replica: each answer is a JSON string under
 * {@code <prefix>answer:<key digest>} that expires a fixed time after it was written.
 * Every call runs through {@link RedisAvailability}.
 */
final class RedisAnswerCache implements AnswerCache {

	private final ReactiveStringRedisTemplate redis;

	private final RedisAvailability availability;

	private final JsonMapper mapper;

	private final String keyPrefix;

	private final Duration ttl;

	RedisAnswerCache(ReactiveStringRedisTemplate redis, RedisAvailability availability, JsonMapper mapper,
			String keyPrefix, Duration ttl) {
		this.redis = redis;
		this.availability = availability;
		this.mapper = mapper;
		this.keyPrefix = keyPrefix + "answer:";
		this.ttl = ttl;
	}

	@Override
	public Mono<GroundedAnswer> find(AnswerKey key) {
		return this.availability.call(() -> this.redis.opsForValue().get(redisKey(key)))
			.map((json) -> this.mapper.readValue(json, GroundedAnswer.class));
	}

	@Override
	public Mono<Void> put(AnswerKey key, GroundedAnswer answer) {
		return Mono.fromSupplier(() -> this.mapper.writeValueAsString(answer))
			.flatMap(
					(json) -> this.availability.call(() -> this.redis.opsForValue().set(redisKey(key), json, this.ttl)))
			.then();
	}

	String redisKey(AnswerKey key) {
		return this.keyPrefix + key.digest();
	}

}
