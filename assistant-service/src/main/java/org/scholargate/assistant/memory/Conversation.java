package org.scholargate.assistant.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A conversation's retained turns, oldest first.
 *
 * @param id the conversation id
 * @param turns the retained turns, oldest first
 */
public record Conversation(UUID id, List<Turn> turns) {

	public Conversation {
		turns = List.copyOf(turns);
	}

	/**
	 * Returns a new, empty conversation.
	 */
	public static Conversation empty(UUID id) {
		return new Conversation(id, List.of());
	}

	/**
	 * Returns the latest turn.
	 */
	public Optional<Turn> lastTurn() {
		return this.turns.isEmpty() ? Optional.empty() : Optional.of(this.turns.get(this.turns.size() - 1));
	}

	/**
	 * Returns the latest turn that was about at least one method.
	 */
	public Optional<Turn> lastTurnWithMethods() {
		for (int i = this.turns.size() - 1; i >= 0; i--) {
			if (!this.turns.get(i).methods().isEmpty()) {
				return Optional.of(this.turns.get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns this conversation with a turn appended, dropping the oldest turns until at
	 * most {@code maxTurns} turns and {@code maxBytes} estimated bytes remain. The new
	 * turn is always kept.
	 */
	public Conversation append(Turn turn, int maxTurns, long maxBytes) {
		List<Turn> kept = new ArrayList<>(this.turns);
		kept.add(turn);
		long bytes = kept.stream().mapToLong(Turn::estimatedBytes).sum();
		while (kept.size() > 1 && (kept.size() > maxTurns || bytes > maxBytes)) {
			bytes -= kept.remove(0).estimatedBytes();
		}
		return new Conversation(this.id, kept);
	}

}
