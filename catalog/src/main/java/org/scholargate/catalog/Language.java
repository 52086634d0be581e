package org.scholargate.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the catalog and the answers are written in.
 */
public enum Language {

	/** English, the language of record text. */
	EN,

	/** French. */
	FR,

	/** Turkish. */
	TR;

	/**
	 * Returns the ISO 639-1 code, such as {@code en}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Returns the language of an ISO 639-1 code, compared without case, or empty when the
	 * code is unknown.
	 */
	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((language) -> language.code().equalsIgnoreCase(code.strip())).findFirst();
	}

}
