package org.scholargate.assistant.cache;

import org.scholargate.assistant.compose.GroundedAnswer;
import reactor.core.publisher.Mono;

/**
 * An answer cache that keeps nothing: every answer is composed.
 */
final class NoAnswerCache implements AnswerCache {

	@Override
	public Mono<GroundedAnswer> find(AnswerKey key) {
		return Mono.empty();
	}

	@Override
	public Mono<Void> put(AnswerKey key, GroundedAnswer answer) {
		return Mono.empty();
	}

}
