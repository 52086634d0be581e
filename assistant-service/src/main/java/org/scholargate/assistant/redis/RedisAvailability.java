package org.scholargate.assistant.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Guards every Redis call of the assistant. After a call fails, for example because Redis
 * stopped or froze and the command timed out, every call in the next
 * {@code assistant.redis.pause-after-failure} fails at once without reaching Redis, so a
 * request waits for at most one command timeout instead of one per Redis call. The first
 * call after the pause tries Redis again.
 * <p>
 * NOTE: every call that starts after a pause and before the next failure reaches Redis,
 * so while Redis hangs, a burst of concurrent requests can each wait one command timeout
 * once per pause.
 */
public final class RedisAvailability {

	private static final long NEVER = Long.MIN_VALUE;

	private final long pauseNanos;

	private final LongSupplier nanoTime;

	private final AtomicLong lastFailure = new AtomicLong(NEVER);

	public RedisAvailability(Duration pauseAfterFailure, LongSupplier nanoTime) {
		this.pauseNanos = pauseAfterFailure.toNanos();
		this.nanoTime = nanoTime;
	}

	/**
	 * Runs a Redis call unless Redis failed within the pause.
	 * @return a {@code Mono} that emits what the call emits, or fails with
	 * {@link RedisUnavailableException} without subscribing to the call during the pause.
	 * The call is subscribed on the bounded elastic scheduler, because opening the first
	 * connection to Redis blocks. Any error the call ends with starts a new pause.
	 */
	public <T> Mono<T> call(Supplier<Mono<T>> call) {
		return Mono.defer(() -> isPaused() ? Mono.error(new RedisUnavailableException(this.pauseNanos))
				: call.get().doOnError(this::recordFailure).subscribeOn(Schedulers.boundedElastic()));
	}

	/**
	 * Runs a Redis call that emits several values; see {@link #call(Supplier)}.
	 */
	public <T> Flux<T> callMany(Supplier<Flux<T>> call) {
		return Flux.defer(() -> isPaused() ? Flux.error(new RedisUnavailableException(this.pauseNanos))
				: call.get().doOnError(this::recordFailure).subscribeOn(Schedulers.boundedElastic()));
	}

	boolean isPaused() {
		long failure = this.lastFailure.get();
		return failure != NEVER && this.nanoTime.getAsLong() - failure < this.pauseNanos;
	}

	private void recordFailure(Throwable ex) {
		this.lastFailure.set(this.nanoTime.getAsLong());
	}

}
