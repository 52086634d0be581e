package org.scholargate.catalog.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the catalog methods a message names or describes. Names and aliases are matched
 * after folding case, accents and dashes, then within a small edit distance; a message
 * that names nothing is matched against the records' descriptions, and a method is taken
 * only when one record clearly wins.
 */
public final class EntityLinker {

	private static final int MAX_SPAN = 8;

	private static final int MAX_FUZZY_SPAN = 3;

	private static final int MIN_FUZZY_LETTERS = 5;

	private static final int MAX_SUGGESTIONS = 3;

	private final CatalogIndex index;

	private final FoldingAnalyzer analyzer;

	private final Set<String> stopwords;

	private final DescriptionMatcher descriptions;

	public EntityLinker(CatalogIndex index) {
		this.index = index;
		this.analyzer = index.analyzer();
		this.stopwords = LinkingStopwords.build(this.analyzer);
		this.descriptions = new DescriptionMatcher(index);
	}

	/**
	 * Returns the methods a message names, in the order it names them.
	 * @param text the message
	 * @param matchDescriptions whether to match the records' descriptions when the
	 * message names no method
	 */
	public LinkResult link(String text, boolean matchDescriptions) {
		List<String> tokens = this.analyzer.tokens(text);
		boolean[] covered = new boolean[tokens.size()];
		List<Mention> mentions = new ArrayList<>();
		List<String> suggestions = new ArrayList<>();
		exactPass(tokens, covered, mentions);
		fuzzyPass(tokens, covered, mentions, suggestions);
		List<String> content = contentTokens(tokens, covered);
		if (mentions.isEmpty() && matchDescriptions) {
			DescriptionMatcher.Outcome outcome = this.descriptions.match(content);
			outcome.methodId().ifPresent((id) -> mentions.add(new Mention(id, 0, 0, Mention.Kind.DESCRIPTION)));
			suggestions.addAll(outcome.candidates());
		}
		if (mentions.isEmpty() && suggestions.isEmpty()) {
			suggestions.addAll(suggest(content));
		}
		return new LinkResult(distinctInOrder(mentions), distinct(suggestions), content);
	}

	/**
	 * Returns whether a token is a question or stop word that never names a method on its
	 * own.
	 */
	public boolean isStopword(String token) {
		return this.stopwords.contains(token);
	}

	private void exactPass(List<String> tokens, boolean[] covered, List<Mention> mentions) {
		for (int length = Math.min(MAX_SPAN, tokens.size()); length >= 1; length--) {
			for (int start = 0; start + length <= tokens.size(); start++) {
				if (isCovered(covered, start, length) || allStopwords(tokens, start, length)) {
					continue;
				}
				List<String> ids = this.index.exactSurface(String.join(" ", tokens.subList(start, start + length)));
				if (!ids.isEmpty()) {
					cover(covered, start, length);
					mentions.add(new Mention(ids.get(0), start, length, Mention.Kind.EXACT));
				}
			}
		}
	}

	private void fuzzyPass(List<String> tokens, boolean[] covered, List<Mention> mentions, List<String> suggestions) {
		for (int length = Math.min(MAX_FUZZY_SPAN, tokens.size()); length >= 1; length--) {
			for (int start = 0; start + length <= tokens.size(); start++) {
				if (isCovered(covered, start, length) || !fuzzyCandidate(tokens, start, length)) {
					continue;
				}
				String key = String.join(" ", tokens.subList(start, start + length));
				int maxEdits = (key.length() >= 9) ? 2 : 1;
				List<CatalogIndex.SurfaceMatch> matches = this.index.fuzzySurface(key, maxEdits);
				if (matches.isEmpty()) {
					continue;
				}
				CatalogIndex.SurfaceMatch best = matches.get(0);
				boolean tie = matches.stream()
					.anyMatch((match) -> match.edits() == best.edits() && !match.id().equals(best.id()));
				if (tie) {
					matches.stream()
						.filter((match) -> match.edits() == best.edits())
						.forEach((match) -> suggestions.add(match.id()));
					continue;
				}
				cover(covered, start, length);
				mentions.add(new Mention(best.id(), start, length, Mention.Kind.FUZZY));
			}
		}
	}

	private boolean fuzzyCandidate(List<String> tokens, int start, int length) {
		if (isStopword(tokens.get(start)) || isStopword(tokens.get(start + length - 1))) {
			return false;
		}
		int letters = 0;
		for (String token : tokens.subList(start, start + length)) {
			letters += token.length();
		}
		return letters >= MIN_FUZZY_LETTERS;
	}

	private List<String> suggest(List<String> content) {
		List<CatalogIndex.SurfaceMatch> close = new ArrayList<>();
		for (String token : content) {
			if (token.length() >= 4) {
				close.addAll(this.index.fuzzySurface(token, 2));
			}
		}
		close.sort(Comparator.comparingInt(CatalogIndex.SurfaceMatch::edits));
		Set<String> ids = new LinkedHashSet<>();
		close.forEach((match) -> ids.add(match.id()));
		this.index.rank(content, MAX_SUGGESTIONS).forEach((scored) -> ids.add(scored.id()));
		return ids.stream().limit(MAX_SUGGESTIONS).toList();
	}

	private List<String> contentTokens(List<String> tokens, boolean[] covered) {
		List<String> content = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (!covered[i] && !isStopword(tokens.get(i))) {
				content.add(tokens.get(i));
			}
		}
		return content;
	}

	private boolean allStopwords(List<String> tokens, int start, int length) {
		return tokens.subList(start, start + length).stream().allMatch(this::isStopword);
	}

	private static boolean isCovered(boolean[] covered, int start, int length) {
		for (int i = start; i < start + length; i++) {
			if (covered[i]) {
				return true;
			}
		}
		return false;
	}

	private static void cover(boolean[] covered, int start, int length) {
		for (int i = start; i < start + length; i++) {
			covered[i] = true;
		}
	}

	private static List<Mention> distinctInOrder(List<Mention> mentions) {
		List<Mention> ordered = new ArrayList<>(mentions);
		ordered.sort(Comparator.comparingInt(Mention::start));
		Set<String> seen = new LinkedHashSet<>();
		return ordered.stream().filter((mention) -> seen.add(mention.methodId())).toList();
	}

	private static List<String> distinct(List<String> ids) {
		return List.copyOf(new LinkedHashSet<>(ids)).stream().limit(MAX_SUGGESTIONS).toList();
	}

}
