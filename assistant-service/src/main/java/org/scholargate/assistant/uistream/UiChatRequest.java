package org.scholargate.assistant.uistream;

import java.util.List;

import org.scholargate.assistant.chat.ChatRequest;

/**
 * A validated request of the AI SDK's {@code useChat}.
 *
 * @param question the last user message, as a stateless chat request
 * @param earlierMessages the user messages before it, oldest first
 * @param regeneratedMessageId the id of the assistant message to replace when the trigger
 * is {@code regenerate-message}, or {@code null}
 */
record UiChatRequest(ChatRequest question, List<String> earlierMessages, String regeneratedMessageId) {

	UiChatRequest {
		earlierMessages = List.copyOf(earlierMessages);
	}

}
