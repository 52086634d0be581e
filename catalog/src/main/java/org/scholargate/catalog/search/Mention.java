package org.scholargate.catalog.search;

/**
 * A method found in a message.
 *
 * @param methodId the id of the record
 * @param start the index of the first token of the mention
 * @param length the number of tokens of the mention; 0 for a match on the description
 * @param kind how the method was found
 */
public record Mention(String methodId, int start, int length, Kind kind) {

	/**
	 * How a mention was found.
	 */
	public enum Kind {

		/** A name or alias, equal after folding. */
		EXACT,

		/** A name or alias within a small edit distance. */
		FUZZY,

		/** The message describes the method without naming it. */
		DESCRIPTION

	}

}
