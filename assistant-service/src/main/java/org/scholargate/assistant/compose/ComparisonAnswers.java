package org.scholargate.assistant.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.compare.ComparisonTable;
import org.scholargate.catalog.compare.ComparisonTableBuilder;

/**
 * Answers that compare two to six methods: a cited summary of each, what they share and
 * where they differ, and the comparison table.
 */
final class ComparisonAnswers {

	/** Fields that the text names as shared or different; the table shows every field. */
	private static final Set<MethodField> TEXT_FIELDS = EnumSet.of(MethodField.DOMAIN, MethodField.FAMILY,
			MethodField.YEAR_OF_ORIGIN, MethodField.ORIGINAL_AUTHORS, MethodField.TYPE, MethodField.FOUNDING_SOURCE);

	private final ComparisonTableBuilder tables;

	private final CiteAsBuilder citeAs;

	ComparisonAnswers(ComparisonTableBuilder tables, CiteAsBuilder citeAs) {
		this.tables = tables;
		this.citeAs = citeAs;
	}

	GroundedAnswer compare(List<MethodRecord> records, Understanding understanding, Phrasing phrasing) {
		SourceList sources = new SourceList();
		MethodField[] tableFields = MethodField.values();
		List<String> markers = records.stream()
			.map((record) -> SourceList.marker(sources.citeName(record, tableFields)))
			.toList();
		String allMarkers = String.join("", markers);
		List<String> lines = new ArrayList<>();
		if (!understanding.unknownNames().isEmpty()) {
			lines.add(Clarifications.notFoundSentence(understanding.unknownNames(), phrasing));
		}
		if (understanding.field() == MethodField.YEAR_OF_ORIGIN) {
			lines.add(ageSentence(records, markers, understanding.newerFirst(), phrasing));
		}
		boolean byAge = understanding.field() == MethodField.YEAR_OF_ORIGIN;
		if (!byAge) {
			lines.add(
					phrasing.render("compare.lead", "names", phrasing.join(Phrasing.bold(names(records)), "list.and")));
		}
		for (int i = 0; i < records.size(); i++) {
			MethodRecord record = records.get(i);
			lines.add(phrasing.render("compare.item", "name", phrasing.displayName(record), "year",
					String.valueOf(record.yearOfOrigin()), "authors", Phrasing.escape(record.originalAuthors()), "type",
					Phrasing.escape(record.type(phrasing.language())), "cite", markers.get(i)));
		}
		ComparisonTable table = this.tables.build(records, phrasing.language());
		if (!byAge) {
			addSharedAndDifferent(lines, table, phrasing, allMarkers);
		}
		return new GroundedAnswer(records.stream().map(MethodRecord::id).toList(), String.join("\n", lines),
				sources.sources(), view(table, records, markers, phrasing), this.citeAs.comparison(records));
	}

	private void addSharedAndDifferent(List<String> lines, ComparisonTable table, Phrasing phrasing, String cite) {
		List<String> same = new ArrayList<>();
		List<String> different = new ArrayList<>();
		for (ComparisonTable.Row row : table.rows()) {
			if (TEXT_FIELDS.contains(row.field())) {
				(row.differs() ? different : same).add(phrasing.inlineLabel(row.field().jsonName()));
			}
		}
		lines.add("");
		if (!same.isEmpty()) {
			lines.add(phrasing.render("compare.same", "fields", phrasing.join(same, "list.and"), "cite", cite));
		}
		if (!different.isEmpty()) {
			lines.add(phrasing.render("compare.differ", "fields", phrasing.join(different, "list.and"), "cite", cite));
		}
	}

	private static String ageSentence(List<MethodRecord> records, List<String> markers, boolean newerFirst,
			Phrasing phrasing) {
		if (records.size() == 2) {
			MethodRecord first = records.get(0);
			MethodRecord second = records.get(1);
			String cite = markers.get(0) + markers.get(1);
			if (first.yearOfOrigin() == second.yearOfOrigin()) {
				return phrasing.render("compare.sameYear", "first", phrasing.displayName(first), "second",
						phrasing.displayName(second), "year", String.valueOf(first.yearOfOrigin()), "cite", cite);
			}
			boolean firstOlder = first.yearOfOrigin() < second.yearOfOrigin();
			MethodRecord older = firstOlder ? first : second;
			MethodRecord newer = firstOlder ? second : first;
			return phrasing.render(newerFirst ? "compare.newer" : "compare.older", "older", phrasing.displayName(older),
					"olderYear", String.valueOf(older.yearOfOrigin()), "newer", phrasing.displayName(newer),
					"newerYear", String.valueOf(newer.yearOfOrigin()), "cite", cite);
		}
		Comparator<MethodRecord> byYear = Comparator.comparingInt(MethodRecord::yearOfOrigin);
		MethodRecord extreme = newerFirst ? records.stream().max(byYear).orElseThrow()
				: records.stream().min(byYear).orElseThrow();
		int index = records.indexOf(extreme);
		return phrasing.render(newerFirst ? "compare.newest" : "compare.oldest", "name", phrasing.displayName(extreme),
				"year", String.valueOf(extreme.yearOfOrigin()), "cite", markers.get(index));
	}

	private static TableView view(ComparisonTable table, List<MethodRecord> records, List<String> markers,
			Phrasing phrasing) {
		List<TableView.Column> columns = table.methods()
			.stream()
			.map((column) -> new TableView.Column(column.id(), column.name()))
			.toList();
		List<TableView.Row> rows = new ArrayList<>();
		for (ComparisonTable.Row row : table.rows()) {
			List<TableView.Cell> cells = new ArrayList<>();
			for (int i = 0; i < row.cells().size(); i++) {
				String text = row.cells().get(i).text();
				if (row.field() == MethodField.STATUS) {
					text = phrasing.render("status." + text);
				}
				cells.add(new TableView.Cell(text, sourceIndex(markers.get(i))));
			}
			rows.add(new TableView.Row(row.field().jsonName(), phrasing.label(row.field().jsonName()), cells,
					row.differs()));
		}
		return new TableView(columns, rows);
	}

	private static int sourceIndex(String marker) {
		return Integer.parseInt(marker.substring(1, marker.length() - 1));
	}

	private static List<String> names(List<MethodRecord> records) {
		return records.stream().map(MethodRecord::name).toList();
	}

}
