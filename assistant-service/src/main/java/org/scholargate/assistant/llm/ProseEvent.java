package org.scholargate.assistant.llm;

import java.util.List;

/**
 * One event of a model-written answer's text, in the order of the answer stream:
 * {@link Text}s, then, when the model failed after its text had started, one
 * {@link Failed} and one {@link Reset} followed by the grounded answer's {@link Text}s,
 * and one {@link Finished} last.
 */
public sealed interface ProseEvent {

	/**
	 * A piece of the answer text, never empty.
	 *
	 * @param text the text
	 */
	record Text(String text) implements ProseEvent {

	}

	/**
	 * The model failed after its text had started; the client shows this error and then
	 * drops the text received so far at the following {@link Reset}.
	 *
	 * @param code a stable error code
	 * @param message a message for people, without the provider's error text
	 */
	record Failed(String code, String message) implements ProseEvent {

	}

	/**
	 * Tells the client to drop the text received so far.
	 */
	record Reset() implements ProseEvent {

	}

	/**
	 * How the answer ended.
	 *
	 * @param mode {@code llm}, or {@code fallback} when the grounded composer wrote it
	 * @param finishReason {@code stop}, or {@code length} when the model's output limit
	 * cut it
	 * @param text the whole text the client keeps, for the conversation memory
	 * @param warnings problems that degraded the answer
	 * @param citationIssues markers removed from the model's text
	 */
	record Finished(String mode, String finishReason, String text, List<ProseNotice> warnings,
			List<ProseNotice> citationIssues) implements ProseEvent {

		public Finished {
			warnings = List.copyOf(warnings);
			citationIssues = List.copyOf(citationIssues);
		}

	}

}
