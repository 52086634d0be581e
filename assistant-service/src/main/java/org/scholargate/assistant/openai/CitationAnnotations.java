package org.scholargate.assistant.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholargate.assistant.compose.Source;

/**
 * Finds the citation markers of an answer text and turns each into a {@code url_citation}
 * annotation that spans the marker itself.
 */
final class CitationAnnotations {

	/**
	 * A marker is {@code [n]} with one or two digits, so {@code [2017]} stays plain text.
	 */
	private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})]");

	private CitationAnnotations() {
	}

	/**
	 * Returns one annotation per marker at or after {@code from} whose number names a
	 * source; other markers get none.
	 */
	static List<OpenAiTypes.Annotation> find(CharSequence text, int from, Map<Integer, Source> sources) {
		List<OpenAiTypes.Annotation> annotations = new ArrayList<>();
		Matcher matcher = MARKER.matcher(text);
		int position = from;
		while (position <= text.length() && matcher.find(position)) {
			Source source = sources.get(Integer.parseInt(matcher.group(1)));
			if (source != null) {
				annotations.add(OpenAiTypes.Annotation
					.of(new OpenAiTypes.UrlCitation(matcher.start(), matcher.end(), source.url(), source.citation())));
			}
			position = matcher.end();
		}
		return annotations;
	}

}
