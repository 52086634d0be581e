package org.scholargate.assistant.compose;

import java.util.List;

/**
 * A comparison table as the API shows it: labels in the answer language and cells that
 * cite their sources.
 *
 * @param methods the compared methods, in column order
 * @param rows one row per record field
 */
public record TableView(List<Column> methods, List<Row> rows) {

	public TableView {
		methods = List.copyOf(methods);
		rows = List.copyOf(rows);
	}

	/**
	 * A compared method.
	 *
	 * @param id the record id
	 * @param name the record name
	 */
	public record Column(String id, String name) {

	}

	/**
	 * One field of every compared method.
	 *
	 * @param field the field's API name
	 * @param label the field's label in the answer language
	 * @param cells one cell per method, in column order
	 * @param differs whether the cells' texts differ after NFKC, case folding and
	 * collapsing white space
	 */
	public record Row(String field, String label, List<Cell> cells, boolean differs) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * One record value.
	 *
	 * @param text the value
	 * @param source the index of the source that the value comes from
	 */
	public record Cell(String text, int source) {

	}

}
