package org.scholargate.assistant.compose;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.compare.ComparisonTableBuilder;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.prompts.AnswerTemplates;

/**
 * Composes answers from records with the templates of the answer language: every factual
 * sentence carries a citation marker that resolves to one of the answer's sources, and
 * tables are copied from record values. Pure computation on the calling thread.
 */
public final class GroundedComposer {

	private final Catalog catalog;

	private final AnswerTemplates templates;

	private final MethodAnswers methodAnswers;

	private final ComparisonAnswers comparisons;

	private final SearchAnswers searches;

	public GroundedComposer(CatalogIndex index, AnswerTemplates templates, URI publicBaseUrl, Clock clock,
			int maxSearchResults) {
		this.catalog = index.catalog();
		this.templates = templates;
		CiteAsBuilder citeAs = new CiteAsBuilder(publicBaseUrl, clock);
		this.methodAnswers = new MethodAnswers(this.catalog, citeAs);
		this.comparisons = new ComparisonAnswers(new ComparisonTableBuilder(this.catalog), citeAs);
		this.searches = new SearchAnswers(index, citeAs, maxSearchResults);
	}

	/**
	 * Composes the answer to an understood question.
	 */
	public GroundedAnswer compose(Understanding understanding) {
		Phrasing phrasing = new Phrasing(this.templates, understanding.language());
		List<MethodRecord> records = understanding.methodIds()
			.stream()
			.map((id) -> this.catalog.findPublished(id).orElseThrow())
			.toList();
		return switch (understanding.intent()) {
			case DESCRIBE -> this.methodAnswers.describe(records.get(0), phrasing);
			case FIELD -> this.methodAnswers.field(records.get(0), understanding.field(), phrasing);
			case RELATED -> this.methodAnswers.related(records.get(0), phrasing);
			case COMPARE -> this.comparisons.compare(records, understanding, phrasing);
			case SEARCH -> this.searches.search(understanding.filter(), phrasing);
			case CLARIFY -> Clarifications.clarify(understanding.clarification(), understanding.unknownNames(),
					this.catalog, phrasing);
			case SMALLTALK -> new GroundedAnswer(List.of(),
					phrasing.render("smalltalk." + understanding.smalltalk().name().toLowerCase(Locale.ROOT)),
					List.of(), null, null);
		};
	}

}
