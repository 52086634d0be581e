package org.scholargate.assistant.llm;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the deadlines of a model stream on virtual time.
 */
class StreamDeadlinesTests {

	private final StreamDeadlines deadlines = new StreamDeadlines(Duration.ofSeconds(10), Duration.ofSeconds(5),
			Duration.ofSeconds(60));

	@Test
	void silentStreamMissesFirstToken() {
		StepVerifier.withVirtualTime(() -> this.deadlines.apply(Flux.never()))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(9_999))
			.thenAwait(Duration.ofMillis(1))
			.expectErrorSatisfies((ex) -> assertCause(ex, FailureCause.FIRST_TOKEN_TIMEOUT))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void pauseAfterTokensIsIdleTimeout() {
		StepVerifier
			.withVirtualTime(
					() -> this.deadlines.apply(Flux.interval(Duration.ofSeconds(1)).take(3).concatWith(Flux.never())))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(3))
			.expectNext(0L, 1L, 2L)
			.expectNoEvent(Duration.ofMillis(4_999))
			.thenAwait(Duration.ofMillis(1))
			.expectErrorSatisfies((ex) -> assertCause(ex, FailureCause.IDLE_TIMEOUT))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void steadyTokensPassIdleChecks() {
		StepVerifier.withVirtualTime(() -> this.deadlines.apply(Flux.interval(Duration.ofSeconds(4)).take(12)))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(48))
			.expectNextCount(12)
			.verifyComplete();
	}

	@Test
	void longStreamHitsMaxDuration() {
		StepVerifier.withVirtualTime(() -> this.deadlines.apply(Flux.interval(Duration.ofSeconds(1))))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(59))
			.expectNextCount(59)
			.thenAwait(Duration.ofSeconds(1))
			.thenConsumeWhile((tick) -> true)
			.expectErrorSatisfies((ex) -> assertCause(ex, FailureCause.MAX_DURATION))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void timeoutCancelsUpstream() {
		AtomicInteger cancelled = new AtomicInteger();
		StepVerifier.withVirtualTime(() -> this.deadlines.apply(Flux.never().doOnCancel(cancelled::incrementAndGet)))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(10))
			.expectError(ModelStreamException.class)
			.verify(Duration.ofSeconds(5));
		assertThat(cancelled).hasValue(1);
	}

	@Test
	void completionEndsWithoutTimeout() {
		StepVerifier.withVirtualTime(() -> this.deadlines.apply(Flux.just("a", "b")))
			.expectNext("a", "b")
			.verifyComplete();
	}

	private static void assertCause(Throwable failure, FailureCause cause) {
		assertThat(failure).isInstanceOf(ModelStreamException.class);
		assertThat(FailureCause.of(failure)).isEqualTo(cause);
	}

}
