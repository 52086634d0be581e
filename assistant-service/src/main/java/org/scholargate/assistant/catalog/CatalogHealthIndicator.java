package org.scholargate.assistant.catalog;

import org.scholargate.catalog.Catalog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the loaded catalog: its version and how many records it holds.
 */
class CatalogHealthIndicator implements HealthIndicator {

	private final Catalog catalog;

	CatalogHealthIndicator(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Health health() {
		return Health.up()
			.withDetail("version", this.catalog.version())
			.withDetail("records", this.catalog.size())
			.withDetail("published", this.catalog.publishedRecords().size())
			.build();
	}

}
