package org.scholargate.assistant.understanding;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scholargate.catalog.Language;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTests {

	private final LanguageDetector detector = new LanguageDetector();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			What is knowledge distillation?                                  | EN
			Compare knowledge distilation and longformer                     | EN
			random forest vs gradient boosting                               | EN
			Qu'est-ce que la distillation de connaissances ?                 | FR
			Comparer Distillation de connaissances et Longformer / BigBird   | FR
			Qui a inventé la méthode Delphi ?                                | FR
			Compare les deux                                                 | FR
			Quel est l'article fondateur du Transformer ?                    | FR
			Bilgi damıtma nedir?                                             | TR
			Rastgele orman nedir?                                            | TR
			Bilgi damıtma ile uzun dizi transformer yöntemlerini karşılaştır | TR
			LoRA'yı kim önerdi?                                              | TR
			BERT                                                             | EN
			""")
	void detectsLanguage(String message, Language expected) {
		assertThat(this.detector.detect(message)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Qui a inventé la méthode Delphi ? | FR
			Bilgi damıtma nedir?              | TR
			""")
	void detectsLanguageInDecomposedForm(String message, Language expected) {
		assertThat(this.detector.detect(Normalizer.normalize(message, Normalizer.Form.NFD))).isEqualTo(expected);
	}

}
