package org.scholargate.assistant.catalog;

import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Loads and indexes the catalog at start-up; an invalid catalog stops start-up with every
 * problem listed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CatalogConfiguration.class);

	@Bean
	Catalog catalog(CatalogProperties properties) {
		CatalogLoader loader = new CatalogLoader();
		Catalog catalog = (properties.getPath() != null) ? loader.loadDirectory(properties.getPath())
				: loader.loadBundled();
		logger.info("Loaded catalog version '{}' with {} records ({} published) from {}", catalog.version(),
				catalog.size(), catalog.publishedRecords().size(),
				(properties.getPath() != null) ? "'" + properties.getPath() + "'" : "the bundled records");
		return catalog;
	}

	@Bean
	CatalogIndex catalogIndex(Catalog catalog) {
		return CatalogIndex.build(catalog);
	}

	@Bean
	EntityLinker entityLinker(CatalogIndex index) {
		return new EntityLinker(index);
	}

	@Bean
	CatalogHealthIndicator catalogHealthIndicator(Catalog catalog) {
		return new CatalogHealthIndicator(catalog);
	}

	@Bean
	RouterFunction<ServerResponse> methodRoutes(CatalogIndex index) {
		MethodsHandler handler = new MethodsHandler(index);
		return RouterFunctions.route()
			.GET("/api/methods", handler::list)
			.GET("/api/methods/{id}", handler::get)
			.route(RequestPredicates.path("/api/methods").or(RequestPredicates.path("/api/methods/{id}")),
					handler::methodNotAllowed)
			.build();
	}

}
