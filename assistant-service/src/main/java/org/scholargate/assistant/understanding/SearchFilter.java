package org.scholargate.assistant.understanding;

import java.util.List;
import java.util.Set;

import org.scholargate.catalog.RecordStatus;
import org.scholargate.catalog.search.MethodQuery;

/**
 * The filters a search question states.
 *
 * @param domains the domains to search; empty for any
 * @param vocabularyValue the domain or family value the question named, or {@code null}
 * @param family whether {@code vocabularyValue} names a family rather than a domain
 * @param yearFrom earliest year of origin, inclusive, or {@code null}
 * @param yearTo latest year of origin, inclusive, or {@code null}
 * @param author an author surname, or {@code null}
 * @param type a word of the method type, or {@code null}
 * @param text free text that results must match, such as a method named in
 * "Transformer-based models", or {@code null}
 */
public record SearchFilter(Set<String> domains, String vocabularyValue, boolean family, Integer yearFrom,
		Integer yearTo, String author, String type, String text) {

	public SearchFilter {
		domains = Set.copyOf(domains);
	}

	/**
	 * Returns whether the question states no filter at all.
	 */
	public boolean isEmpty() {
		return this.domains.isEmpty() && this.yearFrom == null && this.yearTo == null && this.author == null
				&& this.type == null && this.text == null;
	}

	/**
	 * Returns these filters with free text that results must match.
	 */
	SearchFilter withText(List<String> names) {
		return names.isEmpty() ? this : new SearchFilter(this.domains, this.vocabularyValue, this.family, this.yearFrom,
				this.yearTo, this.author, this.type, String.join(" ", names));
	}

	/**
	 * Returns the catalog query of these filters, oldest methods first.
	 */
	public MethodQuery toQuery() {
		return new MethodQuery(this.text, this.domains, this.yearFrom, this.yearTo, this.author, this.type,
				RecordStatus.PUBLISHED, MethodQuery.Order.YEAR);
	}

}
