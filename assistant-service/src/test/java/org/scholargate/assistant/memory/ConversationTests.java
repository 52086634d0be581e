package org.scholargate.assistant.memory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationTests {

	private static Turn turn(int number, int answerLength) {
		return new Turn("m" + number, "question " + number, "en", "describe", null, List.of("lstm"),
				"a".repeat(answerLength), Instant.EPOCH);
	}

	@Test
	void appendKeepsAtMostMaxTurnsDroppingOldest() {
		Conversation conversation = Conversation.empty(UUID.randomUUID());
		for (int i = 1; i <= 7; i++) {
			conversation = conversation.append(turn(i, 10), 3, 1_000_000);
		}
		assertThat(conversation.turns()).extracting(Turn::messageId).containsExactly("m5", "m6", "m7");
	}

	@Test
	void appendKeepsWithinMaxBytesDroppingOldest() {
		Conversation conversation = Conversation.empty(UUID.randomUUID());
		long oneTurn = turn(1, 1000).estimatedBytes();
		for (int i = 1; i <= 5; i++) {
			conversation = conversation.append(turn(i, 1000), 100, oneTurn * 2);
		}
		assertThat(conversation.turns()).extracting(Turn::messageId).containsExactly("m4", "m5");
	}

	@Test
	void appendAlwaysKeepsNewTurnEvenWhenLargerThanLimit() {
		Conversation conversation = Conversation.empty(UUID.randomUUID()).append(turn(1, 10), 10, 1_000_000);
		conversation = conversation.append(turn(2, 50_000), 10, 1_000);
		assertThat(conversation.turns()).extracting(Turn::messageId).containsExactly("m2");
	}

	@Test
	void lastTurnWithMethodsSkipsTurnsWithoutMethods() {
		Turn withMethods = turn(1, 10);
		Turn without = new Turn("m2", "hello", "en", "smalltalk", null, List.of(), "Hello!", Instant.EPOCH);
		Conversation conversation = Conversation.empty(UUID.randomUUID())
			.append(withMethods, 10, 1_000_000)
			.append(without, 10, 1_000_000);
		assertThat(conversation.lastTurn()).contains(without);
		assertThat(conversation.lastTurnWithMethods()).contains(withMethods);
	}

}
