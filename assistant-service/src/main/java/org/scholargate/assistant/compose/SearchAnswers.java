package org.scholargate.assistant.compose;

import java.util.ArrayList;
import java.util.List;

import org.scholargate.assistant.understanding.SearchFilter;
import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.SearchPage;

/**
 * Answers that list the methods matching a filter, oldest first.
 */
final class SearchAnswers {

	private final CatalogIndex index;

	private final CiteAsBuilder citeAs;

	private final int maxResults;

	SearchAnswers(CatalogIndex index, CiteAsBuilder citeAs, int maxResults) {
		this.index = index;
		this.citeAs = citeAs;
		this.maxResults = maxResults;
	}

	GroundedAnswer search(SearchFilter filter, Phrasing phrasing) {
		SearchPage page = this.index.search(filter.toQuery(), this.maxResults, 0);
		String description = describe(filter, phrasing);
		if (page.records().isEmpty()) {
			return new GroundedAnswer(List.of(), phrasing.render("search.none", "filter", description), List.of(), null,
					null);
		}
		SourceList sources = new SourceList();
		List<String> lines = new ArrayList<>();
		lines.add(phrasing.render("search.lead", "count", String.valueOf(page.total()), "filter", description));
		for (MethodRecord record : page.records()) {
			String cite = SourceList.marker(sources.citeName(record, MethodField.YEAR_OF_ORIGIN,
					MethodField.ORIGINAL_AUTHORS, MethodField.DOMAIN));
			lines.add(phrasing.render("search.item", "name", phrasing.displayName(record), "year",
					String.valueOf(record.yearOfOrigin()), "authors", Phrasing.escape(record.originalAuthors()), "cite",
					cite));
		}
		if (page.total() > page.records().size()) {
			lines.add(phrasing.render("search.more", "count", String.valueOf(page.total() - page.records().size())));
		}
		return new GroundedAnswer(page.records().stream().map(MethodRecord::id).toList(), String.join("\n", lines),
				sources.sources(), null, this.citeAs.listing(page.records()));
	}

	private String describe(SearchFilter filter, Phrasing phrasing) {
		List<String> parts = new ArrayList<>();
		if (filter.vocabularyValue() != null) {
			String label = this.index.catalog().vocabulary().label(filter.vocabularyValue(), phrasing.language());
			parts.add(filter.family() ? phrasing.render("filter.family", "family", label)
					: phrasing.render("filter.domain", "domain", label));
		}
		String years = years(filter, phrasing);
		if (years != null) {
			parts.add(years);
		}
		if (filter.author() != null) {
			parts.add(phrasing.render("filter.author", "author", Phrasing.escape(filter.author())));
		}
		if (filter.type() != null) {
			parts.add(phrasing.render("filter.type", "type", Phrasing.escape(filter.type())));
		}
		if (filter.text() != null) {
			parts.add(phrasing.render("filter.text", "text", Phrasing.escape(filter.text())));
		}
		return parts.isEmpty() ? phrasing.render("filter.all") : String.join(", ", parts);
	}

	private static String years(SearchFilter filter, Phrasing phrasing) {
		Integer from = filter.yearFrom();
		Integer to = filter.yearTo();
		if (from == null && to == null) {
			return null;
		}
		if (from != null && from.equals(to)) {
			return phrasing.render("filter.year", "year", String.valueOf(from));
		}
		if (from != null && to != null) {
			return phrasing.render("filter.yearBetween", "from", String.valueOf(from), "to", String.valueOf(to));
		}
		return (from != null) ? phrasing.render("filter.yearFrom", "year", String.valueOf(from))
				: phrasing.render("filter.yearTo", "year", String.valueOf(to));
	}

}
