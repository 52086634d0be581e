package org.scholargate.assistant.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.Turn;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.TextFolding;
import org.scholargate.catalog.compare.ComparisonTableBuilder;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.catalog.search.LinkResult;

/**
 * Works out what a question asks: its language, its intent, the methods it is about
 * (resolving follow-ups from the conversation), the field it asks for and the filters of
 * a search. Pure computation on the calling thread.
 */
public final class QuestionAnalyzer {

	private final EntityLinker linker;

	private final FilterParser filters;

	private final LanguageDetector languages = new LanguageDetector();

	public QuestionAnalyzer(CatalogIndex index, EntityLinker linker) {
		this.linker = linker;
		this.filters = new FilterParser(index);
	}

	/**
	 * Analyzes a question.
	 * @param message the user's message
	 * @param requested the answer language the request asked for, or {@code null} to use
	 * the message's language
	 * @param conversation the conversation so far, possibly empty
	 */
	public Understanding analyze(String message, Language requested, Conversation conversation) {
		Language language = (requested != null) ? requested : this.languages.detect(message);
		String folded = TextFolding.fold(message);
		LinkResult link = this.linker.link(message, false);
		Question question = new Question(language, folded, link, conversation);
		Optional<Understanding> smalltalk = smalltalk(question);
		if (smalltalk.isPresent()) {
			return smalltalk.get();
		}
		if (isCompare(question)) {
			return compare(question);
		}
		if (Cues.matches(Cues.RELATED, folded)) {
			return single(question, Intent.RELATED, null);
		}
		Optional<Understanding> search = search(question, message);
		if (search.isPresent()) {
			return search.get();
		}
		Optional<MethodField> field = Cues.field(folded);
		if (link.mentions().size() >= 2 && field.isEmpty()) {
			return compare(question);
		}
		return single(question, field.isPresent() ? Intent.FIELD : Intent.DESCRIBE, field.orElse(null));
	}

	/**
	 * Returns a smalltalk answer for a short greeting or thanks that names no method and
	 * asks nothing else.
	 */
	private static Optional<Understanding> smalltalk(Question question) {
		String folded = question.folded();
		boolean asksSomething = !question.link().mentions().isEmpty() || question.link().contentTokens().size() > 2
				|| Cues.field(folded).isPresent() || Cues.matches(Cues.COMPARE, folded)
				|| Cues.matches(Cues.RELATED, folded) || Cues.matches(Cues.SEARCH, folded);
		if (asksSomething) {
			return Optional.empty();
		}
		if (Cues.matches(Cues.SMALLTALK_GREETING, folded)) {
			return Optional.of(Understanding.smalltalk(question.language(), true));
		}
		if (Cues.matches(Cues.SMALLTALK_THANKS, folded)) {
			return Optional.of(Understanding.smalltalk(question.language(), false));
		}
		return Optional.empty();
	}

	private boolean isCompare(Question question) {
		if (Cues.matches(Cues.COMPARE, question.folded())) {
			return true;
		}
		boolean previousCompare = question.lastTurn().map((turn) -> "compare".equals(turn.intent())).orElse(false);
		if (previousCompare && Cues.matches(Cues.ADD, question.folded()) && !question.link().mentions().isEmpty()) {
			return true;
		}
		return Cues.matches(Cues.OLDER, question.folded())
				&& (question.link().mentions().size() >= 2 || question.contextMethods().size() >= 2);
	}

	private Understanding compare(Question question) {
		List<String> named = question.link().methodIds();
		LinkedHashSet<String> methods = new LinkedHashSet<>();
		boolean usedContext = false;
		boolean previousCompare = question.lastTurn().map((turn) -> "compare".equals(turn.intent())).orElse(false);
		if (previousCompare && Cues.matches(Cues.ADD, question.folded())) {
			methods.addAll(question.contextMethods());
			usedContext = true;
		}
		else if (named.size() == 1 && question.isFollowUpCandidate()) {
			methods.add(question.contextMethods().get(0));
			usedContext = true;
		}
		else if (named.isEmpty() && question.contextMethods().size() >= 2
				&& question.link().contentTokens().isEmpty()) {
			methods.addAll(question.contextMethods());
			usedContext = true;
		}
		methods.addAll(named);

		List<String> ids = new ArrayList<>(methods);
		if (ids.size() > ComparisonTableBuilder.MAX_METHODS) {
			return Understanding.clarify(question.language(), new Clarification(Clarification.Reason.TOO_MANY, ids));
		}
		if (ids.size() == 1) {
			return Understanding.clarify(question.language(), new Clarification(Clarification.Reason.NEED_SECOND, ids));
		}
		if (ids.isEmpty()) {
			return notFound(question);
		}

		MethodField focus = Cues.matches(Cues.OLDER, question.folded()) ? MethodField.YEAR_OF_ORIGIN : null;
		return Understanding.of(question.language(), Intent.COMPARE, ids, focus, usedContext);
	}

	private Optional<Understanding> search(Question question, String message) {
		boolean cue = Cues.matches(Cues.SEARCH, question.folded());
		boolean named = !question.link().mentions().isEmpty();
		if (named && !cue) {
			return Optional.empty();
		}
		SearchFilter filter = this.filters.parse(message);
		boolean fieldCue = Cues.field(question.folded()).isPresent();
		if ((cue && (!filter.isEmpty() || !named)) || (!named && !fieldCue && !filter.isEmpty())) {
			return Optional.of(Understanding.search(question.language(), filter));
		}
		return Optional.empty();
	}

	private Understanding single(Question question, Intent intent, MethodField field) {
		List<String> named = question.link().methodIds();
		if (!named.isEmpty()) {
			return Understanding.of(question.language(), intent, List.of(named.get(0)), field, false);
		}
		if (question.isFollowUpCandidate()) {
			return Understanding.of(question.language(), intent, List.of(question.contextMethods().get(0)), field,
					true);
		}
		if (question.link().contentTokens().isEmpty()) {
			return Understanding.clarify(question.language(),
					new Clarification(Clarification.Reason.NEED_METHOD, List.of()));
		}
		LinkResult described = this.linker.link(question.folded(), true);
		if (!described.mentions().isEmpty()) {
			return Understanding.of(question.language(), intent, List.of(described.methodIds().get(0)), field, false);
		}
		return notFound(question, described.suggestions());
	}

	private Understanding notFound(Question question) {
		return notFound(question, question.link().suggestions());
	}

	private static Understanding notFound(Question question, List<String> suggestions) {
		return Understanding.clarify(question.language(),
				new Clarification(Clarification.Reason.NOT_FOUND, suggestions));
	}

	/**
	 * A question with what linking found and the conversation it belongs to.
	 */
	private record Question(Language language, String folded, LinkResult link, Conversation conversation) {

		Optional<Turn> lastTurn() {
			return this.conversation.lastTurn();
		}

		List<String> contextMethods() {
			return this.conversation.lastTurnWithMethods().map(Turn::methods).orElse(List.of());
		}

		/**
		 * Returns whether the question leaves nothing unexplained but a reference to
		 * earlier turns, as in "Who proposed it?", and the conversation has a method to
		 * refer to.
		 */
		boolean isFollowUpCandidate() {
			return this.link.contentTokens().isEmpty() && !contextMethods().isEmpty();
		}

	}

}
