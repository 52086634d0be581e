package org.scholargate.catalog.search;

import java.util.Set;

import org.scholargate.catalog.RecordStatus;

/**
 * A catalog search: optional free text and filters, all of which must hold.
 *
 * @param text free text matched against names, aliases, type, summary and authors, or
 * {@code null}
 * @param domains domains a method must be in; empty for any
 * @param yearFrom earliest year of origin, inclusive, or {@code null}
 * @param yearTo latest year of origin, inclusive, or {@code null}
 * @param author text every word of which must appear in the original authors, or
 * {@code null}
 * @param type text every word of which must appear in the type, or {@code null}
 * @param status the status of the records to return
 * @param order the order of the results
 */
public record MethodQuery(String text, Set<String> domains, Integer yearFrom, Integer yearTo, String author,
		String type, RecordStatus status, Order order) {

	public MethodQuery {
		domains = (domains != null) ? Set.copyOf(domains) : Set.of();
		status = (status != null) ? status : RecordStatus.PUBLISHED;
		order = (order != null) ? order : Order.RELEVANCE;
	}

	/**
	 * Returns a query for free text alone over published records.
	 */
	public static MethodQuery text(String text) {
		return new MethodQuery(text, Set.of(), null, null, null, null, RecordStatus.PUBLISHED, Order.RELEVANCE);
	}

	/**
	 * Returns whether the query filters by anything other than status.
	 */
	public boolean hasFilter() {
		return !this.domains.isEmpty() || this.yearFrom != null || this.yearTo != null || this.author != null
				|| this.type != null;
	}

	/**
	 * Order of search results.
	 */
	public enum Order {

		/** Best match first; by name when there is no text. */
		RELEVANCE,

		/** By name. */
		NAME,

		/** Oldest first, then by name. */
		YEAR

	}

}
