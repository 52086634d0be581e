package org.scholargate.assistant.redis;

import java.time.Duration;

/**
 * A Redis call that was skipped because an earlier call failed moments before. It has no
 * stack trace, because the trace would only show the guard that raised it.
 */
public class RedisUnavailableException extends RuntimeException {

	RedisUnavailableException(long pauseNanos) {
		super("Redis call skipped: a call failed less than " + Duration.ofNanos(pauseNanos).toMillis() + " ms ago",
				null, false, false);
	}

}
