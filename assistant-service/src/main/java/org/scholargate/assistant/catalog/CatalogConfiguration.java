package org.scholargate.assistant.catalog;

import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Loads and indexes the catalog at start-up, taking both from a {@link CatalogPreload}
 * when the application registered one; an invalid catalog stops start-up with every
 * problem listed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CatalogConfiguration.class);

	@Bean
	Catalog catalog(CatalogProperties properties, ObjectProvider<CatalogPreload> preload) {
		long start = System.nanoTime();
		CatalogPreload started = preload.getIfAvailable();
		Catalog catalog = (started != null && started.loads(properties.getPath())) ? started.catalog()
				: CatalogPreload.load(properties.getPath());
		logger.info("Loaded catalog version '{}' with {} records ({} published) from {}; start-up waited {} ms for it",
				catalog.version(), catalog.size(), catalog.publishedRecords().size(),
				(properties.getPath() != null) ? "'" + properties.getPath() + "'" : "the bundled records",
				(System.nanoTime() - start) / 1_000_000);
		return catalog;
	}

	@Bean
	CatalogIndex catalogIndex(Catalog catalog, CatalogProperties properties, ObjectProvider<CatalogPreload> preload) {
		CatalogPreload started = preload.getIfAvailable();
		return (started != null && started.loads(properties.getPath())) ? started.index() : CatalogIndex.build(catalog);
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
