package org.scholargate.assistant.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * A token bucket per client in this process: a bucket holds up to
 * {@code requestsPerMinute} tokens, refills at that rate, and each request takes one.
 * Buckets are bounded in number; a bucket unused for a minute is full again, so dropping
 * it then loses nothing.
 */
final class LocalRateLimiter implements RateLimiter {

	private static final Duration FULL_REFILL = Duration.ofMinutes(1);

	private final Cache<String, Bucket> buckets;

	private final double capacity;

	private final double nanosPerToken;

	private final LongSupplier nanoTime;

	LocalRateLimiter(int requestsPerMinute, int maxClients, LongSupplier nanoTime) {
		this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(FULL_REFILL).build();
		this.capacity = requestsPerMinute;
		this.nanosPerToken = (double) FULL_REFILL.toNanos() / requestsPerMinute;
		this.nanoTime = nanoTime;
	}

	/**
	 * Takes a token on the subscribing thread, without blocking.
	 */
	@Override
	public Mono<RateLimitDecision> acquire(String clientId) {
		return Mono.fromSupplier(() -> tryAcquire(clientId));
	}

	RateLimitDecision tryAcquire(String clientId) {
		RateLimitDecision[] decision = new RateLimitDecision[1];
		this.buckets.asMap().compute(clientId, (key, bucket) -> {
			Bucket current = (bucket != null) ? bucket : new Bucket(this.capacity, this.nanoTime.getAsLong());
			decision[0] = current.take(this.nanoTime.getAsLong());
			return current;
		});
		return decision[0];
	}

	long clientCount() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	/**
	 * One client's tokens; only changed inside the cache's compute, one caller at a time.
	 */
	private final class Bucket {

		private double tokens;

		private long updated;

		Bucket(double tokens, long updated) {
			this.tokens = tokens;
			this.updated = updated;
		}

		RateLimitDecision take(long now) {
			if (now > this.updated) {
				this.tokens = Math.min(LocalRateLimiter.this.capacity,
						this.tokens + (now - this.updated) / LocalRateLimiter.this.nanosPerToken);
				this.updated = now;
			}
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return RateLimitDecision.ALLOWED;
			}
			long wait = (long) Math.ceil((1 - this.tokens) * LocalRateLimiter.this.nanosPerToken);
			return RateLimitDecision.rejected(Duration.ofNanos(wait));
		}

	}

}
