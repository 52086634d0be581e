package org.scholargate.assistant.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.Turn;
import org.scholargate.catalog.MethodField;

/**
 * What earlier turns of a conversation offer to resolve a follow-up question.
 */
final class ConversationContext {

	private final Conversation conversation;

	ConversationContext(Conversation conversation) {
		this.conversation = conversation;
	}

	boolean lastWasComparison() {
		return this.conversation.lastTurnWithMethods().map((turn) -> "compare".equals(turn.intent())).orElse(false);
	}

	List<String> lastTurnMethods() {
		return this.conversation.lastTurnWithMethods().map(Turn::methods).orElse(List.of());
	}

	/**
	 * Returns the field the last turn asked about, for "What about X?" to ask the same of
	 * another method.
	 */
	Optional<MethodField> lastField() {
		return this.conversation.lastTurnWithMethods()
			.filter((turn) -> "field".equals(turn.intent()) && turn.field() != null)
			.flatMap((turn) -> MethodField.fromJsonName(turn.field()));
	}

	int lastTurnMethodCount() {
		return lastTurnMethods().size();
	}

	/**
	 * Returns the methods the conversation was about most recently, up to {@code count}
	 * of them in the order they were discussed: all methods of the last turn when it
	 * names enough, otherwise the first method of each earlier turn, going back in time
	 * ("Tell me about ELMo", "And BERT?", "Compare the two").
	 */
	List<String> recentMethods(int count) {
		List<String> last = lastTurnMethods();
		if (last.size() >= count) {
			return last.subList(0, count);
		}
		LinkedHashSet<String> recent = new LinkedHashSet<>();
		List<Turn> turns = this.conversation.turns();
		for (int i = turns.size() - 1; i >= 0 && recent.size() < count; i--) {
			if (!turns.get(i).methods().isEmpty()) {
				recent.add(turns.get(i).methods().get(0));
			}
		}
		List<String> ordered = new ArrayList<>(recent);
		java.util.Collections.reverse(ordered);
		return ordered;
	}

}
