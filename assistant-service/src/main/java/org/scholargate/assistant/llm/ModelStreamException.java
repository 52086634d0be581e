package org.scholargate.assistant.llm;

/**
 * A model call that failed for a reason this service detects itself rather than the
 * provider or the HTTP client.
 */
final class ModelStreamException extends RuntimeException {

	private final FailureCause cause;

	ModelStreamException(FailureCause cause, String message) {
		super(message);
		this.cause = cause;
	}

	FailureCause failureCause() {
		return this.cause;
	}

}
