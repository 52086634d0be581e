package org.scholargate.assistant.llm;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Ends a model stream that misses one of its deadlines: the first output within the
 * first-token timeout, each later output within the idle timeout of the one before, and
 * the whole stream within the maximum duration.
 * <p>
 * One timer watches a stream at a time. An output only records when it arrived, and the
 * timer, when it fires early, waits again for the time still left. So a stream of many
 * small deltas schedules about one timer per idle timeout instead of one per delta.
 */
final class StreamDeadlines {

	private final Duration firstTokenTimeout;

	private final Duration idleTimeout;

	private final Duration maxDuration;

	/**
	 * Creates the deadlines.
	 * @param firstTokenTimeout the longest wait for the first output
	 * @param idleTimeout the longest wait between two outputs
	 * @param maxDuration the longest a stream may last from its subscription
	 */
	StreamDeadlines(Duration firstTokenTimeout, Duration idleTimeout, Duration maxDuration) {
		this.firstTokenTimeout = firstTokenTimeout;
		this.idleTimeout = idleTimeout;
		this.maxDuration = maxDuration;
	}

	/**
	 * Applies the deadlines to a stream.
	 * @return a cold {@code Flux} with the outputs of {@code outputs}. When a deadline
	 * passes, it cancels {@code outputs} and fails with a {@link ModelStreamException} of
	 * cause {@link FailureCause#FIRST_TOKEN_TIMEOUT}, {@link FailureCause#IDLE_TIMEOUT}
	 * or {@link FailureCause#MAX_DURATION}. The clock starts at subscription. Timeouts
	 * are signalled on the timer's thread.
	 */
	<T> Flux<T> apply(Flux<T> outputs) {
		return Flux.defer(() -> {
			Watch watch = new Watch(now());
			return outputs.doOnNext((output) -> watch.lastOutput.set(now()))
				.takeUntilOther(watch.expiry())
				.concatWith(Mono.defer(watch::failure));
		});
	}

	/**
	 * Returns the time of the parallel scheduler, which also runs the timers, so that
	 * tests on virtual time control both.
	 */
	private static long now() {
		return Schedulers.parallel().now(TimeUnit.NANOSECONDS);
	}

	/**
	 * The timing state of one subscription.
	 */
	private final class Watch {

		private final long start;

		private final long deadline;

		private final AtomicLong lastOutput = new AtomicLong(Long.MIN_VALUE);

		private final AtomicReference<ModelStreamException> expired = new AtomicReference<>();

		Watch(long start) {
			this.start = start;
			this.deadline = start + StreamDeadlines.this.maxDuration.toNanos();
		}

		/**
		 * Returns a {@code Mono} that emits once a deadline has passed: it checks the
		 * deadlines, and while none has passed, waits until the nearest one and checks
		 * again.
		 */
		Mono<Long> expiry() {
			return Mono.defer(this::check).repeatWhenEmpty((checks) -> checks);
		}

		private Mono<Long> check() {
			long now = now();
			long last = this.lastOutput.get();
			long limit = (last == Long.MIN_VALUE) ? this.start + StreamDeadlines.this.firstTokenTimeout.toNanos()
					: last + StreamDeadlines.this.idleTimeout.toNanos();
			if (now >= this.deadline) {
				this.expired.set(new ModelStreamException(FailureCause.MAX_DURATION,
						"The model call timed out after its maximum duration"));
				return Mono.just(now);
			}
			if (now >= limit) {
				this.expired.set((last == Long.MIN_VALUE)
						? new ModelStreamException(FailureCause.FIRST_TOKEN_TIMEOUT,
								"The model call timed out before the first token")
						: new ModelStreamException(FailureCause.IDLE_TIMEOUT,
								"The model call timed out waiting for the next token"));
				return Mono.just(now);
			}
			// Before the first output, check again at least once per idle timeout, so
			// that
			// the idle deadline of an output that arrives meanwhile is not missed while
			// the
			// timer waits for a longer first-token deadline.
			long next = Math.min(limit, this.deadline);
			if (last == Long.MIN_VALUE) {
				next = Math.min(next, now + StreamDeadlines.this.idleTimeout.toNanos());
			}
			return Mono.delay(Duration.ofNanos(next - now)).then(Mono.empty());
		}

		private <T> Mono<T> failure() {
			ModelStreamException failure = this.expired.get();
			return (failure != null) ? Mono.error(failure) : Mono.empty();
		}

	}

}
