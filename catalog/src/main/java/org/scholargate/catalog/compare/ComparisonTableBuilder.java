package org.scholargate.catalog.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.TextFolding;

/**
 * Builds comparison tables by copying record values into cells, so every cell is a fact
 * of its record.
 */
public final class ComparisonTableBuilder {

	/** The smallest number of methods a table compares. */
	public static final int MIN_METHODS = 2;

	/** The largest number of methods a table compares. */
	public static final int MAX_METHODS = 6;

	private final Catalog catalog;

	public ComparisonTableBuilder(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Builds the table of the given records, in order, with values in the given language
	 * where the record or the vocabulary has them.
	 * @throws IllegalArgumentException when fewer than two or more than six records are
	 * given
	 */
	public ComparisonTable build(List<MethodRecord> records, Language language) {
		if (records.size() < MIN_METHODS || records.size() > MAX_METHODS) {
			throw new IllegalArgumentException(
					"A comparison takes " + MIN_METHODS + " to " + MAX_METHODS + " methods, got " + records.size());
		}
		List<ComparisonTable.Column> columns = records.stream()
			.map((record) -> new ComparisonTable.Column(record.id(), record.name()))
			.toList();
		List<ComparisonTable.Row> rows = new ArrayList<>();
		for (MethodField field : MethodField.values()) {
			List<ComparisonTable.Cell> cells = records.stream()
				.map((record) -> new ComparisonTable.Cell(cellText(record, field, language), record.id()))
				.toList();
			rows.add(new ComparisonTable.Row(field, cells, differs(cells)));
		}
		return new ComparisonTable(columns, rows);
	}

	/**
	 * Returns a record's value of one field as text, in the given language where
	 * available.
	 */
	public String cellText(MethodRecord record, MethodField field, Language language) {
		return switch (field) {
			case DOMAIN -> this.catalog.vocabulary().label(record.domain(), language);
			case FAMILY -> this.catalog.vocabulary().label(record.family(), language);
			case YEAR_OF_ORIGIN -> String.valueOf(record.yearOfOrigin());
			case ORIGINAL_AUTHORS -> record.originalAuthors();
			case TYPE -> record.type(language);
			case FOUNDING_SOURCE -> record.foundingSource().citation();
			case ALIASES -> record.aliases()
				.stream()
				.map((alias) -> alias.text() + " (" + alias.language() + ")")
				.collect(Collectors.joining(", "));
			case RELATED -> relatedNames(record);
			case SUMMARY -> record.summary(language);
			case SOURCES -> String.valueOf(record.sources().size());
			case VERSION -> record.version();
			case STATUS -> record.status().value();
		};
	}

	private String relatedNames(MethodRecord record) {
		return record.related()
			.stream()
			.map(this.catalog::findPublished)
			.flatMap(java.util.Optional::stream)
			.map(MethodRecord::name)
			.collect(Collectors.joining(", "));
	}

	private static boolean differs(List<ComparisonTable.Cell> cells) {
		return cells.stream().map((cell) -> TextFolding.cellKey(cell.text())).distinct().count() > 1;
	}

}
