package org.scholargate.assistant.chat;

import java.util.UUID;

import org.scholargate.catalog.Language;

/**
 * A validated chat request.
 *
 * @param message the user's message, trimmed
 * @param conversationId the conversation to continue, or {@code null} to start one
 * @param language the requested answer language, or {@code null} for the message's
 * language
 */
public record ChatRequest(String message, UUID conversationId, Language language) {

}
