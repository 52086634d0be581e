package org.scholargate.catalog;

import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Valid method records as JSON trees, which a test changes one field of before it writes
 * and loads them.
 */
public final class RecordJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private RecordJson() {
	}

	/**
	 * Returns a valid published record with every optional field set, named
	 * {@code Method <id>} and with the English alias {@code Alias of <id>}.
	 */
	public static ObjectNode valid(String id) {
		ObjectNode record = MAPPER.createObjectNode();
		record.put("id", id);
		record.put("name", "Method " + id);
		record.putArray("aliases").addObject().put("text", "Alias of " + id).put("language", "en");
		record.put("domain", "Deep learning");
		record.put("family", "Machine learning");
		record.put("yearOfOrigin", 2015);
		record.put("yearNote", "The preprint and the venue version appeared the same year.");
		record.put("originalAuthors", "Doe, J. & Roe, R.");
		record.put("type", "Test method");
		source(record.putObject("foundingSource"), "https://example.org/" + id);
		source(record.putArray("furtherSources").addObject(), "https://doi.org/10.1000/" + id);
		record.putArray("related");
		record.put("summary", "A method that exists only in tests. It has every field a record can have.");
		record.putObject("translations")
			.putObject("fr")
			.put("summary", "Une méthode qui n'existe que dans les tests.")
			.put("type", "Méthode de test");
		record.put("version", "v1");
		record.put("status", "published");
		return record;
	}

	private static void source(ObjectNode source, String url) {
		source.put("authors", "Doe, J. & Roe, R.");
		source.put("year", 2015);
		source.put("title", "A Method for Tests");
		source.put("venue", "Journal of Tests");
		source.put("url", url);
	}

	/**
	 * Returns the record as a file named after its id.
	 */
	public static CatalogLoader.RecordFile file(ObjectNode record) {
		return file(record.get("id").stringValue() + ".json", record);
	}

	/**
	 * Returns the record as a file with the given name.
	 */
	public static CatalogLoader.RecordFile file(String name, ObjectNode record) {
		return new CatalogLoader.RecordFile(name, MAPPER.writeValueAsString(record));
	}

	/**
	 * Loads the records, each from a file named after its id, with the bundled
	 * vocabulary.
	 * @throws CatalogValidationException when a record is invalid
	 */
	public static Catalog load(ObjectNode... records) {
		List<CatalogLoader.RecordFile> files = Arrays.stream(records).map(RecordJson::file).toList();
		return new CatalogLoader().load(files, CatalogLoader.bundledVocabulary());
	}

}
