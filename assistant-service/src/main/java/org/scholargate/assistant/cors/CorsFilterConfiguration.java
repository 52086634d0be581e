package org.scholargate.assistant.cors;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Adds a CORS filter for the API paths when {@code assistant.cors.allowed-origins} names
 * at least one origin. Invalid settings stop start-up with a message naming the value.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
class CorsFilterConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CorsFilterConfiguration.class);

	private static final List<String> API_PATHS = List.of("/api/**", "/v1/**");

	/**
	 * Creates the filter. It runs before the API key check and the rate limit, so that it
	 * handles preflight requests, which carry no key, and so that 401 and 429 responses
	 * carry the CORS headers a browser needs to read them.
	 */
	@Bean
	@Conditional(OriginsConfigured.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	CorsWebFilter corsWebFilter(CorsProperties properties) {
		CorsConfiguration configuration = toConfiguration(properties);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		API_PATHS.forEach((path) -> source.registerCorsConfiguration(path, configuration));
		logger.info("Cross-origin access to {} is allowed for origins {}", API_PATHS, properties.getAllowedOrigins());
		return new CorsWebFilter(source);
	}

	/**
	 * Returns the CORS configuration of the settings.
	 * @throws IllegalStateException when an origin is not a valid origin or pattern, or
	 * the origin {@code *} is combined with credentials
	 */
	static CorsConfiguration toConfiguration(CorsProperties properties) {
		properties.getAllowedOrigins().forEach(CorsFilterConfiguration::checkOrigin);
		if (properties.isAllowCredentials() && properties.getAllowedOrigins().contains("*")) {
			throw new IllegalStateException("assistant.cors.allowed-origins contains '*' while "
					+ "assistant.cors.allow-credentials is true; list the origins or turn credentials off");
		}
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(properties.getAllowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "POST"));
		configuration.setAllowedHeaders(properties.getAllowedHeaders());
		configuration.setExposedHeaders(properties.getExposedHeaders());
		configuration.setAllowCredentials(properties.isAllowCredentials());
		configuration.setMaxAge(properties.getMaxAge());
		return configuration;
	}

	private static void checkOrigin(String origin) {
		if ("*".equals(origin)) {
			return;
		}
		try {
			URI uri = new URI(origin.replace("*", "wildcard"));
			boolean valid = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null;
			if (valid) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new IllegalStateException("assistant.cors.allowed-origins contains '" + origin
				+ "', which is not an origin; write scheme and host with an optional port and no path, "
				+ "such as 'https://catalog.example.org' or 'https://*.example.org'");
	}

	/**
	 * Matches when {@code assistant.cors.allowed-origins} binds to a non-empty list,
	 * whether it is written as a comma-separated value or as an indexed list.
	 */
	static final class OriginsConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Binder.get(context.getEnvironment())
				.bind("assistant.cors.allowed-origins", Bindable.listOf(String.class))
				.map((origins) -> !origins.isEmpty())
				.orElse(false);
		}

	}

}
