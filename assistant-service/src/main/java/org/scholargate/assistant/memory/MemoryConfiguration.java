package org.scholargate.assistant.memory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the conversation store chosen by {@code assistant.memory.store}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MemoryProperties.class)
class MemoryConfiguration {

	@Bean
	ConversationStore conversationStore(MemoryProperties properties) {
		if (properties.getStore() != MemoryProperties.Store.IN_MEMORY) {
			throw new IllegalStateException("assistant.memory.store=" + properties.getStore()
					+ " is not available in this build; use 'in-memory'");
		}
		return new InMemoryConversationStore(properties);
	}

}
