package org.scholargate.assistant.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requires API keys when {@code assistant.security.api-keys} lists any; otherwise API
 * requests need none.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiKeyProperties.class)
class ApiKeyConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ApiKeyConfiguration.class);

	@Bean
	ApiKeyWebFilter apiKeyWebFilter(ApiKeyProperties properties, JsonMapper mapper) {
		ApiKeys keys = ApiKeys.of(properties.getApiKeys());
		if (!keys.isEmpty()) {
			logger.info("API requests need one of {} API keys", keys.size());
		}
		return new ApiKeyWebFilter(keys, mapper);
	}

}
