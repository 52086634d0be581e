package org.scholargate.catalog.search;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every entity linking test with a Turkish default locale, where
 * {@code "I".toLowerCase()} is a dotless {@code ı}.
 */
class EntityLinkerTurkishLocaleTests extends EntityLinkerTests {

	private Locale previous;

	@BeforeEach
	void useTurkishLocale() {
		this.previous = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(this.previous);
	}

	@Test
	void defaultLocaleIsTurkish() {
		assertThat("I".toLowerCase()).isEqualTo("ı");
	}

}
