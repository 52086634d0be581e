package org.scholargate.assistant.llm;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * Fences model calls with Resilience4j, per subscription: a bulkhead on concurrent
 * streams that rejects at once, retries only of attempts that emitted nothing, a circuit
 * breaker tuned for streams, and first-token, idle and total timeouts on each attempt.
 */
final class ModelGuard {

	private static final Logger logger = LoggerFactory.getLogger(ModelGuard.class);

	private final ChatModelBridge bridge;

	private final LlmProperties properties;

	private final LlmMetrics metrics;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final Bulkhead bulkhead;

	private final StreamDeadlines deadlines;

	ModelGuard(ChatModelBridge bridge, LlmProperties properties, LlmMetrics metrics) {
		this.bridge = bridge;
		this.properties = properties;
		this.metrics = metrics;
		this.deadlines = new StreamDeadlines(properties.getFirstTokenTimeout(), properties.getIdleTimeout(),
				properties.getMaxDuration());
		this.circuitBreaker = CircuitBreaker.of("llm", circuitBreakerConfig(properties.getCircuitBreaker()));
		this.retry = Retry.of("llm", retryConfig(properties.getRetry()));
		this.bulkhead = Bulkhead.of("llm",
				BulkheadConfig.custom()
					.maxConcurrentCalls(properties.getBulkhead().getMaxConcurrentStreams())
					.maxWaitDuration(Duration.ZERO)
					.build());
		this.circuitBreaker.getEventPublisher().onStateTransition((event) -> {
			if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
				logger.warn("Model circuit breaker opened ({}); answers fall back to the grounded composer",
						event.getStateTransition());
			}
			else {
				logger.info("Model circuit breaker changed state ({})", event.getStateTransition());
			}
		});
		metrics.bind(this.circuitBreaker);
	}

	private static CircuitBreakerConfig circuitBreakerConfig(LlmProperties.CircuitBreaker settings) {
		return CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.getSlidingWindowSize())
			.minimumNumberOfCalls(settings.getMinimumNumberOfCalls())
			.failureRateThreshold(settings.getFailureRateThreshold())
			.waitDurationInOpenState(settings.getWaitDurationInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.getPermittedNumberOfCallsInHalfOpenState())
			.slowCallDurationThreshold(settings.getSlowCallDurationThreshold())
			.slowCallRateThreshold(settings.getSlowCallRateThreshold())
			.build();
	}

	private static RetryConfig retryConfig(LlmProperties.Retry settings) {
		return RetryConfig.custom()
			.maxAttempts(settings.getMaxAttempts())
			.waitDuration(settings.getWait())
			.retryOnException((ex) -> !(ex instanceof InterruptedStreamException) && FailureCause.of(ex).isRetryable())
			.build();
	}

	/**
	 * Calls the model under the fences.
	 * @return a cold {@code Flux} of tokens and one finish, as
	 * {@link ChatModelBridge#stream} emits them. It fails at once with a
	 * {@code BulkheadFullException} or {@code CallNotPermittedException} without calling
	 * the provider, with a {@link ModelStreamException} on a timeout, or with the last
	 * attempt's failure, wrapped in an {@link InterruptedStreamException} when text had
	 * been emitted. Cancelling closes the upstream connection and counts as neither
	 * success nor failure before the first token, and as a success after it. Signals
	 * arrive on event-loop or timer threads.
	 */
	Flux<ModelOutput> stream(ChatRequest request, String conversationId) {
		return Flux.defer(() -> {
			AtomicInteger attempts = new AtomicInteger();
			return Flux.defer(() -> attempt(request, conversationId, attempts.incrementAndGet()))
				.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker))
				.transformDeferred(RetryOperator.of(this.retry))
				.transformDeferred(BulkheadOperator.of(this.bulkhead))
				.doOnError(this::honorRetryAfter);
		});
	}

	CircuitBreaker circuitBreaker() {
		return this.circuitBreaker;
	}

	Bulkhead bulkhead() {
		return this.bulkhead;
	}

	private Flux<ModelOutput> attempt(ChatRequest request, String conversationId, int number) {
		if (number > 1) {
			logger.info("Retrying the model call of conversation '{}' (attempt {} of {})", conversationId, number,
					this.properties.getRetry().getMaxAttempts());
		}
		AtomicBoolean emitted = new AtomicBoolean();
		long start = System.nanoTime();
		return this.deadlines.apply(this.bridge.stream(request)).doOnNext((output) -> {
			if (output instanceof ModelOutput.Token && emitted.compareAndSet(false, true)) {
				this.metrics.firstToken(Duration.ofNanos(System.nanoTime() - start));
			}
		})
			.onErrorMap((ex) -> emitted.get() ? new InterruptedStreamException(ex) : ex)
			.doOnComplete(() -> this.metrics.call("success", null))
			.doOnCancel(() -> this.metrics.call("cancelled", null))
			.doOnError((ex) -> failed(ex, conversationId, emitted.get()));
	}

	private void failed(Throwable failure, String conversationId, boolean afterText) {
		FailureCause cause = FailureCause.of(failure);
		this.metrics.call("failure", cause);
		logger.warn("Model call of conversation '{}' failed {} its text started: {} ({})", conversationId,
				afterText ? "after" : "before", cause.value(), describe(failure));
	}

	/**
	 * Describes a failure without its message, which can hold the provider's raw error
	 * text.
	 */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String status = (root instanceof dev.langchain4j.exception.HttpException http) ? ", status " + http.statusCode()
				: "";
		return root.getClass().getSimpleName() + status;
	}

	private void honorRetryAfter(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UpstreamHttpException http && http.statusCode() == 429 && http.retryAfter() != null) {
				Duration cap = this.properties.getCircuitBreaker().getMaxRetryAfter();
				Duration wait = (http.retryAfter().compareTo(cap) > 0) ? cap : http.retryAfter();
				if (!wait.isZero()) {
					logger.warn("Model provider asked to retry after {}; opening the circuit breaker for {}",
							http.retryAfter(), wait);
					this.circuitBreaker.transitionToOpenStateFor(wait);
				}
				return;
			}
			if (cause.getCause() == cause) {
				return;
			}
		}
	}

}
