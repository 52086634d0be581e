package org.scholargate.prompts;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AnswerTemplatesTests {

	private static final Set<String> CITING_PREFIXES = Set.of("describe.", "field.", "related.", "compare.");

	private static final Set<String> UNCITED_KEYS = Set.of("compare.lead", "field.sources", "field.sources.one",
			"field.summary");

	private static AnswerTemplates templates;

	@BeforeAll
	static void loadTemplates() {
		templates = AnswerTemplates.load();
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "tr" })
	void translationHasEnglishKeys(String language) {
		assertThat(templates.keys(language)).containsExactlyInAnyOrderElementsOf(templates.keys("en"));
	}

	@Test
	void englishHasTemplates() {
		assertThat(templates.keys("en")).hasSizeGreaterThan(50).contains("describe.lead", "label.yearOfOrigin");
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("translatedKeys")
	void translationUsesSamePlaceholders(String language, String key) {
		assertThat(templates.placeholders(language, key)).as(key).isEqualTo(templates.placeholders("en", key));
	}

	static Stream<Arguments> translatedKeys() {
		AnswerTemplates loaded = AnswerTemplates.load();
		return Stream.of("fr", "tr")
			.flatMap((language) -> loaded.keys(language).stream().sorted().map((key) -> arguments(language, key)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("citingKeys")
	void factTemplateContainsCitation(String language, String key) {
		assertThat(templates.template(language, key)).contains("{cite}");
	}

	static Stream<Arguments> citingKeys() {
		AnswerTemplates loaded = AnswerTemplates.load();
		return AnswerTemplates.LANGUAGES.stream()
			.flatMap((language) -> loaded.keys(language)
				.stream()
				.filter((key) -> CITING_PREFIXES.stream().anyMatch(key::startsWith))
				.filter((key) -> !UNCITED_KEYS.contains(key))
				.sorted()
				.map((key) -> arguments(language, key)));
	}

	@Test
	void citingKeysCoverEveryFactFamily() {
		assertThat(citingKeys().map((arguments) -> (String) arguments.get()[1]))
			.anyMatch((key) -> key.startsWith("describe."))
			.anyMatch((key) -> key.startsWith("field."))
			.anyMatch((key) -> key.startsWith("related."))
			.anyMatch((key) -> key.startsWith("compare."));
	}

	@Test
	void renderReplacesPlaceholders() {
		String rendered = templates.render("en", "describe.origin",
				Map.of("year", "2015", "authors", "Hinton, G., Vinyals, O. & Dean, J.", "cite", "[1]"));
		assertThat(rendered).isEqualTo("It was introduced in 2015 by Hinton, G., Vinyals, O. & Dean, J. [1].");
	}

	@Test
	void renderKeepsDollarAndBackslash() {
		String rendered = templates.render("en", "field.yearNote",
				Map.of("note", "Costs $1 and \\$2 in C:\\temp, see $0 and \\1", "cite", "[1]"));
		assertThat(rendered).isEqualTo("About the year: Costs $1 and \\$2 in C:\\temp, see $0 and \\1 [1].");
	}

	@Test
	void renderKeepsPlaceholderSyntaxInValues() {
		String rendered = templates.render("en", "field.yearNote", Map.of("note", "{cite} and {name}", "cite", "[2]"));
		assertThat(rendered).isEqualTo("About the year: {cite} and {name} [2].");
	}

	@Test
	void renderKeepsWhiteSpaceOfValues() {
		String rendered = templates.render("en", "field.yearNote", Map.of("note", "O(n  log n)", "cite", "[1]"));
		assertThat(rendered).isEqualTo("About the year: O(n  log n) [1].");
	}

	@Test
	void renderNamesKeyAndMissingPlaceholder() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> templates.render("fr", "describe.origin", Map.of("year", "2015", "cite", "[1]")))
			.withMessageContaining("describe.origin")
			.withMessageContaining("'authors'");
	}

	@Test
	void renderRejectsUnknownKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render("en", "describe.nothing", Map.of()))
			.withMessageContaining("describe.nothing");
	}

	@Test
	void renderRejectsUnknownLanguage() {
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render("de", "describe.lead", Map.of()))
			.withMessageContaining("'de'");
	}

	@Test
	void labelOfYearOfOriginInFrench() {
		assertThat(templates.label("fr", "yearOfOrigin")).isEqualTo("Année d'origine");
	}

	@Test
	void labelOfYearOfOriginInTurkish() {
		assertThat(templates.label("tr", "yearOfOrigin")).isEqualTo("Ortaya çıkış yılı");
	}

	@Test
	void templatesAreReadAsUtf8() {
		assertThat(templates.template("fr", "field.family")).contains("appartient à la famille");
		assertThat(templates.template("fr", "search.more")).startsWith("…");
		assertThat(templates.template("tr", "clarify.notFound")).contains("bulamadım").contains("yüzden");
		assertThat(templates.template("tr", "label.domain")).isEqualTo("Alan");
		assertThat(templates.template("tr", "summary.untranslated")).contains("İngilizce");
		assertThat(templates.render("tr", "field.yearOfOrigin",
				Map.of("name", "Bilgi Damıtma", "year", "2015", "cite", "[1]")))
			.isEqualTo("**Bilgi Damıtma** yöntemi 2015 yılına dayanır [1].");
	}

}
