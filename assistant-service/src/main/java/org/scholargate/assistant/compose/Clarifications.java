package org.scholargate.assistant.compose;

import java.util.List;

import org.scholargate.assistant.understanding.Clarification;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.MethodRecord;

/**
 * Answers that ask back: they cite nothing and name catalog methods only as suggestions.
 */
final class Clarifications {

	private static final String EXAMPLE = "knowledge distillation";

	private Clarifications() {
	}

	static GroundedAnswer clarify(Clarification clarification, Catalog catalog, Phrasing phrasing) {
		List<String> names = Phrasing.bold(clarification.methodIds()
			.stream()
			.map(catalog::findPublished)
			.flatMap(java.util.Optional::stream)
			.map(MethodRecord::name)
			.toList());
		String text = switch (clarification.reason()) {
			case NOT_FOUND ->
				names.isEmpty() ? phrasing.render("clarify.notFound") : phrasing.render("clarify.notFound") + " "
						+ phrasing.render("clarify.suggest", "names", phrasing.join(names, "list.or"));
			case AMBIGUOUS -> phrasing.render("clarify.ambiguous", "names", phrasing.join(names, "list.or"));
			case TOO_MANY -> phrasing.render("clarify.tooMany", "count", String.valueOf(names.size()), "names",
					phrasing.join(names, "list.and"));
			case NEED_SECOND -> phrasing.render("clarify.needSecond", "name", names.get(0).replace("**", ""));
			case NEED_METHOD -> phrasing.render("clarify.needMethod", "example", EXAMPLE);
		};
		return new GroundedAnswer(List.of(), text, List.of(), null, null);
	}

}
