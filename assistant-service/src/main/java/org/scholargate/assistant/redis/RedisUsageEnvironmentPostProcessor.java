package org.scholargate.assistant.redis;

import java.util.Map;

import org.scholargate.assistant.memory.MemoryProperties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns off Boot's Redis health indicator unless {@code assistant.memory.store=redis}, so
 * that the embedded default reports no Redis component it never uses. An explicit
 * {@code management.health.redis.enabled} still wins, because this default is added with
 * the lowest precedence.
 */
class RedisUsageEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "assistantRedisDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		MemoryProperties.Store store = Binder.get(environment)
			.bind("assistant.memory.store", MemoryProperties.Store.class)
			.orElse(MemoryProperties.Store.IN_MEMORY);
		if (store != MemoryProperties.Store.REDIS) {
			environment.getPropertySources()
				.addLast(new MapPropertySource(SOURCE_NAME, Map.of("management.health.redis.enabled", "false")));
		}
	}

}
