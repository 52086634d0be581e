package org.scholargate.assistant.redis;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.Delay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Tunes the Lettuce client for a Redis that may go away: commands fail at once while the
 * connection is down instead of being buffered, every command times out after
 * {@code spring.data.redis.timeout}, results are emitted off Lettuce's I/O threads, and
 * reconnect attempts are at most {@code assistant.redis.max-reconnect-delay} apart.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisClientProperties.class)
class RedisClientConfiguration {

	private static final Duration MIN_RECONNECT_DELAY = Duration.ofMillis(10);

	@Bean
	LettuceClientOptionsBuilderCustomizer failFastClientOptions() {
		return (builder) -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.timeoutOptions(TimeoutOptions.enabled())
			.publishOnScheduler(true);
	}

	@Bean
	ClientResourcesBuilderCustomizer boundedReconnectDelay(RedisClientProperties properties) {
		Duration max = properties.getMaxReconnectDelay();
		if (max.compareTo(MIN_RECONNECT_DELAY) < 0) {
			throw new IllegalArgumentException("assistant.redis.max-reconnect-delay must be at least "
					+ MIN_RECONNECT_DELAY.toMillis() + "ms, got '" + max + "'");
		}
		return (builder) -> builder
			.reconnectDelay(() -> Delay.exponential(MIN_RECONNECT_DELAY, max, 2, TimeUnit.MILLISECONDS));
	}

	@Bean
	RedisAvailability redisAvailability(RedisClientProperties properties) {
		if (properties.getPauseAfterFailure().isNegative()) {
			throw new IllegalArgumentException("assistant.redis.pause-after-failure must not be negative, got '"
					+ properties.getPauseAfterFailure() + "'");
		}
		return new RedisAvailability(properties.getPauseAfterFailure(), System::nanoTime);
	}

	@Bean
	@ConditionalOnProperty(name = "assistant.memory.store", havingValue = "redis")
	RedisConnectionWarmer redisConnectionWarmer(ObjectProvider<ReactiveStringRedisTemplate> template) {
		return new RedisConnectionWarmer(template.getObject());
	}

}
