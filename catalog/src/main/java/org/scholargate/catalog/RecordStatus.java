package org.scholargate.catalog;

import java.util.Locale;

/**
 * Publication status of a record. Only published records are answered from.
 */
public enum RecordStatus {

	/** Reviewed and answered from. */
	PUBLISHED,

	/** Listed on request, never answered from. */
	DRAFT;

	/**
	 * Returns the value as written in record files and in the API, such as
	 * {@code published}.
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
