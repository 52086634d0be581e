package org.scholargate.assistant.compose;

import java.util.ArrayList;
import java.util.List;

import org.scholargate.assistant.understanding.Clarification;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.MethodRecord;

/**
 * Answers that ask back: they cite nothing and name catalog methods only as suggestions.
 */
final class Clarifications {

	private Clarifications() {
	}

	static GroundedAnswer clarify(Clarification clarification, List<String> unknownNames, Catalog catalog,
			Phrasing phrasing) {
		List<String> names = Phrasing.bold(clarification.methodIds()
			.stream()
			.map(catalog::findPublished)
			.flatMap(java.util.Optional::stream)
			.map(MethodRecord::name)
			.toList());
		String text = switch (clarification.reason()) {
			case NOT_FOUND -> notFound(names, unknownNames, phrasing);
			case AMBIGUOUS -> phrasing.render("clarify.ambiguous", "names", phrasing.join(names, "list.or"));
			case TOO_MANY -> phrasing.render("clarify.tooMany", "count", String.valueOf(names.size()), "names",
					phrasing.join(names, "list.and"));
			case NEED_SECOND -> prefixed(unknownNames, phrasing,
					phrasing.render("clarify.needSecond", "name", names.get(0).replace("**", "")));
			case NEED_METHOD -> phrasing.render("clarify.needMethod", "example", phrasing.render("clarify.example"));
		};
		return new GroundedAnswer(List.of(), text, List.of(), null, null);
	}

	private static String notFound(List<String> names, List<String> unknownNames, Phrasing phrasing) {
		String lead = unknownNames.isEmpty() ? phrasing.render("clarify.notFound")
				: notFoundSentence(unknownNames, phrasing);
		if (names.isEmpty()) {
			return lead;
		}
		String key = (names.size() == 1) ? "clarify.suggest.one" : "clarify.suggest";
		return lead + " " + phrasing.render(key, "names", phrasing.join(names, "list.or"));
	}

	private static String prefixed(List<String> unknownNames, Phrasing phrasing, String text) {
		return unknownNames.isEmpty() ? text : notFoundSentence(unknownNames, phrasing) + " " + text;
	}

	/**
	 * Returns the sentence that says which names the catalog does not hold, quoting them
	 * as the user wrote them.
	 */
	static String notFoundSentence(List<String> unknownNames, Phrasing phrasing) {
		List<String> quoted = new ArrayList<>();
		unknownNames.forEach((name) -> quoted.add(phrasing.render("clarify.quote", "name", Phrasing.escape(name))));
		String key = (quoted.size() == 1) ? "clarify.unknownNames" : "clarify.unknownNames.many";
		return phrasing.render(key, "names", phrasing.join(quoted, "list.and"));
	}

}
