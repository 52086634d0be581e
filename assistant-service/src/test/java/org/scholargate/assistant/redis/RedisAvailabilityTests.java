package org.scholargate.assistant.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class RedisAvailabilityTests {

	private final AtomicLong nanos = new AtomicLong(5_000_000_000L);

	private final AtomicInteger calls = new AtomicInteger();

	private final RedisAvailability availability = new RedisAvailability(Duration.ofSeconds(1), this.nanos::get);

	private Mono<String> succeeding() {
		return Mono.fromSupplier(() -> "call " + this.calls.incrementAndGet());
	}

	private Mono<String> failing() {
		return Mono.defer(() -> {
			this.calls.incrementAndGet();
			return Mono.error(new IllegalStateException("Redis timed out"));
		});
	}

	@Test
	void successfulCallsAreNeverPaused() {
		StepVerifier.create(this.availability.call(this::succeeding)).expectNext("call 1").verifyComplete();
		StepVerifier.create(this.availability.call(this::succeeding)).expectNext("call 2").verifyComplete();
		assertThat(this.availability.isPaused()).isFalse();
	}

	@Test
	void failurePausesLaterCallsWithoutReachingRedis() {
		StepVerifier.create(this.availability.call(this::failing)).expectError(IllegalStateException.class).verify();
		StepVerifier.create(this.availability.call(this::succeeding))
			.expectError(RedisUnavailableException.class)
			.verify();
		StepVerifier.create(this.availability.callMany(() -> Flux.just("a")))
			.expectError(RedisUnavailableException.class)
			.verify();
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void firstCallAfterPauseTriesRedisAgain() {
		StepVerifier.create(this.availability.call(this::failing)).expectError().verify();
		this.nanos.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(this.availability.isPaused()).isTrue();
		this.nanos.addAndGet(Duration.ofMillis(1).toNanos());
		StepVerifier.create(this.availability.call(this::succeeding)).expectNext("call 2").verifyComplete();
	}

	@Test
	void skippedCallHasNoStackTrace() {
		StepVerifier.create(this.availability.call(this::failing)).expectError().verify();
		StepVerifier.create(this.availability.call(this::succeeding))
			.expectErrorSatisfies((ex) -> assertThat(ex.getStackTrace()).isEmpty())
			.verify();
	}

}
