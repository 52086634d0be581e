package org.scholargate.assistant.ratelimit;

import reactor.core.publisher.Mono;

/**
 * Decides whether a client may make one more request.
 */
interface RateLimiter {

	/**
	 * Takes one request from a client's allowance.
	 * @return a {@code Mono} that emits the decision; it never fails, so that a broken
	 * store cannot turn the limit off
	 */
	Mono<RateLimitDecision> acquire(String clientId);

}
