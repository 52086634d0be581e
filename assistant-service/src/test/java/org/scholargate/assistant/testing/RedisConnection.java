package org.scholargate.assistant.testing;

import java.net.URI;
import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import org.scholargate.assistant.redis.RedisAvailability;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * A reactive Redis template for tests that use a store class directly, with the client
 * options the service uses: commands rejected while disconnected and a command timeout.
 * The timeout is longer than the service's default, so that a busy test machine does not
 * fail tests that are not about timeouts.
 */
public final class RedisConnection implements AutoCloseable {

	private final LettuceConnectionFactory factory;

	private final ReactiveStringRedisTemplate template;

	private RedisConnection(LettuceConnectionFactory factory) {
		this.factory = factory;
		this.template = new ReactiveStringRedisTemplate(factory);
	}

	/**
	 * Connects lazily to {@code redis://host:port}; nothing is sent until the first
	 * command.
	 */
	public static RedisConnection to(String url) {
		URI uri = URI.create(url);
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofSeconds(5))
			.clientOptions(ClientOptions.builder()
				.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
				.timeoutOptions(TimeoutOptions.enabled())
				.publishOnScheduler(true)
				.build())
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()), client);
		factory.afterPropertiesSet();
		factory.start();
		return new RedisConnection(factory);
	}

	public ReactiveStringRedisTemplate template() {
		return this.template;
	}

	/**
	 * Returns a guard that never pauses, so that one test's failure does not skip the
	 * next test's calls.
	 */
	public RedisAvailability availability() {
		return new RedisAvailability(Duration.ZERO, System::nanoTime);
	}

	@Override
	public void close() {
		this.factory.destroy();
	}

}
