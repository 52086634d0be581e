package org.scholargate.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each token of a message was written: whether its word starts with a capital letter,
 * and whether the word starts a sentence. Known only when the message's words yield
 * exactly the message's tokens; otherwise every token counts as lower case.
 */
final class TokenCase {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’*\\-\\u2010-\\u2015]*");

	private final boolean[] capitalized;

	private final boolean[] sentenceStart;

	private TokenCase(boolean[] capitalized, boolean[] sentenceStart) {
		this.capitalized = capitalized;
		this.sentenceStart = sentenceStart;
	}

	static TokenCase of(String text, List<String> tokens, FoldingAnalyzer analyzer) {
		List<String> wordTokens = new ArrayList<>();
		List<Boolean> capitalized = new ArrayList<>();
		List<Boolean> sentenceStart = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find() && wordTokens.size() <= tokens.size()) {
			String word = matcher.group();
			boolean capital = Character.isUpperCase(word.codePointAt(0));
			boolean starts = startsSentence(text, matcher.start());
			for (String token : analyzer.tokens(word)) {
				wordTokens.add(token);
				capitalized.add(capital);
				sentenceStart.add(starts);
			}
		}
		if (wordTokens.size() < tokens.size() || !wordTokens.subList(0, tokens.size()).equals(tokens)) {
			return new TokenCase(new boolean[tokens.size()], new boolean[tokens.size()]);
		}
		boolean[] capitals = new boolean[tokens.size()];
		boolean[] starts = new boolean[tokens.size()];
		for (int i = 0; i < tokens.size(); i++) {
			capitals[i] = capitalized.get(i);
			starts[i] = sentenceStart.get(i);
		}
		return new TokenCase(capitals, starts);
	}

	private static boolean startsSentence(String text, int position) {
		for (int i = position - 1; i >= 0; i--) {
			char previous = text.charAt(i);
			if (!Character.isWhitespace(previous) && previous != '"' && previous != '“' && previous != '«'
					&& previous != '(') {
				return previous == '.' || previous == '!' || previous == '?' || previous == ':';
			}
		}
		return true;
	}

	/**
	 * Returns whether the token's word starts with a capital letter, as names do.
	 */
	boolean isNameWord(int token) {
		return this.capitalized[token];
	}

	/**
	 * Returns whether the token's word starts a sentence, where every word is
	 * capitalized.
	 */
	boolean startsSentence(int token) {
		return this.sentenceStart[token];
	}

}
