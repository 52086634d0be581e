package org.scholargate.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled vocabularies of domains and families, with a label in each answer
 * language.
 */
public final class Vocabulary {

	private final Map<String, Term> domains;

	private final Map<String, Term> families;

	private Vocabulary(Map<String, Term> domains, Map<String, Term> families) {
		this.domains = Map.copyOf(domains);
		this.families = Map.copyOf(families);
	}

	/**
	 * Parses the tab-separated vocabulary: kind, English value, family of the domain,
	 * French label, Turkish label. Lines starting with {@code #} are comments.
	 * @throws CatalogValidationException when a line has too few columns or an unknown
	 * kind
	 */
	public static Vocabulary parse(BufferedReader reader, String sourceName) {
		Map<String, Term> domains = new LinkedHashMap<>();
		Map<String, Term> families = new LinkedHashMap<>();
		try {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				Term term = parseLine(line, sourceName, number);
				(term.isDomain() ? domains : families).put(term.value(), term);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read vocabulary '" + sourceName + "'", ex);
		}
		return new Vocabulary(domains, families);
	}

	private static Term parseLine(String line, String sourceName, int number) {
		String[] columns = line.split("\t", -1);
		String location = sourceName + " line " + number;
		if (columns.length < 5) {
			throw CatalogValidationException.single(location, "columns",
					"has " + columns.length + " columns, expected 5",
					"separate kind, value, family, fr and tr by tabs");
		}
		if (!columns[0].equals("domain") && !columns[0].equals("family")) {
			throw CatalogValidationException.single(location, "kind", "unknown kind '" + columns[0] + "'",
					"use 'domain' or 'family'");
		}
		Map<Language, String> labels = new EnumMap<>(Language.class);
		labels.put(Language.EN, columns[1].strip());
		labels.put(Language.FR, columns[3].strip());
		labels.put(Language.TR, columns[4].strip());
		return new Term(columns[0].equals("domain"), columns[1].strip(), columns[2].strip(), labels);
	}

	/**
	 * Returns the domain with this English value.
	 */
	public Optional<Term> domain(String value) {
		return Optional.ofNullable(this.domains.get(value));
	}

	/**
	 * Returns the family with this English value.
	 */
	public Optional<Term> family(String value) {
		return Optional.ofNullable(this.families.get(value));
	}

	/**
	 * Returns every domain.
	 */
	public Collection<Term> domains() {
		return this.domains.values();
	}

	/**
	 * Returns every family.
	 */
	public Collection<Term> families() {
		return this.families.values();
	}

	/**
	 * Returns the label of a domain or family value in a language, or the value itself
	 * when it is not in the vocabulary.
	 */
	public String label(String value, Language language) {
		Term term = this.domains.getOrDefault(value, this.families.get(value));
		return (term != null) ? term.label(language) : value;
	}

	/**
	 * One value of a controlled vocabulary.
	 *
	 * @param isDomain whether the term is a domain rather than a family
	 * @param value the English value, as stored in records
	 * @param family for a domain, the family it belongs to; empty for a family
	 * @param labels the label in each language
	 */
	public record Term(boolean isDomain, String value, String family, Map<Language, String> labels) {

		public Term {
			labels = Map.copyOf(labels);
		}

		/**
		 * Returns the label in a language, falling back to the English value.
		 */
		public String label(Language language) {
			String label = this.labels.get(language);
			return (label == null || label.isEmpty()) ? this.value : label;
		}

	}

}
