package org.scholargate.assistant.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.SourceReference;

/**
 * Answers about one method: what it is, one of its fields, and the methods related to it.
 */
final class MethodAnswers {

	private final Catalog catalog;

	private final CiteAsBuilder citeAs;

	MethodAnswers(Catalog catalog, CiteAsBuilder citeAs) {
		this.catalog = catalog;
		this.citeAs = citeAs;
	}

	GroundedAnswer describe(MethodRecord record, Phrasing phrasing) {
		SourceList sources = new SourceList();
		String cite = SourceList.marker(sources.citeName(record, MethodField.TYPE, MethodField.DOMAIN,
				MethodField.FAMILY, MethodField.YEAR_OF_ORIGIN, MethodField.ORIGINAL_AUTHORS, MethodField.SUMMARY,
				MethodField.FOUNDING_SOURCE));
		List<String> parts = new ArrayList<>();
		String domain = domain(record, phrasing);
		String family = family(record, phrasing);
		String leadKey = domain.equals(family) ? "describe.lead.sameFamily" : "describe.lead";
		parts.add(phrasing.render(leadKey, "name", phrasing.displayName(record), "type", type(record, phrasing),
				"domain", domain, "family", family, "cite", cite));
		parts.add(phrasing.render("describe.origin", "year", String.valueOf(record.yearOfOrigin()), "authors",
				Phrasing.escape(record.originalAuthors()), "cite", cite));
		parts.add(phrasing.summary(record, cite));
		parts.add(phrasing.render("describe.founding", "citation", link(record.foundingSource()), "cite", cite));
		return new GroundedAnswer(List.of(record.id()),
				String.join(" ", parts.subList(0, 2)) + "\n\n" + parts.get(2) + "\n\n" + parts.get(3),
				sources.sources(), null, this.citeAs.method(record));
	}

	GroundedAnswer field(MethodRecord record, MethodField field, Phrasing phrasing) {
		SourceList sources = new SourceList();
		String cite = SourceList.marker(sources.citeName(record, field));
		String name = phrasing.displayName(record);
		String text = switch (field) {
			case ORIGINAL_AUTHORS -> phrasing.render("field.originalAuthors", "name", name, "authors",
					Phrasing.escape(record.originalAuthors()), "year", String.valueOf(record.yearOfOrigin()), "cite",
					cite);
			case YEAR_OF_ORIGIN -> yearOfOrigin(record, phrasing, cite);
			case FOUNDING_SOURCE -> foundingSource(record, phrasing, sources, cite);
			case ALIASES -> aliases(record, phrasing, cite);
			case DOMAIN ->
				phrasing.render("field.domain", "name", name, "domain", domain(record, phrasing), "cite", cite);
			case FAMILY ->
				phrasing.render("field.family", "name", name, "family", family(record, phrasing), "cite", cite);
			case TYPE ->
				phrasing.render("field.type", "name", name, "type", record.type(phrasing.language()), "cite", cite);
			case SUMMARY -> phrasing.render("field.summary", "name", name, "summary", phrasing.summary(record, cite));
			case SOURCES -> sourcesOf(record, phrasing, sources);
			case VERSION -> phrasing.render("field.version", "name", name, "version", record.version(), "cite", cite);
			case STATUS ->
				phrasing.render("field.status", "name", name, "status", record.status().value(), "cite", cite);
			case RELATED -> throw new IllegalArgumentException("Related methods are answered by related()");
		};
		return new GroundedAnswer(List.of(record.id()), text, sources.sources(), null, this.citeAs.method(record));
	}

	GroundedAnswer related(MethodRecord record, Phrasing phrasing) {
		SourceList sources = new SourceList();
		String cite = SourceList.marker(sources.citeName(record, MethodField.RELATED));
		List<MethodRecord> related = record.related()
			.stream()
			.map(this.catalog::findPublished)
			.flatMap(java.util.Optional::stream)
			.toList();
		if (related.isEmpty()) {
			return new GroundedAnswer(List.of(record.id()),
					phrasing.render("related.none", "name", phrasing.displayName(record), "cite", cite),
					sources.sources(), null, this.citeAs.method(record));
		}
		List<String> lines = new ArrayList<>();
		lines.add(phrasing.render("related.lead", "name", phrasing.displayName(record), "cite", cite));
		for (MethodRecord other : related) {
			String otherCite = SourceList.marker(sources.citeName(other, MethodField.YEAR_OF_ORIGIN, MethodField.TYPE));
			lines.add(phrasing.render("related.item", "name", phrasing.displayName(other), "year",
					String.valueOf(other.yearOfOrigin()), "type", type(other, phrasing), "cite", otherCite));
		}
		List<String> methods = new ArrayList<>();
		methods.add(record.id());
		related.forEach((other) -> methods.add(other.id()));
		return new GroundedAnswer(methods, String.join("\n", lines), sources.sources(), null,
				this.citeAs.method(record));
	}

	private String yearOfOrigin(MethodRecord record, Phrasing phrasing, String cite) {
		String text = phrasing.render("field.yearOfOrigin", "name", phrasing.displayName(record), "year",
				String.valueOf(record.yearOfOrigin()), "cite", cite);
		if (record.yearNote() == null) {
			return text;
		}
		return text + " " + phrasing.render("field.yearNote", "note",
				Phrasing.escape(stripFinalStop(record.yearNote())), "cite", cite);
	}

	private String foundingSource(MethodRecord record, Phrasing phrasing, SourceList sources, String cite) {
		StringBuilder text = new StringBuilder(phrasing.render("field.foundingSource", "name",
				phrasing.displayName(record), "citation", link(record.foundingSource()), "cite", cite));
		for (SourceReference further : record.furtherSources()) {
			String furtherCite = SourceList.marker(sources.cite(record, further, MethodField.SOURCES));
			text.append(' ')
				.append(phrasing.render("field.furtherSource", "citation", link(further), "cite", furtherCite));
		}
		return text.toString();
	}

	private String aliases(MethodRecord record, Phrasing phrasing, String cite) {
		if (record.aliases().isEmpty()) {
			return phrasing.render("field.aliases.none", "name", phrasing.displayName(record), "cite", cite);
		}
		List<String> aliases = record.aliases()
			.stream()
			.map((alias) -> "*" + Phrasing.escape(alias.text()) + "* (" + alias.language() + ")")
			.toList();
		return phrasing.render("field.aliases", "name", Phrasing.escape(record.name()), "aliases",
				phrasing.join(aliases, "list.and"), "cite", cite);
	}

	private String sourcesOf(MethodRecord record, Phrasing phrasing, SourceList sources) {
		List<String> lines = new ArrayList<>();
		String key = (record.sources().size() == 1) ? "field.sources.one" : "field.sources";
		lines.add(phrasing.render(key, "name", phrasing.displayName(record), "count",
				String.valueOf(record.sources().size())));
		for (SourceReference reference : record.sources()) {
			String cite = SourceList.marker(sources.cite(record, reference, MethodField.SOURCES));
			lines.add(phrasing.render("field.sourceItem", "citation", link(reference), "cite", cite));
		}
		return String.join("\n", lines);
	}

	private static String type(MethodRecord record, Phrasing phrasing) {
		return Phrasing.escape(record.type(phrasing.language()));
	}

	private String domain(MethodRecord record, Phrasing phrasing) {
		return this.catalog.vocabulary().label(record.domain(), phrasing.language());
	}

	private String family(MethodRecord record, Phrasing phrasing) {
		return this.catalog.vocabulary().label(record.family(), phrasing.language());
	}

	/**
	 * Returns a reference as Markdown with its title linked, without the final full stop.
	 */
	static String link(SourceReference reference) {
		String citation = Phrasing.escape(stripFinalStop(reference.citation()));
		return citation + " (<" + reference.url() + ">)";
	}

	private static String stripFinalStop(String text) {
		String stripped = text.strip();
		return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

	static String names(List<MethodRecord> records) {
		return records.stream().map(MethodRecord::name).collect(Collectors.joining(", "));
	}

}
