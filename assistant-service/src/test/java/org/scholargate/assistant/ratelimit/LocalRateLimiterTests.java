package org.scholargate.assistant.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRateLimiterTests {

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private LocalRateLimiter limiter(int perMinute, int maxClients) {
		return new LocalRateLimiter(perMinute, maxClients, this.nanos::get);
	}

	@Test
	void admitsBurstOfLimitThenRejects() {
		LocalRateLimiter limiter = limiter(10, 100);
		for (int i = 0; i < 10; i++) {
			assertThat(limiter.tryAcquire("a").allowed()).as("request %d", i + 1).isTrue();
		}
		RateLimitDecision rejected = limiter.tryAcquire("a");
		assertThat(rejected.allowed()).isFalse();
		assertThat(rejected.retryAfter()).isEqualTo(Duration.ofSeconds(6));
	}

	@Test
	void clientsHaveSeparateBuckets() {
		LocalRateLimiter limiter = limiter(1, 100);
		assertThat(limiter.tryAcquire("a").allowed()).isTrue();
		assertThat(limiter.tryAcquire("a").allowed()).isFalse();
		assertThat(limiter.tryAcquire("b").allowed()).isTrue();
	}

	@Test
	void bucketRefillsAtConfiguredRate() {
		LocalRateLimiter limiter = limiter(60, 100);
		for (int i = 0; i < 60; i++) {
			limiter.tryAcquire("a");
		}
		assertThat(limiter.tryAcquire("a").allowed()).isFalse();
		this.nanos.addAndGet(Duration.ofMillis(999).toNanos());
		RateLimitDecision almost = limiter.tryAcquire("a");
		assertThat(almost.allowed()).isFalse();
		assertThat(almost.retryAfter()).isPositive().isLessThan(Duration.ofMillis(2));
		this.nanos.addAndGet(Duration.ofMillis(1).toNanos());
		assertThat(limiter.tryAcquire("a").allowed()).isTrue();
		assertThat(limiter.tryAcquire("a").allowed()).isFalse();
	}

	@Test
	void bucketNeverHoldsMoreThanLimit() {
		LocalRateLimiter limiter = limiter(5, 100);
		limiter.tryAcquire("a");
		this.nanos.addAndGet(Duration.ofHours(1).toNanos());
		int admitted = 0;
		for (int i = 0; i < 20; i++) {
			admitted += limiter.tryAcquire("a").allowed() ? 1 : 0;
		}
		assertThat(admitted).isEqualTo(5);
	}

	@Test
	void clientCountIsBounded() {
		LocalRateLimiter limiter = limiter(5, 100);
		for (int i = 0; i < 10_000; i++) {
			limiter.tryAcquire("client-" + i);
		}
		assertThat(limiter.clientCount()).isLessThanOrEqualTo(100);
	}

}
