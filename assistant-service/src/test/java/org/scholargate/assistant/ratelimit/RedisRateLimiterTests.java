package org.scholargate.assistant.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.scholargate.assistant.testing.RedisConnection;
import org.scholargate.assistant.testing.RedisServer;
import org.scholargate.assistant.testing.TestRedis;

import static org.assertj.core.api.Assertions.assertThat;

class RedisRateLimiterTests {

	private static RedisConnection redis;

	private static String prefix;

	@BeforeAll
	static void connect() {
		TestRedis.assumeAvailable();
		redis = RedisConnection.to(TestRedis.sharedUrl());
		prefix = "test-" + UUID.randomUUID() + ":";
	}

	@AfterAll
	static void disconnect() {
		if (redis != null) {
			redis.close();
		}
	}

	private static RedisRateLimiter limiter(RedisConnection connection, int perMinute) {
		return new RedisRateLimiter(connection.template(), connection.availability(), prefix, perMinute,
				new LocalRateLimiter(perMinute, 1000, System::nanoTime));
	}

	@Test
	void limitIsSharedByTwoReplicas() {
		RedisRateLimiter first = limiter(redis, 10);
		RedisRateLimiter second = limiter(redis, 10);
		List<RateLimitDecision> decisions = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			decisions.add(((i % 2 == 0) ? first : second).acquire("ip:192.0.2.1").block());
		}
		assertThat(decisions.stream().filter(RateLimitDecision::allowed)).hasSize(10);
		assertThat(decisions.subList(0, 10)).allMatch(RateLimitDecision::allowed);
		assertThat(decisions.subList(10, 20)).noneMatch(RateLimitDecision::allowed);
	}

	@Test
	void rejectionSaysWhenToRetry() {
		RedisRateLimiter limiter = limiter(redis, 10);
		for (int i = 0; i < 10; i++) {
			limiter.acquire("ip:192.0.2.2").block();
		}
		RateLimitDecision rejected = limiter.acquire("ip:192.0.2.2").block();
		assertThat(rejected.allowed()).isFalse();
		assertThat(rejected.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(6));
	}

	@Test
	void bucketExpiresInRedis() {
		limiter(redis, 10).acquire("ip:192.0.2.3").block();
		Duration ttl = redis.template().getExpire(prefix + "rate:ip:192.0.2.3").block();
		assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(61));
	}

	@Test
	void unreachableRedisFallsBackToLocalLimit() {
		try (RedisConnection nowhere = RedisConnection.to("redis://127.0.0.1:" + RedisServer.freePort())) {
			RedisRateLimiter limiter = limiter(nowhere, 5);
			int admitted = 0;
			for (int i = 0; i < 20; i++) {
				admitted += limiter.acquire("ip:192.0.2.4").block(Duration.ofSeconds(5)).allowed() ? 1 : 0;
			}
			assertThat(admitted).isEqualTo(5);
		}
	}

	@Test
	void fallbackRemembersWhatRedisAdmitted() {
		LocalRateLimiter local = new LocalRateLimiter(5, 1000, System::nanoTime);
		RedisRateLimiter shared = new RedisRateLimiter(redis.template(), redis.availability(), prefix, 5, local);
		for (int i = 0; i < 5; i++) {
			assertThat(shared.acquire("ip:192.0.2.5").block().allowed()).isTrue();
		}
		try (RedisConnection nowhere = RedisConnection.to("redis://127.0.0.1:" + RedisServer.freePort())) {
			RedisRateLimiter down = new RedisRateLimiter(nowhere.template(), nowhere.availability(), prefix, 5, local);
			assertThat(down.acquire("ip:192.0.2.5").block(Duration.ofSeconds(5)).allowed()).isFalse();
		}
	}

}
