package org.scholargate.assistant.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Catalog settings.
 */
@ConfigurationProperties("assistant.catalog")
public class CatalogProperties {

	/**
	 * Folder of record files to load instead of the bundled catalog; its parent folder
	 * may hold a {@code vocabulary.tsv}. Unset: the bundled catalog.
	 */
	private Path path;

	public Path getPath() {
		return this.path;
	}

	public void setPath(Path path) {
		this.path = path;
	}

}
