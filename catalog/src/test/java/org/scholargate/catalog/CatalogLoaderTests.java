package org.scholargate.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CatalogLoaderTests {

	private static final int CURRENT_YEAR = Year.now().getValue();

	@Test
	void loadAcceptsValidRecords() {
		Catalog catalog = RecordJson.load(RecordJson.valid("alpha"), RecordJson.valid("beta"));
		assertThat(catalog.size()).isEqualTo(2);
		assertThat(catalog.find("alpha")).map(MethodRecord::name).contains("Method alpha");
		assertThat(catalog.find("beta")).map(MethodRecord::sources).hasValueSatisfying((sources) -> {
			assertThat(sources).hasSize(2);
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { RecordReader.MIN_YEAR, 2015 })
	void loadAcceptsYearWithinBounds(int year) {
		ObjectNode record = RecordJson.valid("alpha").put("yearOfOrigin", year);
		assertThat(RecordJson.load(record).find("alpha")).map(MethodRecord::yearOfOrigin).contains(year);
	}

	@Test
	void loadAcceptsCurrentYear() {
		ObjectNode record = RecordJson.valid("alpha").put("yearOfOrigin", CURRENT_YEAR);
		assertThat(RecordJson.load(record).find("alpha")).map(MethodRecord::yearOfOrigin).contains(CURRENT_YEAR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "id", "name", "domain", "family", "yearOfOrigin", "originalAuthors", "type",
			"foundingSource", "summary", "version", "status" })
	void loadRejectsMissingRequiredField(String field) {
		ObjectNode record = RecordJson.valid("alpha");
		record.remove(field);
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file("alpha.json", record));
		assertNamesFileFieldAndFix(problem, "alpha.json", field);
		assertThat(problem.message()).contains("missing");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidFields")
	void loadRejectsInvalidField(Consumer<ObjectNode> change, String field) {
		ObjectNode record = RecordJson.valid("alpha");
		change.accept(record);
		String file = record.get("id").stringValue() + ".json";
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file(file, record));
		assertNamesFileFieldAndFix(problem, file, field);
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(invalid("unknown field", (record) -> record.put("keywords", "compression"), "keywords"),
				invalid("unknown field in founding source", (record) -> source(record).put("doi", "10.1000/alpha"),
						"foundingSource.doi"),
				invalid("unknown field in further source", (record) -> furtherSource(record).put("pages", "1-9"),
						"furtherSources[0].pages"),
				invalid("blank name", (record) -> record.put("name", "  "), "name"),
				invalid("name not a string", (record) -> record.put("name", 42), "name"),
				invalid("id in upper case", (record) -> record.put("id", "Alpha-Method"), "id"),
				invalid("id with double hyphen", (record) -> record.put("id", "alpha--method"), "id"),
				invalid("id with trailing hyphen", (record) -> record.put("id", "alpha-"), "id"),
				invalid("id with underscore", (record) -> record.put("id", "alpha_method"), "id"),
				invalid("year as a string", (record) -> record.put("yearOfOrigin", "2015"), "yearOfOrigin"),
				invalid("year with a fraction", (record) -> record.put("yearOfOrigin", 2015.5), "yearOfOrigin"),
				invalid("year before 1600", (record) -> record.put("yearOfOrigin", 1599), "yearOfOrigin"),
				invalid("year after this year", (record) -> record.put("yearOfOrigin", CURRENT_YEAR + 1),
						"yearOfOrigin"),
				invalid("source year before 1600", (record) -> source(record).put("year", 1599), "foundingSource.year"),
				invalid("source year as a string", (record) -> source(record).put("year", "2015"),
						"foundingSource.year"),
				invalid("further source year after this year",
						(record) -> furtherSource(record).put("year", CURRENT_YEAR + 1), "furtherSources[0].year"),
				invalid("URL with ftp scheme", (record) -> source(record).put("url", "ftp://example.org/paper.pdf"),
						"foundingSource.url"),
				invalid("URL without scheme", (record) -> source(record).put("url", "arxiv.org/abs/1503.02531"),
						"foundingSource.url"),
				invalid("URL with a space", (record) -> source(record).put("url", "https://arxiv.org/abs/1503 02531"),
						"foundingSource.url"),
				invalid("URL without host", (record) -> source(record).put("url", "https:///abs/1503.02531"),
						"foundingSource.url"),
				invalid("opaque URL", (record) -> source(record).put("url", "https:arxiv.org"), "foundingSource.url"),
				invalid("further source URL not http", (record) -> furtherSource(record).put("url", "mailto:a@b.org"),
						"furtherSources[0].url"),
				invalid("related id not a slug", (record) -> record.putArray("related").add("Not A Slug"), "related"),
				invalid("related id unknown", (record) -> record.putArray("related").add("no-such-method"), "related"),
				invalid("related own id", (record) -> record.putArray("related").add("alpha"), "related"),
				invalid("alias without letter or digit", (record) -> alias(record).put("text", " – "), "aliases"),
				invalid("alias language of three letters", (record) -> alias(record).put("language", "eng"),
						"aliases[0].language"),
				invalid("alias language in upper case", (record) -> alias(record).put("language", "EN"),
						"aliases[0].language"),
				invalid("domain not in vocabulary", (record) -> record.put("domain", "Astrology"), "domain"),
				invalid("family not in vocabulary", (record) -> record.put("family", "Alchemy"), "family"),
				invalid("family of another domain", (record) -> record.put("family", "Statistics"), "family"),
				invalid("unknown status", (record) -> record.put("status", "archived"), "status"),
				invalid("status in upper case", (record) -> record.put("status", "Published"), "status"),
				invalid("version without v", (record) -> record.put("version", "1"), "version"),
				invalid("version zero", (record) -> record.put("version", "v0"), "version"),
				invalid("version with minor", (record) -> record.put("version", "v1.1"), "version"),
				invalid("translation to German", (record) -> translation(record, "de"), "translations.de"),
				invalid("translation to English", (record) -> translation(record, "en"), "translations.en"));
	}

	@Test
	void loadSuggestsFamilyOfDomain() {
		ObjectNode record = RecordJson.valid("alpha").put("family", "Statistics");
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file(record));
		assertThat(problem.fix()).contains("Machine learning");
	}

	@Test
	void loadRejectsInvalidJsonNamingLine() {
		String content = "{\n  \"id\": \"alpha\",\n  \"name\": \"Method alpha\" \"oops\"\n}\n";
		CatalogValidationException.Problem problem = onlyProblem(new CatalogLoader.RecordFile("alpha.json", content));
		assertNamesFileFieldAndFix(problem, "alpha.json", "(file)");
		assertThat(problem.message()).contains("not valid JSON");
		assertThat(problem.fix()).contains("line 3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "[{\"id\": \"alpha\"}]", "\"alpha\"", "42", "" })
	void loadRejectsRootOtherThanObject(String content) {
		CatalogValidationException.Problem problem = onlyProblem(new CatalogLoader.RecordFile("alpha.json", content));
		assertNamesFileFieldAndFix(problem, "alpha.json", "(root)");
	}

	@Test
	void loadRejectsIdOtherThanFileName() {
		CatalogValidationException.Problem problem = onlyProblem(
				RecordJson.file("alpha-method.json", RecordJson.valid("alpha")));
		assertNamesFileFieldAndFix(problem, "alpha-method.json", "id");
		assertThat(problem.fix()).contains("alpha.json");
	}

	@Test
	void loadRejectsDuplicateId() {
		CatalogValidationException.Problem problem = onlyProblem(
				RecordJson.file("first/alpha.json", RecordJson.valid("alpha")),
				RecordJson.file("second/alpha.json", RecordJson.valid("alpha")));
		assertNamesFileFieldAndFix(problem, "second/alpha.json", "id");
		assertThat(problem.message()).contains("first/alpha.json");
	}

	@ParameterizedTest
	@CsvSource({ "Réseau X, reseau x", "BİLGİ YÖNTEMİ, bilgi yontemi", "Bilgi Damıtma, BILGI DAMITMA",
			"Kaplan–Meier, kaplan meier", "İzmir test, izmir TEST" })
	void loadRejectsAliasNamingTwoRecords(String first, String second) {
		ObjectNode alpha = RecordJson.valid("alpha");
		alias(alpha).put("text", first);
		ObjectNode beta = RecordJson.valid("beta");
		alias(beta).put("text", second);
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file(alpha), RecordJson.file(beta));
		assertNamesFileFieldAndFix(problem, "beta.json", "aliases");
		assertThat(problem.message()).contains(second).contains("'alpha'");
	}

	@Test
	void loadAcceptsCaseVariantAliasInRecord() {
		ObjectNode alpha = RecordJson.valid("alpha");
		alpha.withArray("aliases").addObject().put("text", "ALIAS OF ALPHA").put("language", "fr");
		assertThat(RecordJson.load(alpha).find("alpha")).map(MethodRecord::aliases)
			.hasValueSatisfying((aliases) -> assertThat(aliases).hasSize(2));
	}

	@Test
	void loadRejectsAliasEqualToLaterRecordName() {
		ObjectNode alpha = RecordJson.valid("alpha");
		ObjectNode beta = RecordJson.valid("beta");
		alias(beta).put("text", "METHOD ALPHA");
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file(alpha), RecordJson.file(beta));
		assertNamesFileFieldAndFix(problem, "beta.json", "aliases");
		assertThat(problem.message()).contains("METHOD ALPHA").contains("'alpha'");
	}

	@Test
	void loadRejectsAliasEqualToEarlierRecordName() {
		ObjectNode alpha = RecordJson.valid("alpha");
		alias(alpha).put("text", "method beta");
		ObjectNode beta = RecordJson.valid("beta");
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file(alpha), RecordJson.file(beta));
		assertNamesFileFieldAndFix(problem, "alpha.json", "aliases");
		assertThat(problem.message()).contains("method beta").contains("'beta'");
	}

	@Test
	void loadRejectsUnknownFieldInAlias() {
		ObjectNode record = RecordJson.valid("alpha");
		alias(record).put("note", "abbreviation used in surveys");
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file(record));
		assertNamesFileFieldAndFix(problem, "alpha.json", "aliases[0].note");
	}

	@Test
	void loadRejectsUnknownFieldInTranslation() {
		ObjectNode record = RecordJson.valid("alpha");
		record.withObject("translations").withObject("fr").put("name", "Méthode alpha");
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file(record));
		assertNamesFileFieldAndFix(problem, "alpha.json", "translations.fr.name");
	}

	@Test
	void loadRejectsEmptyCatalog() {
		CatalogValidationException.Problem problem = onlyProblem();
		assertNamesFileFieldAndFix(problem, "(catalog)", "records");
	}

	@Test
	void loadDirectoryRejectsEmptyFolder(@TempDir Path methods) throws IOException {
		Files.writeString(methods.resolve("README.md"), "Not a record");
		CatalogValidationException ex = catchThrowableOfType(CatalogValidationException.class,
				() -> new CatalogLoader().loadDirectory(methods));
		assertThat(ex).isNotNull();
		assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("(catalog)");
			assertThat(problem.field()).isEqualTo("records");
		});
	}

	@Test
	void loadDirectoryReadsJsonFiles(@TempDir Path methods) throws IOException {
		write(methods, RecordJson.file(RecordJson.valid("alpha")));
		write(methods, RecordJson.file(RecordJson.valid("beta").put("status", "draft")));
		Files.writeString(methods.resolve("notes.txt"), "{ not json");
		Catalog catalog = new CatalogLoader().loadDirectory(methods);
		assertThat(catalog.records()).extracting(MethodRecord::id).containsExactly("alpha", "beta");
		assertThat(catalog.publishedRecords()).extracting(MethodRecord::id).containsExactly("alpha");
	}

	@Test
	void loadDirectoryNamesInvalidFile(@TempDir Path methods) throws IOException {
		write(methods, RecordJson.file(RecordJson.valid("alpha")));
		write(methods, RecordJson.file(RecordJson.valid("beta").put("version", "2")));
		CatalogValidationException ex = catchThrowableOfType(CatalogValidationException.class,
				() -> new CatalogLoader().loadDirectory(methods));
		assertThat(ex).isNotNull();
		assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("beta.json");
			assertThat(problem.field()).isEqualTo("version");
		});
	}

	@Test
	void loadListsEveryProblemOfEveryFile() {
		ObjectNode alpha = RecordJson.valid("alpha").put("status", "archived");
		source(alpha).put("url", "ftp://example.org/alpha.pdf");
		ObjectNode beta = RecordJson.valid("beta").put("domain", "Astrology");
		ObjectNode gamma = RecordJson.valid("gamma");
		gamma.putArray("related").add("no-such-method");
		CatalogValidationException ex = catchThrowableOfType(CatalogValidationException.class,
				() -> RecordJson.load(alpha, beta, gamma));
		assertThat(ex).isNotNull();
		assertThat(ex.getProblems())
			.extracting(CatalogValidationException.Problem::file, CatalogValidationException.Problem::field)
			.containsExactlyInAnyOrder(tuple("alpha.json", "status"), tuple("alpha.json", "foundingSource.url"),
					tuple("beta.json", "domain"), tuple("gamma.json", "related"));
		assertThat(ex.getMessage()).contains("4 problems")
			.contains("alpha.json: field 'status'")
			.contains("alpha.json: field 'foundingSource.url'")
			.contains("beta.json: field 'domain'")
			.contains("gamma.json: field 'related'");
	}

	@Test
	void loadBlamesOnlyInvalidRelatedRecord() {
		ObjectNode alpha = RecordJson.valid("alpha").put("status", "archived");
		ObjectNode beta = RecordJson.valid("beta");
		beta.putArray("related").add("alpha");
		CatalogValidationException.Problem problem = onlyProblem(RecordJson.file(alpha), RecordJson.file(beta));
		assertNamesFileFieldAndFix(problem, "alpha.json", "status");
	}

	@Test
	void versionIsStableForSameFiles() {
		List<CatalogLoader.RecordFile> files = List.of(RecordJson.file(RecordJson.valid("alpha")),
				RecordJson.file(RecordJson.valid("beta")));
		CatalogLoader loader = new CatalogLoader();
		String version = loader.load(files, CatalogLoader.bundledVocabulary()).version();
		assertThat(loader.load(files, CatalogLoader.bundledVocabulary()).version()).isEqualTo(version);
		List<CatalogLoader.RecordFile> reversed = List.of(files.get(1), files.get(0));
		assertThat(loader.load(reversed, CatalogLoader.bundledVocabulary()).version()).isEqualTo(version);
	}

	@Test
	void versionChangesWhenOneFileChanges() {
		String before = RecordJson.load(RecordJson.valid("alpha"), RecordJson.valid("beta")).version();
		String after = RecordJson
			.load(RecordJson.valid("alpha"), RecordJson.valid("beta").put("summary", "A changed summary."))
			.version();
		assertThat(after).isNotEqualTo(before);
	}

	private static Arguments invalid(String description, Consumer<ObjectNode> change, String field) {
		return arguments(named(description, change), field);
	}

	private static ObjectNode source(ObjectNode record) {
		return record.withObject("foundingSource");
	}

	private static ObjectNode furtherSource(ObjectNode record) {
		return (ObjectNode) record.withArray("furtherSources").get(0);
	}

	private static ObjectNode alias(ObjectNode record) {
		return (ObjectNode) record.withArray("aliases").get(0);
	}

	private static void translation(ObjectNode record, String language) {
		record.withObject("translations")
			.putObject(language)
			.put("summary", "Eine Methode, die es nur in Tests gibt.")
			.put("type", "Testmethode");
	}

	private static void write(Path folder, CatalogLoader.RecordFile file) throws IOException {
		Files.writeString(folder.resolve(file.name()), file.content(), StandardCharsets.UTF_8);
	}

	private static CatalogValidationException.Problem onlyProblem(CatalogLoader.RecordFile... files) {
		CatalogValidationException ex = catchThrowableOfType(CatalogValidationException.class,
				() -> new CatalogLoader().load(List.of(files), CatalogLoader.bundledVocabulary()));
		assertThat(ex).as("validation exception").isNotNull();
		assertThat(ex.getProblems()).hasSize(1);
		return ex.getProblems().get(0);
	}

	private static void assertNamesFileFieldAndFix(CatalogValidationException.Problem problem, String file,
			String field) {
		assertThat(problem.file()).isEqualTo(file);
		assertThat(problem.field()).isEqualTo(field);
		assertThat(problem.message()).isNotBlank();
		assertThat(problem.fix()).isNotBlank();
		assertThat(problem.toString()).contains(file + ": field '" + field + "'").contains("fix: " + problem.fix());
	}

}
