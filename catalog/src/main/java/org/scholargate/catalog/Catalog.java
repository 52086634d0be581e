package org.scholargate.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, validated set of method records with the vocabulary they use.
 */
public final class Catalog {

	private final Map<String, MethodRecord> byId;

	private final List<MethodRecord> published;

	private final Vocabulary vocabulary;

	private final String version;

	Catalog(List<MethodRecord> records, Vocabulary vocabulary, String version) {
		Map<String, MethodRecord> map = new LinkedHashMap<>();
		records.stream()
			.sorted(Comparator.comparing(MethodRecord::id))
			.forEach((record) -> map.put(record.id(), record));
		this.byId = Map.copyOf(map);
		this.published = map.values().stream().filter(MethodRecord::isPublished).toList();
		this.vocabulary = vocabulary;
		this.version = version;
	}

	/**
	 * Returns the record with this id, whatever its status.
	 */
	public Optional<MethodRecord> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * Returns the published record with this id.
	 */
	public Optional<MethodRecord> findPublished(String id) {
		return find(id).filter(MethodRecord::isPublished);
	}

	/**
	 * Returns every record, sorted by id.
	 */
	public List<MethodRecord> records() {
		return this.byId.values().stream().sorted(Comparator.comparing(MethodRecord::id)).toList();
	}

	/**
	 * Returns the published records, sorted by id.
	 */
	public List<MethodRecord> publishedRecords() {
		return this.published;
	}

	/**
	 * Returns the controlled vocabularies of domain and family.
	 */
	public Vocabulary vocabulary() {
		return this.vocabulary;
	}

	/**
	 * Returns a short hash of every record file's content, which changes whenever any
	 * record changes.
	 */
	public String version() {
		return this.version;
	}

	/**
	 * Returns the number of records, whatever their status.
	 */
	public int size() {
		return this.byId.size();
	}

}
