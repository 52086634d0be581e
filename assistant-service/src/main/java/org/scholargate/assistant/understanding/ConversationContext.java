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

	private static final java.util.Map<String, Integer> ORDINALS = java.util.Map.ofEntries(
			java.util.Map.entry("first", 0), java.util.Map.entry("premier", 0), java.util.Map.entry("ilk", 0),
			java.util.Map.entry("second", 1), java.util.Map.entry("deuxieme", 1), java.util.Map.entry("ikinci", 1),
			java.util.Map.entry("third", 2), java.util.Map.entry("troisieme", 2), java.util.Map.entry("ucuncu", 2),
			java.util.Map.entry("fourth", 3), java.util.Map.entry("quatrieme", 3), java.util.Map.entry("dorduncu", 3),
			java.util.Map.entry("fifth", 4), java.util.Map.entry("cinquieme", 4), java.util.Map.entry("besinci", 4),
			java.util.Map.entry("sixth", 5), java.util.Map.entry("sixieme", 5), java.util.Map.entry("altinci", 5));

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

	/**
	 * Returns the method of the last answer that an ordinal in the question points to:
	 * "the second", "the last one", "le deuxième", "ikincisi".
	 */
	Optional<String> byOrdinal(String folded) {
		List<String> methods = lastList();
		java.util.regex.Matcher matcher = Cues.ORDINAL.matcher(folded);
		if (methods.isEmpty() || !matcher.find()) {
			return Optional.empty();
		}
		String word = matcher.group();
		int index;
		if (word.matches("(last|dernier|derniere|sonuncu).*")) {
			index = methods.size() - 1;
		}
		else {
			index = ORDINALS.entrySet()
				.stream()
				.filter((entry) -> word.startsWith(entry.getKey()))
				.map(java.util.Map.Entry::getValue)
				.findFirst()
				.orElse(0);
		}
		return (index < methods.size()) ? Optional.of(methods.get(index)) : Optional.empty();
	}

	/**
	 * Returns the methods of the latest turn that was about several methods, the list an
	 * ordinal refers to.
	 */
	private List<String> lastList() {
		List<Turn> turns = this.conversation.turns();
		for (int i = turns.size() - 1; i >= 0; i--) {
			if (turns.get(i).methods().size() >= 2) {
				return turns.get(i).methods();
			}
		}
		return lastTurnMethods();
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
