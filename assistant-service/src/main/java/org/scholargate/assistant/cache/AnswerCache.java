package org.scholargate.assistant.cache;

import org.scholargate.assistant.compose.GroundedAnswer;
import reactor.core.publisher.Mono;

/**
 * Keeps composed answers so that a repeated question in the same context is answered
 * without composing it again, on any replica when the cache is shared.
 */
public interface AnswerCache {

	/**
	 * Finds a cached answer.
	 * @return a {@code Mono} that emits the answer, completes empty on a miss, and fails
	 * when the cache cannot be reached; it does not block the subscribing thread
	 */
	Mono<GroundedAnswer> find(AnswerKey key);

	/**
	 * Caches an answer, replacing any answer under the same key.
	 * @return a {@code Mono} that completes once the answer is stored, and fails when the
	 * cache cannot be reached
	 */
	Mono<Void> put(AnswerKey key, GroundedAnswer answer);

}
