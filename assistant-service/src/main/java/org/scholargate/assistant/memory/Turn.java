package org.scholargate.assistant.memory;

import java.time.Instant;
import java.util.List;

/**
 * One question and what the answer was about, as kept for resolving follow-up questions.
 *
 * @param messageId the id of the answer
 * @param question the user's message
 * @param language the answer language code
 * @param intent the answer's intent
 * @param field the field a field question asked about, or {@code null}
 * @param methods the ids of the methods the answer was about
 * @param answer the answer text
 * @param createdAt when the answer was given
 */
public record Turn(String messageId, String question, String language, String intent, String field,
		List<String> methods, String answer, Instant createdAt) {

	public Turn {
		methods = List.copyOf(methods);
	}

	/**
	 * Returns an estimate of the turn's size in bytes, used to bound a conversation.
	 */
	public long estimatedBytes() {
		long text = (long) this.question.length() + this.answer.length() + this.messageId.length();
		return 2 * text + 32L * (this.methods.size() + 1) + 64;
	}

}
