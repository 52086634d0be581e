package org.scholargate.assistant.llm;

import java.util.List;

import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.understanding.Understanding;

/**
 * An answer that the pipeline grounded and that a model is to write the prose of.
 *
 * @param conversationId the conversation, for logs
 * @param question the user's message
 * @param understanding what the question asks
 * @param grounded the grounded answer: its sources are numbered as they are sent, and its
 * text is the fallback
 * @param groundedChunks the grounded text split into the deltas to send on a fallback
 */
public record ProseRequest(String conversationId, String question, Understanding understanding, GroundedAnswer grounded,
		List<String> groundedChunks) {

	public ProseRequest {
		groundedChunks = List.copyOf(groundedChunks);
	}

}
