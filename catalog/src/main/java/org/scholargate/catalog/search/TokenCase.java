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

	private static final int MAX_ACRONYM_LETTERS = 7;

	private final boolean[] capitalized;

	private final boolean[] sentenceStart;

	private final boolean[] mixedCase;

	private TokenCase(boolean[] capitalized, boolean[] sentenceStart, boolean[] mixedCase) {
		this.capitalized = capitalized;
		this.sentenceStart = sentenceStart;
		this.mixedCase = mixedCase;
	}

	static TokenCase of(String text, List<String> tokens, FoldingAnalyzer analyzer) {
		List<String> wordTokens = new ArrayList<>();
		List<Boolean> capitalized = new ArrayList<>();
		List<Boolean> sentenceStart = new ArrayList<>();
		List<Boolean> mixedCase = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find() && wordTokens.size() <= tokens.size()) {
			String word = matcher.group();
			boolean capital = Character.isUpperCase(word.codePointAt(0));
			boolean starts = startsSentence(text, matcher.start());
			boolean mixed = hasMixedCase(word);
			for (String token : analyzer.tokens(word)) {
				wordTokens.add(token);
				capitalized.add(capital);
				sentenceStart.add(starts);
				mixedCase.add(mixed);
			}
		}
		if (wordTokens.size() < tokens.size() || !wordTokens.subList(0, tokens.size()).equals(tokens)) {
			return new TokenCase(new boolean[tokens.size()], new boolean[tokens.size()], new boolean[tokens.size()]);
		}
		return new TokenCase(toArray(capitalized, tokens.size()), toArray(sentenceStart, tokens.size()),
				toArray(mixedCase, tokens.size()));
	}

	private static boolean[] toArray(List<Boolean> values, int size) {
		boolean[] array = new boolean[size];
		for (int i = 0; i < size; i++) {
			array[i] = values.get(i);
		}
		return array;
	}

	/**
	 * Returns whether a word mixes upper and lower case after its first letter, as
	 * deliberate names such as "ResNeXt" or "GoogLeNet" do and typos do not.
	 */
	private static boolean hasMixedCase(String word) {
		String rest = word.substring(1);
		boolean mixed = rest.chars().anyMatch(Character::isUpperCase) && rest.chars().anyMatch(Character::isLowerCase);
		long letters = word.chars().filter(Character::isLetter).count();
		boolean acronym = letters >= 3 && letters <= MAX_ACRONYM_LETTERS
				&& word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
		return mixed || acronym;
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
	 * Returns whether the token's word mixes upper and lower case after its first letter.
	 */
	boolean isMixedCase(int token) {
		return this.mixedCase[token];
	}

	/**
	 * Returns whether the token's word starts a sentence, where every word is
	 * capitalized.
	 */
	boolean startsSentence(int token) {
		return this.sentenceStart[token];
	}

}
