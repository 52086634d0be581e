package org.scholargate.assistant.ratelimit;

import java.time.Duration;

/**
 * Whether a request is admitted, and if not, when the client may try again.
 *
 * @param allowed whether the request is admitted
 * @param retryAfter how long until the next request would be admitted; zero when allowed
 */
record RateLimitDecision(boolean allowed, Duration retryAfter) {

	static final RateLimitDecision ALLOWED = new RateLimitDecision(true, Duration.ZERO);

	static RateLimitDecision rejected(Duration retryAfter) {
		return new RateLimitDecision(false, retryAfter);
	}

}
