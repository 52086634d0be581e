package org.scholargate.catalog.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargate.catalog.Alias;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.RecordStatus;
import org.scholargate.catalog.SourceReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ComparisonTableBuilderTests {

	private static Catalog catalog;

	private static ComparisonTableBuilder builder;

	@BeforeAll
	static void loadCatalog() {
		catalog = new CatalogLoader().loadBundled();
		builder = new ComparisonTableBuilder(catalog);
	}

	@Test
	void buildFlagsDifferingRowsOfReferenceRecords() {
		ComparisonTable table = builder.build(records("knowledge-distillation", "longformer-bigbird"), Language.EN);
		assertThat(row(table, MethodField.DOMAIN).differs()).isFalse();
		assertThat(row(table, MethodField.FAMILY).differs()).isFalse();
		assertThat(row(table, MethodField.YEAR_OF_ORIGIN).differs()).isTrue();
		assertThat(row(table, MethodField.ORIGINAL_AUTHORS).differs()).isTrue();
		assertThat(row(table, MethodField.TYPE).differs()).isTrue();
		assertThat(row(table, MethodField.FOUNDING_SOURCE).differs()).isTrue();
	}

	@Test
	void buildCopiesRecordValuesIntoCells() {
		ComparisonTable table = builder.build(records("knowledge-distillation", "longformer-bigbird"), Language.EN);
		assertThat(row(table, MethodField.YEAR_OF_ORIGIN).cells()).extracting(ComparisonTable.Cell::text)
			.containsExactly("2015", "2020");
		assertThat(row(table, MethodField.DOMAIN).cells()).extracting(ComparisonTable.Cell::text)
			.containsExactly("Deep learning", "Deep learning");
		assertThat(row(table, MethodField.FOUNDING_SOURCE).cells().get(1).text()).isEqualTo(
				"Beltagy, I., Peters, M. E. & Cohan, A. (2020). Longformer: The Long-Document Transformer. arXiv.");
	}

	@Test
	void buildOrdersRowsByField() {
		ComparisonTable table = builder.build(records("knowledge-distillation", "longformer-bigbird"), Language.EN);
		assertThat(table.rows()).extracting((row) -> row.field().jsonName())
			.containsExactly("domain", "family", "yearOfOrigin", "originalAuthors", "type", "foundingSource", "aliases",
					"related", "summary", "sources", "version", "status");
	}

	@Test
	void buildTagsEveryCellWithItsRecord() {
		ComparisonTable table = builder.build(records("lstm", "knowledge-distillation", "longformer-bigbird"),
				Language.EN);
		assertThat(table.rows()).allSatisfy((row) -> assertThat(row.cells()).extracting(ComparisonTable.Cell::methodId)
			.containsExactly("lstm", "knowledge-distillation", "longformer-bigbird"));
	}

	@Test
	void buildKeepsGivenColumnOrder() {
		ComparisonTable table = builder.build(records("longformer-bigbird", "lstm", "knowledge-distillation"),
				Language.EN);
		assertThat(table.methods()).extracting(ComparisonTable.Column::id)
			.containsExactly("longformer-bigbird", "lstm", "knowledge-distillation");
		assertThat(table.methods()).extracting(ComparisonTable.Column::name)
			.containsExactly("Longformer / BigBird", "Long short-term memory (LSTM)", "Knowledge Distillation");
	}

	@Test
	void buildAcceptsSixRecords() {
		List<MethodRecord> six = catalog.publishedRecords().subList(0, 6);
		assertThat(builder.build(six, Language.EN).methods()).hasSize(6);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 7 })
	void buildRejectsTableOutsideTwoToSixRecords(int count) {
		List<MethodRecord> records = catalog.publishedRecords().subList(0, count);
		assertThatIllegalArgumentException().isThrownBy(() -> builder.build(records, Language.EN))
			.withMessageContaining("got " + count);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Hinton, G., Vinyals, O. & Dean, J.|HINTON, G., VINYALS, O. & DEAN, J.",
					"Hinton,  G.,\tVinyals, O.|Hinton, G., Vinyals, O.", "' Hinton, G. '|Hinton, G.",
					"\ufb01ne-tuning method|fine-tuning method", "Model \uff12|model 2", "Straße|STRASSE" })
	void differsIgnoresCaseNormalFormAndWhiteSpace(String first, String second) {
		ComparisonTable table = builder.build(List.of(withAuthors("alpha", first), withAuthors("beta", second)),
				Language.EN);
		assertThat(row(table, MethodField.ORIGINAL_AUTHORS).differs()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Hinton, G.|Hinton, J.", "Hinton, G.|Hinton, G., Dean, J.",
			"Buciluă, C.|Bucilua, C.", "Model 2|Model 3" })
	void differsFlagsRealDifference(String first, String second) {
		ComparisonTable table = builder.build(List.of(withAuthors("alpha", first), withAuthors("beta", second)),
				Language.EN);
		assertThat(row(table, MethodField.ORIGINAL_AUTHORS).differs()).isTrue();
	}

	@Test
	void differsFlagsOneDifferentCellAmongMany() {
		ComparisonTable table = builder.build(List.of(withAuthors("alpha", "Doe, J."), withAuthors("beta", "DOE, J."),
				withAuthors("gamma", "Doe,  J."), withAuthors("delta", "Roe, J.")), Language.EN);
		assertThat(row(table, MethodField.ORIGINAL_AUTHORS).differs()).isTrue();
	}

	@Test
	void buildTakesFrenchDomainLabelFromVocabulary() {
		ComparisonTable table = builder.build(records("knowledge-distillation", "kaplan-meier"), Language.FR);
		assertThat(row(table, MethodField.DOMAIN).cells()).extracting(ComparisonTable.Cell::text)
			.containsExactly("Apprentissage profond", "Statistique");
		assertThat(row(table, MethodField.FAMILY).cells()).extracting(ComparisonTable.Cell::text)
			.containsExactly("Apprentissage automatique", "Statistique");
		assertThat(row(table, MethodField.TYPE).cells().get(0).text())
			.isEqualTo("Compression de réseaux de neurones (enseignant–élève)");
	}

	@Test
	void buildTakesTurkishDomainLabelFromVocabulary() {
		ComparisonTable table = builder.build(records("knowledge-distillation", "kaplan-meier"), Language.TR);
		assertThat(row(table, MethodField.DOMAIN).cells()).extracting(ComparisonTable.Cell::text)
			.containsExactly("Derin öğrenme", "İstatistik");
	}

	private static List<MethodRecord> records(String... ids) {
		return Arrays.stream(ids).map((id) -> catalog.find(id).orElseThrow()).toList();
	}

	private static ComparisonTable.Row row(ComparisonTable table, MethodField field) {
		return table.rows().stream().filter((row) -> row.field() == field).findFirst().orElseThrow();
	}

	private static MethodRecord withAuthors(String id, String authors) {
		SourceReference source = new SourceReference("Doe, J.", 2015, "A Method for Tests", "Journal of Tests",
				"https://example.org/" + id);
		return new MethodRecord(id, "Method " + id, List.of(new Alias("Alias of " + id, "en")), "Deep learning",
				"Machine learning", 2015, null, authors, "Test method", source, List.of(), List.of(),
				"A method that exists only in tests.", Map.of(), "v1", RecordStatus.PUBLISHED);
	}

}
