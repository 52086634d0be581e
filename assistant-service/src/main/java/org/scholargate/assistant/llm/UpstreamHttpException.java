package org.scholargate.assistant.llm;

import java.time.Duration;

import dev.langchain4j.exception.HttpException;

/**
 * A response from the provider with a status other than 2xx, with the wait that its
 * {@code Retry-After} header asks for.
 */
final class UpstreamHttpException extends HttpException {

	private final Duration retryAfter;

	UpstreamHttpException(int statusCode, String body, Duration retryAfter) {
		super(statusCode, body);
		this.retryAfter = retryAfter;
	}

	/**
	 * Returns the wait the response asks for, or {@code null} when it names none.
	 */
	Duration retryAfter() {
		return this.retryAfter;
	}

}
