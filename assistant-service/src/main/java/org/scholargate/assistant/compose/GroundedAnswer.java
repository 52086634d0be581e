package org.scholargate.assistant.compose;

import java.util.List;

/**
 * An answer composed from records: Markdown text with citation markers, the sources they
 * resolve to, an optional comparison table and the how-to-cite line.
 *
 * @param methods the ids of the methods the answer is about: for a related-methods answer
 * the method and then the related ones, for a search the methods listed
 * @param text the Markdown text
 * @param sources the sources, by index
 * @param table the comparison table, or {@code null}
 * @param citeAs how to cite the answer, or {@code null} when it cites nothing
 */
public record GroundedAnswer(List<String> methods, String text, List<Source> sources, TableView table, String citeAs) {

	public GroundedAnswer {
		methods = List.copyOf(methods);
		sources = List.copyOf(sources);
	}

}
