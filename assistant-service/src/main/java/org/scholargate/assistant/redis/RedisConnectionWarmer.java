package org.scholargate.assistant.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Opens the shared Redis connection once the application is ready, off the request
 * threads, and logs whether Redis is reachable. Start-up never waits for Redis and never
 * fails because of it: until Redis responds, every feature that uses it falls back.
 */
final class RedisConnectionWarmer implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(RedisConnectionWarmer.class);

	private final ReactiveStringRedisTemplate template;

	RedisConnectionWarmer(ReactiveStringRedisTemplate template) {
		this.template = template;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		this.template.execute((connection) -> connection.ping())
			.next()
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe((pong) -> logger.info("Connected to Redis"), (ex) -> logger
				.warn("Redis is not reachable at start-up; conversations, the answer cache and rate limits fall back "
						+ "until it is: {}", ex.toString()));
	}

}
