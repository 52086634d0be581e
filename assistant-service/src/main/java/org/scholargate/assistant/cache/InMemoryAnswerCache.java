package org.scholargate.assistant.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.scholargate.assistant.compose.GroundedAnswer;
import reactor.core.publisher.Mono;

/**
 * An answer cache in this process, bounded in entries, each kept for a fixed time after
 * it was written.
 */
final class InMemoryAnswerCache implements AnswerCache {

	private final Cache<String, GroundedAnswer> answers;

	InMemoryAnswerCache(AnswerCacheProperties properties) {
		this.answers = Caffeine.newBuilder()
			.maximumSize(properties.getMaxEntries())
			.expireAfterWrite(properties.getTtl())
			.build();
	}

	@Override
	public Mono<GroundedAnswer> find(AnswerKey key) {
		return Mono.fromSupplier(() -> this.answers.getIfPresent(key.digest()));
	}

	@Override
	public Mono<Void> put(AnswerKey key, GroundedAnswer answer) {
		return Mono.fromRunnable(() -> this.answers.put(key.digest(), answer));
	}

}
