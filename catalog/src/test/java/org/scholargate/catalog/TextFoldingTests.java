package org.scholargate.catalog;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTests {

	private static final String FRENCH = "Distillation de connaissances (enseignant–élève)";

	@ParameterizedTest
	@ValueSource(strings = { "BİLGİ DAMITMA", "bilgi damıtma", "Bilgi Damitma", "BILGI DAMITMA" })
	void foldMatchesTurkishCaseVariants(String text) {
		assertThat(TextFolding.fold(text)).isEqualTo(TextFolding.fold("Bilgi Damıtma"));
	}

	@Test
	void foldMatchesNormalForms() {
		String composed = Normalizer.normalize(FRENCH, Normalizer.Form.NFC);
		String decomposed = Normalizer.normalize(FRENCH, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(composed).contains("e\u0301");
		assertThat(TextFolding.fold(decomposed)).isEqualTo(TextFolding.fold(composed));
	}

	@Test
	void foldDropsAccents() {
		assertThat(TextFolding.fold(FRENCH))
			.isEqualTo(TextFolding.fold("distillation de connaissances (enseignant-eleve)"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kaplan\u2013Meier", "Kaplan\u2014Meier", "Kaplan\u2212Meier", "Kaplan\u2010Meier" })
	void foldTurnsDashesIntoHyphen(String text) {
		assertThat(TextFolding.fold(text)).isEqualTo("kaplan-meier");
	}

	@Test
	void foldKeepsTypographicApostropheAsApostrophe() {
		assertThat(TextFolding.fold("Student\u2019s t-test")).isEqualTo(TextFolding.fold("student's T-test"));
	}

	@Test
	void foldIgnoresTurkishDefaultLocale() {
		Locale previous = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		try {
			assertThat(TextFolding.fold("IMAGE")).isEqualTo("image");
			assertThat(TextFolding.nameKey("LIME")).isEqualTo("lime");
		}
		finally {
			Locale.setDefault(previous);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "kaplan meier", "KAPLAN-MEIER", "Kaplan  —  Meier", "kaplan_meier" })
	void nameKeyMatchesKaplanMeierVariants(String text) {
		assertThat(TextFolding.nameKey(text)).isEqualTo(TextFolding.nameKey("Kaplan–Meier"));
	}

	@Test
	void nameKeyIsEmptyWithoutLetterOrDigit() {
		assertThat(TextFolding.nameKey(" – () ")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Neural  network\t compression|neural network compression",
			"\ufb01ne-tuning|fine-tuning", "Year \uff12\uff10\uff11\uff15|year 2015", "ＢＥＲＴ|bert", "Straße|STRASSE" })
	void cellKeyMatchesEquivalentCells(String first, String second) {
		assertThat(TextFolding.cellKey(first)).isEqualTo(TextFolding.cellKey(second));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Hinton, G.|Hinton, J.", "élève|eleve", "2015|2014" })
	void cellKeyKeepsRealDifferences(String first, String second) {
		assertThat(TextFolding.cellKey(first)).isNotEqualTo(TextFolding.cellKey(second));
	}

	@Test
	void cellKeyCollapsesWhiteSpace() {
		assertThat(TextFolding.cellKey("  Sparse \t attention\n\nTransformer "))
			.isEqualTo("sparse attention transformer");
	}

	@Test
	void cellKeyTreatsUnicodeSpacesAsSpace() {
		assertThat(TextFolding.cellKey("\u00a0Teacher\u2003\u3000student")).isEqualTo("teacher student");
	}

}
