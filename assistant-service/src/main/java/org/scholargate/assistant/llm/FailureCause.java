package org.scholargate.assistant.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;

import com.fasterxml.jackson.core.JacksonException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.model.anthropic.internal.api.AnthropicStreamingException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * Why a model call did not give a usable answer; the value names the cause in metrics,
 * logs and error events.
 */
enum FailureCause {

	/** The connection to the provider could not be opened. */
	CONNECT_FAILED(true),

	/** The connection broke before the response ended. */
	CONNECTION_LOST(true),

	/** The provider rejected the API key (401 or 403). */
	UNAUTHORIZED(false),

	/** The provider answered 429. */
	RATE_LIMITED(false),

	/** The provider answered 5xx. */
	SERVER_ERROR(true),

	/** The provider rejected the request with another 4xx status. */
	REQUEST_REJECTED(false),

	/** The provider sent an error event inside the stream. */
	PROVIDER_ERROR(true),

	/** An event of the stream was not valid JSON. */
	MALFORMED_RESPONSE(false),

	/** The stream ended without a finish reason. */
	INCOMPLETE_STREAM(false),

	/** The stream finished for a reason other than stop or length. */
	UNUSABLE_FINISH(false),

	/** No token arrived within the first-token timeout. */
	FIRST_TOKEN_TIMEOUT(false),

	/** No token arrived within the idle timeout after the previous one. */
	IDLE_TIMEOUT(false),

	/** The call ran longer than its maximum duration. */
	MAX_DURATION(false),

	/** The circuit breaker was open, so the provider was not called. */
	CIRCUIT_OPEN(false),

	/** The bulkhead was full, so the provider was not called. */
	BULKHEAD_FULL(false),

	/** The answer cited none of its sources once the checks removed bad markers. */
	UNCITED_ANSWER(false),

	/** Any other failure. */
	UNEXPECTED(false);

	private final boolean retryable;

	FailureCause(boolean retryable) {
		this.retryable = retryable;
	}

	/**
	 * Returns whether a call that failed for this cause before its first token is worth
	 * another attempt.
	 */
	boolean isRetryable() {
		return this.retryable;
	}

	/**
	 * Returns the value used in metrics and logs, such as {@code rate_limited}.
	 */
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Classifies a failure by the first cause in its chain that says what happened.
	 */
	static FailureCause of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			FailureCause known = known(cause);
			if (known != null) {
				return known;
			}
		}
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof IOException) {
				return CONNECTION_LOST;
			}
		}
		return UNEXPECTED;
	}

	private static Throwable next(Throwable cause) {
		return (cause.getCause() != cause) ? cause.getCause() : null;
	}

	private static FailureCause known(Throwable cause) {
		if (cause instanceof ModelStreamException stream) {
			return stream.failureCause();
		}
		if (cause instanceof HttpException http) {
			return byStatus(http.statusCode());
		}
		if (cause instanceof CallNotPermittedException) {
			return CIRCUIT_OPEN;
		}
		if (cause instanceof BulkheadFullException) {
			return BULKHEAD_FULL;
		}
		if (cause instanceof ProviderErrorException || cause instanceof AnthropicStreamingException) {
			return PROVIDER_ERROR;
		}
		if (cause instanceof JacksonException) {
			return MALFORMED_RESPONSE;
		}
		if (cause instanceof ConnectException || cause instanceof UnknownHostException
				|| cause instanceof UnresolvedAddressException || cause instanceof UnresolvedModelServerException) {
			return CONNECT_FAILED;
		}
		return null;
	}

	private static FailureCause byStatus(int status) {
		if (status == 401 || status == 403) {
			return UNAUTHORIZED;
		}
		if (status == 429) {
			return RATE_LIMITED;
		}
		return (status >= 500) ? SERVER_ERROR : REQUEST_REJECTED;
	}

}
