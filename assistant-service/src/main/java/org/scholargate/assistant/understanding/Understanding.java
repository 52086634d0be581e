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
 * @param newerFirst for a comparison by year, whether the question asks for the more
 * recent method
 * @param filter for {@link Intent#SEARCH}, the filters; otherwise {@code null}
 * @param clarification for {@link Intent#CLARIFY}, why the answer asks back; otherwise
 * {@code null}
 * @param smalltalk for {@link Intent#SMALLTALK}, the kind of message; otherwise
 * {@code null}
 * @param unknownNames names in the question that the catalog does not hold, as the user
 * wrote them
 * @param usedContext whether methods were taken from earlier turns of the conversation
 */
public record Understanding(Language language, Intent intent, List<String> methodIds, MethodField field,
		boolean newerFirst, SearchFilter filter, Clarification clarification, Smalltalk smalltalk,
		List<String> unknownNames, boolean usedContext) {

	public Understanding {
		methodIds = List.copyOf(methodIds);
		unknownNames = List.copyOf(unknownNames);
	}

	static Understanding of(Language language, Intent intent, List<String> methodIds, MethodField field,
			boolean usedContext) {
		return new Understanding(language, intent, methodIds, field, false, null, null, null, List.of(), usedContext);
	}

	static Understanding comparison(Language language, List<String> methodIds, MethodField focus, boolean newerFirst,
			List<String> unknownNames, boolean usedContext) {
		return new Understanding(language, Intent.COMPARE, methodIds, focus, newerFirst, null, null, null, unknownNames,
				usedContext);
	}

	static Understanding search(Language language, SearchFilter filter) {
		return new Understanding(language, Intent.SEARCH, List.of(), null, false, filter, null, null, List.of(), false);
	}

	static Understanding clarify(Language language, Clarification clarification, List<String> unknownNames) {
		return new Understanding(language, Intent.CLARIFY, List.of(), null, false, null, clarification, null,
				unknownNames, false);
	}

	static Understanding smalltalk(Language language, Smalltalk kind) {
		return new Understanding(language, Intent.SMALLTALK, List.of(), null, false, null, null, kind, List.of(),
				false);
	}

	/**
	 * Kinds of smalltalk, each with its own reply.
	 */
	public enum Smalltalk {

		/** A greeting. */
		GREETING,

		/** Thanks. */
		THANKS,

		/** A farewell. */
		FAREWELL,

		/** A question about what the assistant is or can do. */
		HELP

	}

}
