package org.scholargate.assistant.openai;

import java.util.List;

import org.scholargate.assistant.chat.ChatRequest;

/**
 * A validated chat completion request.
 *
 * @param question the last user message, as a stateless chat request
 * @param earlierMessages the user messages before it, oldest first
 * @param stream whether to answer as server-sent chunks
 * @param includeUsage whether a stream ends with a usage chunk
 * @param promptText every message text of the request, for the usage estimate
 */
record CompletionRequest(ChatRequest question, List<String> earlierMessages, boolean stream, boolean includeUsage,
		String promptText) {

	CompletionRequest {
		earlierMessages = List.copyOf(earlierMessages);
	}

}
