package org.scholargate.assistant;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.scholargate.assistant.chat.ChatProperties;
import org.scholargate.assistant.memory.MemoryProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsBindingTests {

	private static final Binder EMPTY = new Binder(new MapConfigurationPropertySource());

	@Test
	void chatDefaultsBind() {
		ChatProperties chat = EMPTY.bindOrCreate("assistant.chat", ChatProperties.class);
		assertThat(chat.getMaxMessageLength()).isEqualTo(4000);
		assertThat(chat.getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
		assertThat(chat.getMaxSearchResults()).isEqualTo(25);
	}

	@Test
	void memoryDefaultsBind() {
		MemoryProperties memory = EMPTY.bindOrCreate("assistant.memory", MemoryProperties.class);
		assertThat(memory.getStore()).isEqualTo(MemoryProperties.Store.IN_MEMORY);
		assertThat(memory.getTtl()).isEqualTo(Duration.ofHours(24));
		assertThat(memory.getMaxTurns()).isEqualTo(50);
		assertThat(memory.getMaxBytes()).isEqualTo(DataSize.ofKilobytes(64));
		assertThat(memory.getMaxConversations()).isEqualTo(10_000);
	}

	@Test
	void assistantDefaultsBind() {
		AssistantProperties assistant = EMPTY.bindOrCreate("assistant", AssistantProperties.class);
		assertThat(assistant.getPublicBaseUrl()).isEqualTo(URI.create("http://localhost:8080"));
	}

	@Test
	void settingsBindFromEnvironmentStyleValues() {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource();
		source.put("assistant.memory.store", "redis");
		source.put("assistant.memory.ttl", "30m");
		source.put("assistant.chat.max-body-size", "1MB");
		Binder binder = new Binder(source);
		assertThat(binder.bindOrCreate("assistant.memory", MemoryProperties.class).getStore())
			.isEqualTo(MemoryProperties.Store.REDIS);
		assertThat(binder.bindOrCreate("assistant.memory", MemoryProperties.class).getTtl())
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(binder.bindOrCreate("assistant.chat", ChatProperties.class).getMaxBodySize())
			.isEqualTo(DataSize.ofMegabytes(1));
	}

}
