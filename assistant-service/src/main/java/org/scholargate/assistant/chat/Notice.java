package org.scholargate.assistant.chat;

/**
 * A warning or citation issue attached to an answer.
 *
 * @param code a stable code, such as {@code memory_unavailable}
 * @param message a message for people
 */
public record Notice(String code, String message) {

}
