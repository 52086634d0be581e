package org.scholargate.assistant.llm;

/**
 * A model call that failed after it had emitted text; it is never retried, because a
 * retry would send the text again.
 */
final class InterruptedStreamException extends RuntimeException {

	InterruptedStreamException(Throwable cause) {
		super("The model stream failed after its text had started", cause);
	}

}
