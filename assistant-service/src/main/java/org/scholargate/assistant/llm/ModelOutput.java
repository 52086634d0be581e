package org.scholargate.assistant.llm;

/**
 * The output of a model call: tokens of text, then one {@link Finished} before it
 * completes.
 */
sealed interface ModelOutput {

	/**
	 * A piece of the model's text, never empty.
	 *
	 * @param text the text
	 */
	record Token(String text) implements ModelOutput {

	}

	/**
	 * The end of a usable answer.
	 *
	 * @param finishReason {@code stop}, or {@code length} when the output token limit cut
	 * the answer
	 */
	record Finished(String finishReason) implements ModelOutput {

	}

}
