package org.scholargate.assistant.understanding;

import java.util.Locale;

/**
 * What a question asks for.
 */
public enum Intent {

	/** What a method is. */
	DESCRIBE,

	/** One attribute of a method. */
	FIELD,

	/** Two to six methods side by side. */
	COMPARE,

	/** The methods related to one method. */
	RELATED,

	/** The methods that match a filter. */
	SEARCH,

	/** Nothing or too much matched: the answer asks back. */
	CLARIFY,

	/** Greetings and thanks. */
	SMALLTALK;

	/**
	 * Returns the value used in the API, such as {@code describe}.
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
