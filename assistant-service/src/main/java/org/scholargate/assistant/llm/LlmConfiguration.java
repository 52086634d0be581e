package org.scholargate.assistant.llm;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.scholargate.catalog.Catalog;
import org.scholargate.prompts.AnswerTemplates;
import org.scholargate.prompts.ModelPrompts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.resources.LoopResources;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * Wires the language model by hand when {@code assistant.llm.provider} names one; without
 * it no bean of this package but the settings exists, and no HTTP client is created.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnModelConfigured.class)
	static class ModelConfiguration {

		private static final Logger logger = LoggerFactory.getLogger(LlmConfiguration.class);

		@Bean
		ModelConnections modelConnections(LlmProperties properties) {
			LlmSettings.validate(properties);
			return new ModelConnections(properties);
		}

		@Bean
		ModelProse modelProse(LlmProperties properties, ModelConnections connections,
				ObjectProvider<ReactorResourceFactory> resources, ObjectProvider<MeterRegistry> registry,
				Catalog catalog, AnswerTemplates templates) {
			ReactorResourceFactory factory = resources.getIfAvailable();
			LoopResources loops = (factory != null) ? factory.getLoopResources() : null;
			ModelProse prose = create(properties, connections, loops, registry.getIfAvailable(SimpleMeterRegistry::new),
					catalog, templates);
			logger.info("Answers are written by model '{}' of provider {} at {} with prompts {}", properties.getModel(),
					properties.getProvider(), LlmSettings.describe(properties.getBaseUrl()),
					ModelPrompts.CURRENT_VERSION);
			return prose;
		}

	}

	/**
	 * Creates the model and everything that fences it.
	 * @param loops the event loops of the HTTP client, or {@code null} for Reactor
	 * Netty's global ones
	 */
	static ModelProse create(LlmProperties properties, ModelConnections connections, LoopResources loops,
			MeterRegistry registry, Catalog catalog, AnswerTemplates templates) {
		ReactorNettyHttpClientBuilder http = new ReactorNettyHttpClientBuilder(connections.provider(), loops)
			.connectTimeout(properties.getConnectTimeout());
		LlmMetrics metrics = new LlmMetrics(registry, properties.getProvider().name().toLowerCase(Locale.ROOT));
		ModelGuard guard = new ModelGuard(new ChatModelBridge(ChatModels.create(properties, http)), properties,
				metrics);
		return new ModelProse(guard, new ModelRequests(catalog, ModelPrompts.load(), templates), metrics);
	}

}
