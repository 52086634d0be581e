package org.scholargate.assistant.memory;

import java.util.List;
import java.util.UUID;

import org.scholargate.assistant.redis.RedisAvailability;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A conversation store in Redis, shared by every replica. A conversation is a list of
 * turns, each stored as JSON, under {@code <prefix>conversation:<id>}. Appending runs as
 * one Lua script that adds the turn, drops the oldest turns beyond the turn and byte
 * bounds, and resets the idle expiry, so concurrent appends from any replica are applied
 * one after the other. Reading also resets the expiry.
 */
final class RedisConversationStore implements ConversationStore {

	private static final RedisScript<Long> APPEND = RedisScript.of(new ClassPathResource("redis/append-turn.lua"),
			Long.class);

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> FIND = RedisScript.of(new ClassPathResource("redis/find-conversation.lua"),
			List.class);

	private final ReactiveStringRedisTemplate redis;

	private final RedisAvailability availability;

	private final JsonMapper mapper;

	private final String keyPrefix;

	private final String maxTurns;

	private final String maxBytes;

	private final String ttlMillis;

	RedisConversationStore(ReactiveStringRedisTemplate redis, RedisAvailability availability, JsonMapper mapper,
			String keyPrefix, MemoryProperties properties) {
		this.redis = redis;
		this.availability = availability;
		this.mapper = mapper;
		this.keyPrefix = keyPrefix + "conversation:";
		this.maxTurns = Integer.toString(properties.getMaxTurns());
		this.maxBytes = Long.toString(properties.getMaxBytes().toBytes());
		this.ttlMillis = Long.toString(properties.getTtl().toMillis());
	}

	/**
	 * Finds a conversation. The call runs through {@link RedisAvailability}, and the
	 * result is emitted on a Lettuce scheduler thread. Fails when Redis cannot be
	 * reached, does not respond within the command timeout, or failed moments before.
	 */
	@Override
	public Mono<Conversation> find(UUID id) {
		return this.availability.call(() -> this.redis.execute(FIND, List.of(key(id)), List.of(this.ttlMillis)).next())
			.map(this::readTurns)
			.filter((turns) -> !turns.isEmpty())
			.map((turns) -> new Conversation(id, turns));
	}

	/**
	 * Appends a turn. A turn whose message id is already stored is not stored again, so
	 * repeating an append after a timeout cannot duplicate it. Runs like {@link #find}.
	 */
	@Override
	public Mono<Void> append(UUID id, Turn turn) {
		List<String> keys = List.of(key(id));
		return Mono.fromSupplier(() -> this.mapper.writeValueAsString(turn))
			.flatMap((json) -> this.availability.call(() -> this.redis
				.execute(APPEND, keys, List.of(json, turn.messageId(), this.maxTurns, this.maxBytes, this.ttlMillis))
				.then()));
	}

	String key(UUID id) {
		return this.keyPrefix + id;
	}

	private List<Turn> readTurns(List<?> stored) {
		return stored.stream().map((json) -> this.mapper.readValue((String) json, Turn.class)).toList();
	}

}
