package org.scholargate.catalog.search;

import java.util.List;
import java.util.Optional;

/**
 * Matches a message that describes a method without naming it ("the technique where a
 * small student network learns from a big teacher") against the records' summaries and
 * types with BM25. A method is taken only when its description contains at least three
 * and at least 60% of the message's content words, and when it outscores the runner-up by
 * a clear margin. Otherwise the candidates become suggestions.
 */
final class DescriptionMatcher {

	static final int MIN_CONTENT_TOKENS = 3;

	static final int CANDIDATES = 5;

	static final float MIN_LEAD = 1.3f;

	private final CatalogIndex index;

	DescriptionMatcher(CatalogIndex index) {
		this.index = index;
	}

	Outcome match(List<String> contentTokens) {
		if (contentTokens.size() < MIN_CONTENT_TOKENS) {
			return new Outcome(Optional.empty(), List.of());
		}
		List<CatalogIndex.DescribedMethod> ranked = this.index.rankDescriptions(contentTokens, CANDIDATES);
		if (ranked.isEmpty()) {
			return new Outcome(Optional.empty(), List.of());
		}
		CatalogIndex.DescribedMethod top = ranked.get(0);
		long distinct = contentTokens.stream().distinct().count();
		boolean enough = top.coveredTokens() >= MIN_CONTENT_TOKENS && top.coveredTokens() * 5 >= distinct * 3;
		CatalogIndex.DescribedMethod second = (ranked.size() > 1) ? ranked.get(1) : null;
		boolean leads = second == null || top.score() >= second.score() * MIN_LEAD;
		if (enough && leads) {
			return new Outcome(Optional.of(top.id()), List.of());
		}
		List<String> candidates = ranked.stream()
			.filter((method) -> method.coveredTokens() > 0)
			.limit(3)
			.map(CatalogIndex.DescribedMethod::id)
			.toList();
		return new Outcome(Optional.empty(), enough ? candidates : List.of());
	}

	record Outcome(Optional<String> methodId, List<String> candidates) {

	}

}
