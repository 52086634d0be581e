package org.scholargate.assistant.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholargate.catalog.search.EntityLinker;

/**
 * Finds how the user wrote a name that linking reports as folded tokens, so that answers
 * quote "Fast R-CNN" rather than "fast r cnn".
 */
final class OriginalText {

	private static final Pattern WORD = Pattern.compile("[^\\s,;:!?()\"“”«»]+");

	private OriginalText() {
	}

	static List<String> names(String message, List<String> tokenNames, EntityLinker linker) {
		List<String> names = new ArrayList<>();
		for (String tokenName : tokenNames) {
			names.add(find(message, List.of(tokenName.split(" ")), linker));
		}
		return names;
	}

	private static String find(String message, List<String> wanted, EntityLinker linker) {
		List<int[]> words = new ArrayList<>();
		List<List<String>> wordTokens = new ArrayList<>();
		Matcher matcher = WORD.matcher(message);
		while (matcher.find()) {
			words.add(new int[] { matcher.start(), matcher.end() });
			wordTokens.add(linker.tokens(matcher.group()));
		}
		for (int first = 0; first < words.size(); first++) {
			List<String> tokens = new ArrayList<>();
			for (int last = first; last < words.size() && tokens.size() < wanted.size(); last++) {
				tokens.addAll(wordTokens.get(last));
				if (tokens.equals(wanted)) {
					return trimPunctuation(message.substring(words.get(first)[0], words.get(last)[1]));
				}
			}
		}
		return String.join(" ", wanted);
	}

	private static String trimPunctuation(String text) {
		return text.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}*+#]+$", "");
	}

}
