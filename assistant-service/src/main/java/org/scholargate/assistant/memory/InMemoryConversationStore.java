package org.scholargate.assistant.memory;

import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * A conversation store in this process: bounded in conversations, turns and bytes, with
 * an idle expiry. Lost on restart and not shared between replicas.
 */
final class InMemoryConversationStore implements ConversationStore {

	private final Cache<UUID, Conversation> conversations;

	private final int maxTurns;

	private final long maxBytes;

	InMemoryConversationStore(MemoryProperties properties) {
		this.conversations = Caffeine.newBuilder()
			.maximumSize(properties.getMaxConversations())
			.expireAfterAccess(properties.getTtl())
			.build();
		this.maxTurns = properties.getMaxTurns();
		this.maxBytes = properties.getMaxBytes().toBytes();
	}

	@Override
	public Mono<Conversation> find(UUID id) {
		return Mono.fromSupplier(() -> this.conversations.getIfPresent(id));
	}

	@Override
	public Mono<Void> append(UUID id, Turn turn) {
		return Mono.fromRunnable(() -> this.conversations.asMap()
			.compute(id, (key, current) -> ((current != null) ? current : Conversation.empty(id)).append(turn,
					this.maxTurns, this.maxBytes)));
	}

	long size() {
		this.conversations.cleanUp();
		return this.conversations.estimatedSize();
	}

}
