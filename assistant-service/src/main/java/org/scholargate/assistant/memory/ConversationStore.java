package org.scholargate.assistant.memory;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Keeps conversations so that follow-up questions can be resolved, on any replica when
 * the store is shared.
 */
public interface ConversationStore {

	/**
	 * Finds a conversation.
	 * @return a {@code Mono} that emits the conversation, completes empty when the id is
	 * unknown or expired, and fails when the store cannot be reached; it does not block
	 * the subscribing thread
	 */
	Mono<Conversation> find(UUID id);

	/**
	 * Appends a turn to a conversation, creating the conversation when it does not exist,
	 * and resets its idle expiry.
	 * @return a {@code Mono} that completes once the turn is stored, and fails when the
	 * store cannot be reached; concurrent appends to one conversation are applied one
	 * after the other, none is lost
	 */
	Mono<Void> append(UUID id, Turn turn);

}
