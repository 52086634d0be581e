package org.scholargate.assistant.understanding;

import java.util.List;

import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodField;

/**
 * What a question asks, resolved against the catalog and the conversation.
 *
 * @param language the answer language
 * @param intent what the question asks for
 * @param methodIds the ids of the methods the question is about, in the order named
 * @param field for {@link Intent#FIELD}, the field asked about; for
 * {@link Intent#COMPARE}, an optional focus such as {@link MethodField#YEAR_OF_ORIGIN}
 * for "which one is older"; otherwise {@code null}
 * @param filter for {@link Intent#SEARCH}, the filters; otherwise {@code null}
 * @param clarification for {@link Intent#CLARIFY}, why the answer asks back; otherwise
 * {@code null}
 * @param greeting for {@link Intent#SMALLTALK}, whether the message greets rather than
 * thanks
 * @param usedContext whether methods were taken from earlier turns of the conversation
 */
public record Understanding(Language language, Intent intent, List<String> methodIds, MethodField field,
		SearchFilter filter, Clarification clarification, boolean greeting, boolean usedContext) {

	public Understanding {
		methodIds = List.copyOf(methodIds);
	}

	static Understanding of(Language language, Intent intent, List<String> methodIds, MethodField field,
			boolean usedContext) {
		return new Understanding(language, intent, methodIds, field, null, null, false, usedContext);
	}

	static Understanding search(Language language, SearchFilter filter) {
		return new Understanding(language, Intent.SEARCH, List.of(), null, filter, null, false, false);
	}

	static Understanding clarify(Language language, Clarification clarification) {
		return new Understanding(language, Intent.CLARIFY, List.of(), null, null, clarification, false, false);
	}

	static Understanding smalltalk(Language language, boolean greeting) {
		return new Understanding(language, Intent.SMALLTALK, List.of(), null, null, null, greeting, false);
	}

}
