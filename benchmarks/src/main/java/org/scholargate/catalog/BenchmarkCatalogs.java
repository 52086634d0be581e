package org.scholargate.catalog;

import java.util.List;

/**
 * Builds a catalog from records made in memory, for benchmarks at sizes the bundled
 * catalog does not reach. The records skip file validation, so callers make them valid.
 */
public final class BenchmarkCatalogs {

	private BenchmarkCatalogs() {
	}

	/**
	 * Returns a catalog of these records with the bundled vocabulary.
	 */
	public static Catalog of(List<MethodRecord> records, String version) {
		return new Catalog(records, CatalogLoader.bundledVocabulary(), version);
	}

}
