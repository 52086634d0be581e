package org.scholargate.catalog.search;

import java.util.List;
import java.util.Optional;

/**
 * Matches a message that describes a method without naming it ("the technique where a
 * small student network learns from a big teacher") against the records' text, and takes
 * a method only when it clearly outscores the runner-up.
 */
final class DescriptionMatcher {

	static final int MIN_CONTENT_TOKENS = 2;

	static final float MIN_SCORE = 6f;

	static final float MIN_LEAD = 1.3f;

	private final CatalogIndex index;

	DescriptionMatcher(CatalogIndex index) {
		this.index = index;
	}

	Outcome match(List<String> contentTokens) {
		if (contentTokens.size() < MIN_CONTENT_TOKENS) {
			return new Outcome(Optional.empty(), List.of());
		}
		List<CatalogIndex.ScoredMethod> ranked = this.index.rank(contentTokens, 3);
		if (ranked.isEmpty()) {
			return new Outcome(Optional.empty(), List.of());
		}
		CatalogIndex.ScoredMethod top = ranked.get(0);
		float runnerUp = (ranked.size() > 1) ? ranked.get(1).score() : 0f;
		if (top.score() >= MIN_SCORE && top.score() >= runnerUp * MIN_LEAD) {
			return new Outcome(Optional.of(top.id()), List.of());
		}
		return new Outcome(Optional.empty(), ranked.stream().map(CatalogIndex.ScoredMethod::id).toList());
	}

	record Outcome(Optional<String> methodId, List<String> candidates) {

	}

}
