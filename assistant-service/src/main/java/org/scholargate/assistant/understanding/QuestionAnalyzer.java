package org.scholargate.assistant.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.scholargate.assistant.memory.Conversation;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.TextFolding;
import org.scholargate.catalog.compare.ComparisonTableBuilder;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.catalog.search.LinkResult;
import org.scholargate.catalog.search.Mention;

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
		this.filters = new FilterParser(index, linker);
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
		Question question = new Question(message, this.linker.tokens(message), language, folded, link,
				new ConversationContext(conversation));
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
		Optional<Understanding> search = search(question);
		if (search.isPresent()) {
			return search.get();
		}
		Optional<MethodField> field = Cues.field(folded);
		if (link.mentions().size() >= 2 && field.isEmpty()) {
			return compare(question);
		}
		if (field.isPresent() && asksMore(folded, field.get())) {
			field = Optional.empty();
		}
		if (field.isEmpty() && Cues.matches(Cues.WHAT_ABOUT, folded) && !Cues.matches(Cues.DESCRIBE, folded)) {
			field = question.context().lastField();
		}
		return single(question, field.isPresent() ? Intent.FIELD : Intent.DESCRIBE, field.orElse(null));
	}

	/**
	 * Returns a smalltalk answer for a short greeting, thanks, farewell or question about
	 * the assistant that names no method and asks nothing else.
	 */
	private static Optional<Understanding> smalltalk(Question question) {
		String folded = question.folded();
		if (folded.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return Optional.of(Understanding.smalltalk(question.language(), Understanding.Smalltalk.HELP));
		}
		if (!question.link().mentions().isEmpty() || question.link().contentTokens().size() > 3) {
			return Optional.empty();
		}
		if (Cues.matches(Cues.SMALLTALK_HELP, folded)) {
			return Optional.of(Understanding.smalltalk(question.language(), Understanding.Smalltalk.HELP));
		}
		boolean asksSomething = Cues.field(folded).isPresent() || Cues.matches(Cues.COMPARE, folded)
				|| Cues.matches(Cues.RELATED, folded) || Cues.matches(Cues.SEARCH, folded);
		if (asksSomething) {
			return Optional.empty();
		}
		if (Cues.matches(Cues.SMALLTALK_GREETING, folded)) {
			return Optional.of(Understanding.smalltalk(question.language(), Understanding.Smalltalk.GREETING));
		}
		if (Cues.matches(Cues.SMALLTALK_THANKS, folded)) {
			return Optional.of(Understanding.smalltalk(question.language(), Understanding.Smalltalk.THANKS));
		}
		if (Cues.matches(Cues.SMALLTALK_FAREWELL, folded)) {
			return Optional.of(Understanding.smalltalk(question.language(), Understanding.Smalltalk.FAREWELL));
		}
		return Optional.empty();
	}

	/**
	 * Returns whether a question joins its field question to another request ("What is X
	 * and when did Y propose it?", "When was X published and by whom?"), which a whole
	 * description answers better than one field. Authors and year together stay a field
	 * question, because the authors answer states the year.
	 */
	private static boolean asksMore(String folded, MethodField field) {
		if (!folded.matches(".*\\b(and|et|ve|ile)\\b.*")) {
			return false;
		}
		if (Cues.matches(Cues.DESCRIBE, folded)) {
			return true;
		}
		List<MethodField> fields = Cues.fields(folded);
		boolean authorsAndYear = fields.size() == 2 && fields.contains(MethodField.ORIGINAL_AUTHORS)
				&& fields.contains(MethodField.YEAR_OF_ORIGIN);
		return fields.size() >= 2 && !authorsAndYear;
	}

	private boolean isCompare(Question question) {
		String folded = question.folded();
		if (Cues.matches(Cues.COMPARE, outsideNames(question))) {
			return true;
		}
		if (question.context().lastWasComparison() && !question.link().mentions().isEmpty()
				&& (Cues.matches(Cues.ADD, folded) || Cues.matches(Cues.REMOVE, folded))) {
			return true;
		}
		boolean byAge = Cues.matches(Cues.OLDER, folded) || Cues.matches(Cues.NEWER, folded);
		return byAge && (question.link().mentions().size() >= 2 || question.context().recentMethods(2).size() >= 2);
	}

	/**
	 * Returns the message's tokens outside the methods it names, so that a cue word
	 * inside a name ("temporal-difference learning", "zamansal fark öğrenmesi") does not
	 * count as a cue.
	 */
	private String outsideNames(Question question) {
		List<String> tokens = question.tokens();
		boolean[] named = new boolean[tokens.size()];
		for (Mention mention : question.mentions()) {
			for (int i = mention.start(); i < Math.min(tokens.size(), mention.start() + mention.length()); i++) {
				named[i] = true;
			}
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < tokens.size(); i++) {
			if (!named[i]) {
				text.append(tokens.get(i)).append(' ');
			}
		}
		return text.toString();
	}

	private Understanding compare(Question question) {
		CompareSelection selection = CompareSelection.of(question, this.linker);
		List<String> ids = selection.methodIds();
		List<String> unknown = OriginalText.names(question.message(), question.link().unknownNames(), this.linker);
		if (ids.size() > ComparisonTableBuilder.MAX_METHODS) {
			return Understanding.clarify(question.language(), new Clarification(Clarification.Reason.TOO_MANY, ids),
					unknown);
		}
		if (ids.size() < 2 && !unknown.isEmpty()) {
			return Understanding.clarify(question.language(),
					new Clarification(Clarification.Reason.NOT_FOUND, question.link().suggestions()), unknown);
		}
		if (ids.size() == 1) {
			return Understanding.clarify(question.language(), new Clarification(Clarification.Reason.NEED_SECOND, ids),
					unknown);
		}
		if (ids.isEmpty()) {
			return notFound(question, question.link().suggestions());
		}

		String folded = question.folded();
		boolean newer = Cues.matches(Cues.NEWER, folded) && !Cues.matches(Cues.OLDER_ONLY, folded);
		boolean byAge = newer || Cues.matches(Cues.OLDER, folded);
		return Understanding.comparison(question.language(), ids, byAge ? MethodField.YEAR_OF_ORIGIN : null, newer,
				unknown, selection.usedContext());
	}

	private Optional<Understanding> search(Question question) {
		boolean cue = Cues.matches(Cues.SEARCH, question.folded());
		boolean named = !question.link().mentions().isEmpty();
		if (named && !cue) {
			return Optional.empty();
		}
		SearchFilter filter = this.filters.parse(question.message());
		boolean methodsByAuthor = (filter.author() != null || filter.type() != null)
				&& Cues.matches(Cues.PLURAL_METHODS, question.folded())
				&& !Cues.matches(Cues.DESCRIBE, question.folded());
		if ((cue || methodsByAuthor) && (!filter.isEmpty() || !named)) {
			return Optional
				.of(Understanding.search(question.language(),
						named ? filter.withText(OriginalText.names(question.message(), question.link()
							.mentions()
							.stream()
							.map((mention) -> String.join(" ",
									question.tokens().subList(mention.start(), mention.start() + mention.length())))
							.toList(), this.linker)) : filter));
		}
		boolean asksSomethingElse = Cues.field(question.folded()).isPresent()
				|| Cues.matches(Cues.DESCRIBE, question.folded());
		boolean listsByDomainOrPeriod = !filter.domains().isEmpty() || filter.yearFrom() != null
				|| filter.yearTo() != null;
		if (!named && !asksSomethingElse && listsByDomainOrPeriod) {
			return Optional.of(Understanding.search(question.language(), filter));
		}
		return Optional.empty();
	}

	private Understanding single(Question question, Intent intent, MethodField field) {
		List<String> named = question.link().methodIds();
		if (!named.isEmpty()) {
			return Understanding.of(question.language(), intent, List.of(named.get(0)), field, false);
		}
		List<String> unknown = OriginalText.names(question.message(), question.link().unknownNames(), this.linker);
		if (!unknown.isEmpty()) {
			return Understanding.clarify(question.language(),
					new Clarification(Clarification.Reason.NOT_FOUND, question.link().suggestions()), unknown);
		}
		Optional<String> ordinal = question.context().byOrdinal(question.folded());
		if (ordinal.isPresent() && question.link().contentTokens().isEmpty()) {
			return Understanding.of(question.language(), intent, List.of(ordinal.get()), field, true);
		}
		if (question.isFollowUp()) {
			return Understanding.of(question.language(), intent, question.context().recentMethods(1), field, true);
		}
		if (question.link().contentTokens().isEmpty()) {
			return Understanding.clarify(question.language(),
					new Clarification(Clarification.Reason.NEED_METHOD, List.of()), List.of());
		}
		LinkResult described = this.linker.matchDescription(question.link());
		if (!described.mentions().isEmpty()) {
			return Understanding.of(question.language(), intent, List.of(described.methodIds().get(0)), field, false);
		}
		return notFound(question, described.suggestions());
	}

	private static Understanding notFound(Question question, List<String> suggestions) {
		return Understanding.clarify(question.language(),
				new Clarification(Clarification.Reason.NOT_FOUND, suggestions), List.of());
	}

	/**
	 * A question with what linking found and the conversation it belongs to.
	 */
	record Question(String message, List<String> tokens, Language language, String folded, LinkResult link,
			ConversationContext context) {

		/**
		 * Returns whether the question leaves nothing unexplained but a reference to
		 * earlier turns, as in "Who proposed it?", and the conversation has a method to
		 * refer to.
		 */
		boolean isFollowUp() {
			return this.link.contentTokens().isEmpty() && !this.context.recentMethods(1).isEmpty();
		}

		List<Mention> mentions() {
			return this.link.mentions();
		}

	}

	/**
	 * The methods a comparison is about, after applying follow-up references, additions
	 * and removals.
	 */
	record CompareSelection(List<String> methodIds, boolean usedContext) {

		static CompareSelection of(Question question, EntityLinker linker) {
			String folded = question.folded();
			ConversationContext context = question.context();
			List<String> named = question.link().methodIds();
			boolean adds = Cues.matches(Cues.ADD, folded);
			boolean removes = Cues.matches(Cues.REMOVE, folded);
			if (context.lastWasComparison() && (adds || removes)) {
				return editPrevious(question, linker);
			}
			LinkedHashSet<String> methods = new LinkedHashSet<>();
			boolean usedContext = false;
			boolean unexplained = question.link().contentTokens().isEmpty() || Cues.matches(Cues.BOTH, folded);
			if (!named.isEmpty() && Cues.matches(Cues.BOTH, folded) && context.recentMethods(2).size() == 2) {
				methods.addAll(context.recentMethods(2));
				usedContext = true;
			}
			else if (!named.isEmpty() && Cues.matches(Cues.PRONOUN, folded) && !context.recentMethods(1).isEmpty()) {
				methods.addAll(context.recentMethods(1));
				usedContext = true;
			}
			else if (named.size() == 1 && unexplained && !context.recentMethods(1).isEmpty()) {
				methods.addAll(context.recentMethods(1));
				usedContext = true;
			}
			else if (named.isEmpty() && unexplained) {
				methods.addAll(context.recentMethods(Math.max(2, context.lastTurnMethodCount())));
				usedContext = true;
			}
			methods.addAll(named);
			return new CompareSelection(new ArrayList<>(methods), usedContext);
		}

		/**
		 * Applies "add X" and "remove Y" to the previous comparison: a method named after
		 * an add cue is added, one named after a remove cue is removed.
		 */
		private static CompareSelection editPrevious(Question question, EntityLinker linker) {
			List<String> tokens = question.tokens();
			LinkedHashSet<String> methods = new LinkedHashSet<>(question.context().lastTurnMethods());
			for (Mention mention : question.mentions()) {
				if (isRemoved(tokens, mention.start())) {
					methods.remove(mention.methodId());
				}
				else {
					methods.add(mention.methodId());
				}
			}
			return new CompareSelection(new ArrayList<>(methods), true);
		}

		private static boolean isRemoved(List<String> tokens, int position) {
			for (int i = Math.min(position, tokens.size()) - 1; i >= 0; i--) {
				Boolean cue = editCue(tokens.get(i));
				if (cue != null) {
					return cue;
				}
			}
			for (int i = position + 1; i < tokens.size(); i++) {
				Boolean cue = editCue(tokens.get(i));
				if (cue != null) {
					return cue;
				}
			}
			return false;
		}

		/**
		 * Returns whether a token asks to remove ({@code true}) or add ({@code false}) a
		 * method, or {@code null}. Turkish puts the verb after the method ("AdaBoost'u
		 * çıkar"), so cues are looked for on both sides.
		 */
		private static Boolean editCue(String token) {
			if (Cues.matches(Cues.REMOVE, token)) {
				return true;
			}
			if (Cues.matches(Cues.ADD, token) || token.equals("add") || token.startsWith("ekle")) {
				return false;
			}
			return null;
		}

	}

}
