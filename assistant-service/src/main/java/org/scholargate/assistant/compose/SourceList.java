package org.scholargate.assistant.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.SourceReference;

/**
 * Numbers the sources of one answer as they are first cited; citing the same publication
 * of the same record again returns the same number and adds the fields used.
 */
final class SourceList {

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	int cite(MethodRecord record, MethodField... fields) {
		return cite(record, record.foundingSource(), fields);
	}

	int cite(MethodRecord record, SourceReference reference, MethodField... fields) {
		String key = record.id() + "\n" + reference.url() + "\n" + reference.title();
		Entry entry = this.entries.computeIfAbsent(key,
				(ignored) -> new Entry(this.entries.size() + 1, record, reference));
		for (MethodField field : fields) {
			entry.fields.add(field.jsonName());
		}
		return entry.index;
	}

	/**
	 * Cites the founding source under the record's name field as well, for a statement
	 * that only names it.
	 */
	int citeName(MethodRecord record, MethodField... fields) {
		int index = cite(record, fields);
		this.entries.values()
			.stream()
			.filter((entry) -> entry.index == index)
			.forEach((entry) -> entry.fields.add("name"));
		return index;
	}

	List<Source> sources() {
		List<Source> sources = new ArrayList<>();
		for (Entry entry : this.entries.values()) {
			sources.add(new Source(entry.index, entry.record.id(), entry.record.name(), entry.record.version(),
					entry.record.status().value(), entry.reference.citation(), entry.reference.url(),
					List.copyOf(entry.fields)));
		}
		return sources;
	}

	static String marker(int index) {
		return "[" + index + "]";
	}

	private static final class Entry {

		private final int index;

		private final MethodRecord record;

		private final SourceReference reference;

		private final Set<String> fields = new LinkedHashSet<>();

		private Entry(int index, MethodRecord record, SourceReference reference) {
			this.index = index;
			this.record = record;
			this.reference = reference;
		}

	}

}
