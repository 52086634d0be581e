package org.scholargate.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * A field of a method record that an answer or a table row can be about.
 */
public enum MethodField {

	/** The domain. */
	DOMAIN("domain"),

	/** The family of the domain. */
	FAMILY("family"),

	/** The year of the first public release. */
	YEAR_OF_ORIGIN("yearOfOrigin"),

	/** The original authors. */
	ORIGINAL_AUTHORS("originalAuthors"),

	/** What kind of method it is. */
	TYPE("type"),

	/** The founding publication. */
	FOUNDING_SOURCE("foundingSource"),

	/** Other names. */
	ALIASES("aliases"),

	/** Related methods. */
	RELATED("related"),

	/** The summary. */
	SUMMARY("summary"),

	/** All publications. */
	SOURCES("sources"),

	/** The record version. */
	VERSION("version"),

	/** The publication status. */
	STATUS("status");

	private final String jsonName;

	MethodField(String jsonName) {
		this.jsonName = jsonName;
	}

	/**
	 * Returns the name of the field in the API, such as {@code yearOfOrigin}.
	 */
	public String jsonName() {
		return this.jsonName;
	}

	/**
	 * Returns the field with this API name.
	 */
	public static Optional<MethodField> fromJsonName(String name) {
		return Arrays.stream(values()).filter((field) -> field.jsonName.equals(name)).findFirst();
	}

}
