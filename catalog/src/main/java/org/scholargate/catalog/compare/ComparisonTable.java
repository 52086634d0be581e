package org.scholargate.catalog.compare;

import java.util.List;

import org.scholargate.catalog.MethodField;

/**
 * A side-by-side comparison of two to six methods, one row per record field, built from
 * record values only.
 *
 * @param methods the compared methods, in the order the user named them
 * @param rows one row per field
 */
public record ComparisonTable(List<Column> methods, List<Row> rows) {

	public ComparisonTable {
		methods = List.copyOf(methods);
		rows = List.copyOf(rows);
	}

	/**
	 * A compared method.
	 *
	 * @param id the record id
	 * @param name the display name
	 */
	public record Column(String id, String name) {

	}

	/**
	 * The values of one field for every compared method.
	 *
	 * @param field the record field
	 * @param cells one cell per method, in column order
	 * @param differs whether the cells' texts are not all equal after NFKC, case folding
	 * and collapsing white space
	 */
	public record Row(MethodField field, List<Cell> cells, boolean differs) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * One record value.
	 *
	 * @param text the value as text
	 * @param methodId the record the value comes from
	 */
	public record Cell(String text, String methodId) {

	}

}
